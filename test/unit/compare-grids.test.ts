import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildSchedulePlan, readScheduleLines } from "../../src/core/schedule";
import { priceVariant } from "../../src/core/pricing";
import { SAMPLE_SCHEDULE_LINES } from "../../src/cli/demo/compare-samples";
import { makeTemplate } from "../../src/usecases/make-template";
import { compareTenderBids, type BidInput } from "../../src/usecases/compare-bids";
import { comparisonJson } from "../../src/usecases/compare/json";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { fixtureBids, readBook, TENDERS_DIR } from "./compare-usecase-helpers";
import { FIXTURES, loadGrid } from "./pricing-helpers";

// Bids given as filled standard grids: the comparison prices each line of the original from the grid, by the
// variant the mapping read for the line (priceVariant; in a standard schedule, the part of the line's VAT
// category), and a line the grid cannot price makes that bid incomplete.

const GRIDS = ["reference", "traiteur-a", "traiteur-b"] as const;
const gridJson = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, "grids", `${name}.json`), "utf8"));

async function sampleSchedule() {
  const { lines, findings } = readScheduleLines(SAMPLE_SCHEDULE_LINES);
  expect(findings).toEqual([]);
  const bytes = await writeWorkbook(buildSchedulePlan({ lines, lang: "fr", title: "Démonstration" }));
  return readWorkbook(bytes, "bordereau-demo.xlsx");
}

test("on a standard schedule, every row is priced from each grid: the part of its category of priceVariant", async () => {
  const tender = await sampleSchedule();
  const template = await writeWorkbook(makeTemplate({ lang: "fr", grid: loadGrid("traiteur-a") }));
  const bids: BidInput[] = [
    ...GRIDS.map((name) => ({
      file: `${name}.json`,
      source: { kind: "gridJson" as const, json: gridJson(name) },
    })),
    {
      file: "grille-a.xlsx",
      source: { kind: "workbook", book: await readWorkbook(template, "grille-a.xlsx") },
    },
  ];
  const result = compareTenderBids({ tender, bids, options: { points: 40 } });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  // The cocktail with wine spans two VAT categories: two rows, 1a (repas) and 1b (alcool).
  expect(result.tender.lines.map((line) => line.ref)).toEqual(["1a", "1b", "2", "3", "4", "5", "6"]);
  for (const [index, name] of [...GRIDS, "traiteur-a"].entries()) {
    const grid = loadGrid(name);
    const expected = result.tender.lines.map((line) => {
      const priced = priceVariant(grid, line.variant!);
      if (!priced.ok) return null;
      return line.part ? priced.byVat.find((part) => part.category === line.part)!.ht : priced.ht;
    });
    expect(expected.every((price) => price !== null)).toBe(true);
    expect(result.bids[index].unit).toEqual(expected);
    expect(result.bids[index].kind).toBe("grid");
    expect(result.comparison.bids[index].complete).toBe(true);
  }
  // The parts of a split variant add up to its whole price.
  const reference = loadGrid("reference");
  const [repas, alcool] = result.bids[0].unit;
  const whole = priceVariant(reference, result.tender.lines[0].variant!);
  expect(whole.ok && repas! + alcool! === whole.ht).toBe(true);
  // The template and the JSON of the same grid give the same bid, and its bidder is the grid's company.
  expect(result.bids[3].unit).toEqual(result.bids[1].unit);
  expect(result.bids[1].bidder).toBe("Les Cuisines Solidaires de l'Ourcq");
});

test("a standard schedule filled by a bidder is read as a schedule, its prices as typed", async () => {
  const { lines } = readScheduleLines(SAMPLE_SCHEDULE_LINES);
  const blank = await writeWorkbook(buildSchedulePlan({ lines, lang: "fr" }));
  const tender = await readWorkbook(blank, "bordereau.xlsx");
  const json = { file: "reference.json", source: { kind: "gridJson" as const, json: gridJson("reference") } };
  const priced = compareTenderBids({ tender, bids: [json], options: { points: 40 } });
  if (!priced.ok) throw new Error(JSON.stringify(priced.findings));
  // The bidder types the reference grid's prices into the price cells, as `grille` would fill them.
  const wanted = priced.tender.lines.map((line, index) => ({
    sheet: priced.tender.sheet,
    cell: line.priceCell,
    value: priced.bids[0].unit[index]! / 100,
  }));
  const filled = await fillWorkbookBytes(blank, "offre.xlsx", wanted);
  expect(filled.report.refused).toEqual([]);
  const result = compareTenderBids({
    tender,
    bids: [
      {
        file: "offre.xlsx",
        source: { kind: "workbook", book: await readWorkbook(filled.data, "offre.xlsx") },
      },
      json,
    ],
    options: { points: 40 },
  });
  if (!result.ok) throw new Error("not compared");
  expect(result.bids[0].kind).toBe("schedule");
  expect(result.bids[0].unit).toEqual(priced.bids[0].unit);
  expect(result.comparison.bids.map((bid) => bid.rank)).toEqual([1, 1]);
});

test("on a buyer's own schedule, a line outside the standard makes a grid's bid incomplete, said at its line", async () => {
  const tender = await readBook(path.join(TENDERS_DIR, "t-departement.xlsx"));
  const result = compareTenderBids({
    tender,
    bids: [
      ...(await fixtureBids()).slice(0, 2),
      { file: "reference.json", source: { kind: "gridJson", json: gridJson("reference") } },
    ],
    options: { points: 40 },
  });
  if (!result.ok) throw new Error("not compared");
  const grid = loadGrid("reference");
  const bid = result.bids[2];
  result.tender.lines.forEach((line, index) => {
    const priced = line.variant ? priceVariant(grid, line.variant) : null;
    expect(bid.unit[index]).toBe(priced?.ok ? priced.ht : null);
  });
  const barnum = result.tender.lines.findIndex((line) => line.ref === "4.3");
  expect(bid.unit[barnum]).toBeNull();
  expect(result.comparison.bids[2]).toMatchObject({ complete: false, rank: null, scores: null });
  const json = comparisonJson(result, "fr").bids[2];
  expect(json.findings).toContainEqual(
    expect.objectContaining({ code: "compare.grid.notStandard", severity: "error", cell: "BPU-DQE!D33" }),
  );
  expect(json.findings.find((f) => f.code === "compare.grid.notStandard")?.message).toContain("4.3");
});

test("a grid whose prices expired before today is compared all the same, with a warning saying until when", async () => {
  const tender = await sampleSchedule();
  // traiteur-b.json: prices valid until 2026-09-30.
  const bids: BidInput[] = GRIDS.map((name) => ({
    file: `${name}.json`,
    source: { kind: "gridJson", json: gridJson(name) },
  }));
  const expired = (today?: string) => {
    const result = compareTenderBids({ tender, bids, options: { points: 40, ...(today ? { today } : {}) } });
    if (!result.ok) throw new Error("not compared");
    return comparisonJson(result, "fr").bids.map((bid) =>
      bid.findings.filter((finding) => finding.code === "compare.grid.expired").map((f) => f.message),
    );
  };
  expect(expired("2026-12-01")).toEqual([
    [],
    [],
    [
      "traiteur-b.json : les prix de cette grille ne sont valables que jusqu'au 30/09/2026. Ils sont comparés tels quels : demandez au traiteur s'ils tiennent toujours.",
    ],
  ]);
  expect(expired("2026-09-30")).toEqual([[], [], []]);
  expect(expired()).toEqual([[], [], []]);
});

import { priceVariant } from "../../src/core/pricing";
import { buildSchedulePlan } from "../../src/core/schedule";
import { readVariant } from "../../src/core/variant";
import type { Variant } from "../../src/core/variant/model";
import { fillReportJson } from "../../src/usecases/fill-report-json";
import { fillTender, type TenderFillReport } from "../../src/usecases/fill-tender";
import type { TenderMapping } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { GRID_NAMES, readTender, sampleGrid, smallTender, tenderBytes } from "../helpers/fill-fixtures";
import { TENDER_NAMES, expectedTender } from "../helpers/tender-expectations";
import { sampleLines } from "./schedule-helpers";

// The fill use case: every mapped line priced by the core from the grid into the cells its columns ask (HT, TTC, a
// standard schedule's VAT part), the fill plan deciding what may be written, and a report that names every line
// left for the caterer with its reason.

function variantOf(json: unknown): Variant {
  const { variant } = readVariant(json);
  if (!variant) throw new Error(`expected variant unreadable: ${JSON.stringify(json)}`);
  return variant;
}

const filledCells = (report: TenderFillReport) =>
  Object.fromEntries(report.filled.flatMap((line) => line.cells.map((cell) => [cell.cell, cell.amount])));

const leftKinds = (report: TenderFillReport) => report.left.map((line) => [line.row, line.why.kind]);

describe.each(TENDER_NAMES)("%s", (name) => {
  test.each(GRID_NAMES)(
    "from grid %s: each expected line priced as grille price prices its variant, or left with its reason",
    async (gridName) => {
      const grid = sampleGrid(gridName);
      const expected = await expectedTender(name);
      const { book, mapping } = await readTender(tenderBytes(name), `${name}.xlsx`);
      const { report, plan, wanted } = fillTender({ book, mapping, grid });
      const column = expected.price_columns.ht;
      const cells = filledCells(report);
      const left = new Map(report.left.map((line) => [line.row, line.why.kind]));
      for (const line of expected.lines) {
        if (line.expect !== "mapped") {
          expect([line.row, left.get(line.row)]).toEqual([
            line.row,
            line.expect === "flag" ? "uncertain" : "unmapped",
          ]);
          continue;
        }
        const price = priceVariant(grid, variantOf(line.variant));
        if (price.ok) expect([line.row, cells[`${column}${line.row}`]]).toEqual([line.row, price.ht]);
        else expect([line.row, left.get(line.row)]).toEqual([line.row, "notPriceable"]);
      }
      // Only price cells of the table are written, each once, and the plan refuses none of them.
      expect(plan.refused).toEqual([]);
      expect(plan.edits).toEqual(wanted);
      expect(new Set(wanted.map((edit) => edit.cell)).size).toBe(wanted.length);
      expect(
        wanted.every((edit) => edit.sheet === expected.sheet && edit.cell.startsWith(column ?? "?")),
      ).toBe(true);
      expect(report.filled.length + new Set(report.left.map((line) => line.row)).size).toBe(
        expected.lines.length,
      );
    },
  );
});

describe("the cells a line asks", () => {
  test("a table asking HT and TTC gets both: E2 12.40 / 13.64, E10 38.00 / 41.80 (reference grid)", async () => {
    const bytes = await smallTender(
      [
        { designation: "Cocktail 8 pièces", unit: "personne" },
        { designation: "Maître d'hôtel", unit: "heure" },
      ],
      { ttc: true },
    );
    const { book, mapping } = await readTender(bytes, "bpu.xlsx");
    expect(mapping.inputs).toEqual([
      { column: "D", basis: "HT" },
      { column: "E", basis: "TTC" },
    ]);
    const { report } = fillTender({ book, mapping, grid: sampleGrid("reference") });
    expect(report.left).toEqual([]);
    expect(filledCells(report)).toEqual({ D4: 1240, E4: 1364, D5: 3800, E5: 4180 });
    expect(report.filled[0].cells.map((cell) => [cell.cell, cell.basis, cell.status])).toEqual([
      ["D4", "HT", "written"],
      ["E4", "TTC", "written"],
    ]);
  });

  test("a standard schedule: each row gets its VAT part of the variant's price (R6), parts adding up to it", async () => {
    const lines = sampleLines();
    const bytes = await writeWorkbook(buildSchedulePlan({ lines, lang: "fr" }));
    const { book, mapping } = await readTender(bytes, "schedule.xlsx");
    const grid = sampleGrid("reference");
    const { report } = fillTender({ book, mapping, grid });
    expect(report.left).toEqual([]);
    for (const line of lines) {
      const price = priceVariant(grid, line.variant);
      if (!price.ok) throw new Error("sample line not priceable");
      const rows = report.filled.filter(
        (filled) => JSON.stringify(filled.variant) === JSON.stringify(line.variant),
      );
      const parts = rows.flatMap((row) => row.cells).map((cell) => [cell.part, cell.amount]);
      expect(parts).toEqual(price.byVat.map((part) => [part.category, part.ht]));
      expect(parts.reduce((sum, [, amount]) => sum + Number(amount), 0)).toBe(price.ht);
    }
  });

  test("a row asking a VAT part the variant does not have is left, never filled with another part", async () => {
    const bytes = await smallTender([{ designation: "Cocktail 8 pièces", unit: "personne" }]);
    const { book, mapping } = await readTender(bytes, "bpu.xlsx");
    const line = mapping.lines[0];
    const twisted: TenderMapping = {
      ...mapping,
      lines: [{ ...line, priceCells: [{ ...line.priceCells[0], part: "alcool" }] }],
    };
    const { report, wanted } = fillTender({ book, mapping: twisted, grid: sampleGrid("reference") });
    expect(wanted).toEqual([]);
    expect(report.left.map((left) => left.why)).toEqual([
      { kind: "partMissing", cell: "D4", part: "alcool" },
    ]);
  });
});

describe("what the fill plan keeps", () => {
  const lines = [
    { designation: "Cocktail 8 pièces", unit: "personne" },
    { designation: "Pause-café", unit: "personne" },
    { designation: "Serveur", unit: "heure" },
    { designation: "Buffet froid", unit: "personne" },
  ];

  /** The reading of the empty schedule, filled against the same schedule once the buyer (or a user) typed in it. */
  async function changed() {
    const { mapping } = await readTender(await smallTender(lines), "bpu.xlsx");
    const typed = await smallTender([
      { ...lines[0], ht: "=10+2.4" },
      { ...lines[1], ht: 9.99 },
      { ...lines[2], ht: 32 },
      lines[3],
    ]);
    return { mapping, book: await readWorkbook(typed, "bpu.xlsx") };
  }

  test("a formula is refused, a price already typed is kept, the same price counts as filled", async () => {
    const { mapping, book } = await changed();
    const { report, plan } = fillTender({ book, mapping, grid: sampleGrid("reference") });
    expect(plan.edits.map((edit) => [edit.cell, edit.value])).toEqual([["D7", 21]]);
    expect(leftKinds(report)).toEqual([
      [4, "refused"],
      [5, "kept"],
    ]);
    expect(report.left.map((line) => "finding" in line.why && line.why.finding.code)).toEqual([
      "workbook.fill.formulaCell",
      "workbook.fill.notEmpty",
    ]);
    expect(report.filled.map((line) => line.cells.map((cell) => [cell.cell, cell.status]))).toEqual([
      [["D6", "already"]],
      [["D7", "written"]],
    ]);
  });

  test("with overwrite, the kept price is replaced; the formula never is", async () => {
    const { mapping, book } = await changed();
    const { report, plan } = fillTender({ book, mapping, grid: sampleGrid("reference"), overwrite: true });
    expect(plan.edits.map((edit) => [edit.cell, edit.value])).toEqual([
      ["D5", 4.8],
      ["D6", 32],
      ["D7", 21],
    ]);
    expect(leftKinds(report)).toEqual([[4, "refused"]]);
  });
});

test("a row inserted in the workbook since the reading: the lines that moved are left, never filled blind", async () => {
  const lines = [
    { designation: "Cocktail 8 pièces", unit: "personne" },
    { designation: "Serveur", unit: "heure" },
  ];
  const { mapping } = await readTender(await smallTender(lines), "bpu.xlsx");
  const book = await readWorkbook(
    await smallTender([{ designation: "Buffet froid", unit: "personne" }, ...lines]),
    "bpu.xlsx",
  );
  const { report, wanted } = fillTender({ book, mapping, grid: sampleGrid("reference") });
  expect(wanted).toEqual([]);
  expect(leftKinds(report)).toEqual([
    [4, "moved"],
    [5, "moved"],
  ]);
});

describe("the report in words", () => {
  test("JSON: lines filled with euros, lines left with a reason in French or in English", async () => {
    const { book, mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
    const { report } = fillTender({ book, mapping, grid: sampleGrid("traiteur-a") });
    const fr = fillReportJson(report, "fr");
    const en = fillReportJson(report, "en");
    expect(Object.keys(fr)).toEqual(["file", "sheet", "lines", "filled", "left"]);
    expect(fr.filled[0]).toMatchObject({ row: 14, ref: "1.2", ht: 15.12, ttc: 16.63 });
    expect(fr.filled[0].cells).toEqual([{ cell: "D14", basis: "HT", price: 15.12, status: "written" }]);
    expect(fr.left.map((line) => [line.row, line.why])).toEqual([
      [13, "notPriceable"],
      [17, "uncertain"],
      [28, "notPriceable"],
      [33, "notPriceable"],
      [34, "unmapped"],
    ]);
    expect(fr.left[0].reason).toBe(
      "non chiffrable avec cette grille, non remplie : Cocktail 6 pièces non chiffrable : la grille n'a aucune formule de 6 pièces ou moins.",
    );
    expect(en.left[0].reason).toMatch(/^cannot be priced with this grid, not filled: /);
    expect(fr.left[1].reason).toMatch(/^à confirmer, non remplie : .* Lecture proposée : Cocktail/);
    expect(en.left[4].reason).toMatch(/^outside the standard, not filled: /);
    // No id of the standard in what a caterer reads.
    expect(JSON.stringify(fr.left)).not.toMatch(/cocktail\.formule|boissons\.|materiel\./);
  });
});

import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { cents, type Cents } from "../../src/core/money";
import { compareTenderBids, type BidInput, type CompareBidsResult } from "../../src/usecases/compare-bids";
import { comparisonJson } from "../../src/usecases/compare/json";
import { comparisonWorkbookPlan } from "../../src/usecases/compare/workbook/plan";
import {
  methodOrder,
  summaryLayout,
  summaryOrder,
  SUMMARY_ROWS,
} from "../../src/usecases/compare/workbook/summary-sheet";
import { linesLayout } from "../../src/usecases/compare/workbook/lines-sheet";
import { t } from "../../src/i18n";
import { writeWorkbook } from "../../src/xlsx/write";
import { recalculateMany, type RecalcBook, type RecalcValue } from "../helpers/libreoffice";
import { expectValidWorkbook } from "../helpers/ooxml";
import { EXPECTED, fixtureBids, tenderBook } from "../unit/compare-usecase-helpers";
import { FIXTURES } from "../unit/pricing-helpers";
import { ttcBid, ttcSchedule } from "../helpers/ttc-schedule";

// The comparison workbook, written as .xlsx and recalculated by LibreOffice: its formulas (amounts, totals HT and
// TTC — or TTC alone on a schedule asking TTC prices only —, ranks, the three scores, the statistics and the flags)
// give the JSON's numbers to the cent. Every workbook passes the OOXML checks.

type Ok = Extract<CompareBidsResult, { ok: true }>;

let dir: string;
let fixture: Ok;
let options: Ok;
let ttc: Ok;
let books: RecalcBook[];

const toCents = (value: RecalcValue): Cents | null =>
  typeof value === "number" ? cents(Math.round(value * 100)) : null;
/** LibreOffice writes 15 significant digits: amounts are compared at the cent. */
const atCent = (value: RecalcValue) => (typeof value === "number" ? Math.round(value * 100) : value);

async function compareWith(extra: BidInput[], opts: Parameters<typeof compareTenderBids>[0]["options"]) {
  const result = compareTenderBids({
    tender: await tenderBook(),
    bids: [...(await fixtureBids()), ...extra],
    options: opts,
  });
  if (!result.ok) throw new Error("not compared");
  return result;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-compare-"));
  fixture = await compareWith([], { points: EXPECTED.points });
  const reference = JSON.parse(
    readFileSync(path.join(FIXTURES, "grids", "reference.json"), "utf8"),
  ) as unknown;
  options = await compareWith(
    [
      { file: "reference.json", source: { kind: "gridJson", json: reference } },
      {
        file: "damaged.xlsx",
        source: {
          kind: "unreadable",
          finding: {
            code: "workbook.read.notZip",
            severity: "error",
            location: { file: "damaged.xlsx" },
            messageKey: "workbook.read.notZip",
            params: { file: "damaged.xlsx" },
          },
        },
      },
    ],
    { points: 30, method: "ecart", trimmedMean: true, estimate: { total: cents(12_000_000) } },
  );
  // A schedule asking TTC only, four bids (the last one incomplete), an estimate on TTC.
  const ttcBids = await Promise.all(
    (
      [
        ["a", [18.7, 22, 8.8, 25.3]],
        ["b", [16.5, 24.2, 7.7, 27.5]],
        ["c", [9.35, 11, 4.4, 12.65]],
        ["d", [15.4, 20.9, 6.6, null]],
      ] as const
    ).map(async ([name, prices]): Promise<BidInput> => {
      const file = `offre-${name}.xlsx`;
      return { file, source: { kind: "workbook", book: await ttcBid(file, `Traiteur ${name}`, prices) } };
    }),
  );
  const ttcResult = compareTenderBids({
    tender: await ttcSchedule(),
    bids: ttcBids,
    options: { points: 40, trimmedMean: true, estimate: { total: cents(1_500_000) } },
  });
  if (!ttcResult.ok) throw new Error("not compared");
  ttc = ttcResult;
  const files: string[] = [];
  for (const [name, result, lang] of [
    ["fixture.xlsx", fixture, "fr"],
    ["options.xlsx", options, "en"],
    ["ttc.xlsx", ttc, "fr"],
  ] as const) {
    const bytes = await writeWorkbook(comparisonWorkbookPlan(result, { lang }));
    await expectValidWorkbook(bytes, name);
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    files.push(file);
  }
  books = await recalculateMany(files);
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function checkSummary(result: Ok, book: RecalcBook, lang: "fr" | "en") {
  const summary = book.sheet(t(lang, "compare.sheet.summary.name"));
  const json = comparisonJson(result, lang);
  const layout = summaryLayout(result, "x");
  const methods = methodOrder(result.method);
  const scoreKey = {
    classique: "score_classique",
    lineaire: "score_lineaire",
    ecart: "score_ecart",
  } as const;
  summaryOrder(result).forEach((index, position) => {
    const row = SUMMARY_ROWS.first + position;
    const bid = json.bids[index];
    const flags = result.comparison.bids[index].oab.map((flag) => flag.method);
    const flag = t(lang, "compare.sheet.flag");
    expect({
      file: summary.cell(`C${row}`),
      rank: summary.cell(`A${row}`),
      total: atCent(summary.cell(`E${row}`)),
      totalTtc: atCent(summary.cell(`${layout.ttcColumn ?? "E"}${row}`)),
      scores: layout.scoreColumns.map((column) => summary.cell(`${column}${row}`)),
      meanSigma: summary.cell(`${layout.flagColumns[0]}${row}`),
    }).toEqual({
      file: bid.file,
      rank: bid.rank,
      total: result.comparison.bids[index].total,
      totalTtc: bid.total_ttc === null ? null : Math.round(bid.total_ttc * 100),
      scores: methods.map((method) => bid[scoreKey[method]]),
      meanSigma:
        result.bids[index].kind === "unreadable" || !bid.complete
          ? null
          : flags.includes("meanSigma")
            ? flag
            : null,
    });
    if (result.trimmedMean && bid.complete)
      expect(summary.cell(`${layout.flagColumns[1]}${row}`)).toBe(
        flags.includes("trimmedMean") ? flag : null,
      );
    if (result.estimate && bid.complete)
      expect(summary.cell(`${layout.flagColumns.at(-1)}${row}`)).toBe(
        flags.includes("estimate") ? flag : null,
      );
  });
  return summary;
}

test("the summary's formulas give the JSON's totals, ranks, scores and flags (the public bids, 40 points)", () => {
  const summary = checkSummary(fixture, books[0], "fr");
  const last = SUMMARY_ROWS.first + fixture.bids.length - 1;
  const stats = fixture.comparison.stats!;
  const statRows = [last + 2, last + 3, last + 4, last + 5, last + 6, last + 7];
  expect(summary.cell(`E${statRows[0]}`)).toBe(3);
  expect(statRows.slice(1).map((row) => atCent(summary.cell(`E${row}`)))).toEqual([
    stats.minCents,
    stats.maxCents,
    stats.meanCents,
    stats.sigmaCents,
    stats.meanMinusSigmaCents,
  ]);
  expect(stats.meanMinusSigmaCents).toBe(Math.round(EXPECTED._stats.threshold_ht * 100));
});

test("with a grid, an unreadable file, 30 points, écart first, trimmed mean and estimate: the same agreement", () => {
  checkSummary(options, books[1], "en");
  const flagged = options.comparison.bids.map((bid) => bid.oab.map((flag) => flag.method));
  // The estimate (120 000 € − 30 %) flags bid-d only; the reference grid's bid is incomplete (the barnum line).
  expect(flagged).toEqual([[], [], [], ["meanSigma", "trimmedMean", "estimate"], [], []]);
});

test("the line-by-line sheet: prices as read, amounts, min/max/mean of complete bids, totals HT and TTC", () => {
  const sheet = books[0].sheet(t("fr", "compare.sheet.lines.name"));
  const layout = linesLayout(fixture, fixture.bids.length, "x");
  fixture.tender.lines.forEach((_line, index) => {
    const row = layout.first + index;
    const stats = fixture.comparison.lines[index];
    expect(
      [layout.min, layout.max, layout.mean].map((column) => atCent(sheet.cell(`${column}${row}`))),
    ).toEqual([stats.minCents, stats.maxCents, stats.meanCents]);
    fixture.bids.forEach((bid, j) => {
      expect(toCents(sheet.cell(`${layout.price(j)}${row}`))).toBe(bid.unit[index]);
      const gap = stats.prices[j].gapBp;
      const cell = sheet.cell(`${layout.gap(j)}${row}`);
      expect(cell === null ? null : Math.round((cell as number) * 10_000)).toBe(gap);
    });
  });
  fixture.comparison.bids.forEach((bid, j) => {
    expect(atCent(sheet.cell(`${layout.amount(j)}${layout.totalRow}`))).toBe(bid.total);
    expect(atCent(sheet.cell(`${layout.amount(j)}${layout.vat?.totalVatRow}`))).toBe(bid.totalVat);
    expect(atCent(sheet.cell(`${layout.amount(j)}${layout.vat?.totalTtcRow}`))).toBe(bid.totalTtc);
    expect(sheet.cell(`${layout.price(j)}${layout.missingRow}`)).toBe(bid.missingLines.length);
  });
});

test("the findings sheet lists each bid's findings, with the flag worded « À justifier »", () => {
  const sheet = books[0].sheet(t("fr", "compare.sheet.findings.name"));
  const codes = sheet.rows.map((row) => row[5]);
  expect(codes).toContain("bid.price.missing");
  expect(codes).toContain("compare.oab.meanSigma");
  const flagRow = sheet.rows.find((row) => row[5] === "compare.oab.meanSigma")!;
  expect(flagRow[4]).toMatch(/^À justifier/);
  expect(flagRow[4]).not.toMatch(/rejet/i);
});

test("a schedule asking TTC only: the summary ranks, scores and flags on the totals TTC, as the JSON does", () => {
  const summary = checkSummary(ttc, books[2], "fr");
  const header = summary.rows[SUMMARY_ROWS.header - 1];
  expect(header.slice(4, 6)).toEqual(["Total TTC", t("fr", "compare.sheet.summary.score.classique")]);
  expect(header).not.toContain("Total HT");
  // c is half of a (6 017 € against 12 034 €): below mean − σ, the trimmed mean − 10 % and the estimate − 30 %
  // (15 000 € → 10 500 €), flagged by every method; d is incomplete.
  const flagged = ttc.comparison.bids.map((bid) => bid.oab.map((flag) => flag.method));
  expect(flagged).toEqual([[], [], ["meanSigma", "trimmedMean", "estimate"], []]);
});

test("a schedule asking TTC only: the line-by-line sheet has amounts and a total TTC, no VAT column or rows", () => {
  const sheet = books[2].sheet(t("fr", "compare.sheet.lines.name"));
  const layout = linesLayout(ttc, ttc.bids.length, "x");
  expect(layout.vat).toBeNull();
  expect(sheet.rows[4].slice(0, 5)).toEqual(["N°", "Désignation", "Unité", "Quantité", "Traiteur a"]);
  ttc.comparison.bids.forEach((bid, j) => {
    expect(atCent(sheet.cell(`${layout.amount(j)}${layout.totalRow}`))).toBe(bid.totalTtc);
    expect(sheet.cell(`B${layout.totalRow}`)).toBe("Total TTC");
  });
  expect(sheet.rows.length).toBe(layout.totalRow);
});

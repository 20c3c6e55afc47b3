import { compareTenderBids, type CompareBidsResult } from "../../src/usecases/compare-bids";
import { comparisonJson } from "../../src/usecases/compare/json";
import { comparisonReportHtml } from "../../src/usecases/compare/report/html-report";
import { comparisonWorkbookPlan } from "../../src/usecases/compare/workbook/plan";
import { linesLayout } from "../../src/usecases/compare/workbook/lines-sheet";
import { t } from "../../src/i18n";
import { EXPECTED, fixtureBids, tenderBook, withValues } from "./compare-usecase-helpers";

// The use case on the public bids: the original t-departement.xlsx and bids a–d, read from their cells by the
// core's bid checks, compared with 40 points; exactly shared/fixtures/bids/expected-comparison.json.

type Ok = Extract<CompareBidsResult, { ok: true }>;

async function compareFixtures(): Promise<Ok> {
  const result = compareTenderBids({
    tender: await tenderBook(),
    bids: await fixtureBids(),
    options: { points: EXPECTED.points },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

let result: Ok;
beforeAll(async () => {
  result = await compareFixtures();
});

test("the JSON of the comparison gives the expected totals, completeness, ranks, scores and flags", () => {
  const json = comparisonJson(result, "fr");
  expect(json.tender).toBe(EXPECTED.tender);
  expect(json.points).toBe(EXPECTED.points);
  expect(
    json.bids.map((bid) => ({
      file: bid.file,
      complete: bid.complete,
      total_ht: bid.total_ht,
      rank: bid.rank,
      score_classique: bid.score_classique,
      score_lineaire: bid.score_lineaire,
      oab: bid.oab,
      arithmetic_error: bid.findings.some((finding) => finding.code === "bid.amount.mismatch"),
      text_price: bid.findings.some((finding) => finding.code === "bid.price.text"),
    })),
  ).toEqual(EXPECTED.bids);
});

test("_stats: mean, σ and the mean − σ threshold", () => {
  const stats = result.comparison.stats;
  expect(stats && [stats.meanCents, stats.sigmaCents, stats.meanMinusSigmaCents].map((c) => c / 100)).toEqual(
    [EXPECTED._stats.mean_ht, EXPECTED._stats.sigma_ht, EXPECTED._stats.threshold_ht],
  );
});

test("the 25 priced lines of the original, with quantity and VAT from its cells", () => {
  expect(result.tender.lines).toHaveLength(25);
  expect(result.tender.lines[0]).toMatchObject({
    row: 15,
    ref: "1.1",
    quantity: 1500,
    vatBp: 1000,
    priceCell: "D15",
  });
  expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
});

test("bidders are read beside the label « Raison sociale du candidat »", () => {
  expect(result.bids.map((bid) => bid.bidder)).toEqual([
    "Traiteur Exemple",
    expect.any(String),
    "ESAT Les Ateliers du Val de Bièvre – Traiteur",
    "Saveurs Express Événements",
  ]);
});

test("the incomplete bid says which price is missing, at its cell", () => {
  const c = comparisonJson(result, "fr").bids[2];
  expect(c.findings.filter((finding) => finding.code === "bid.price.missing")).toEqual([
    expect.objectContaining({ severity: "error", cell: "BPU-DQE!D43" }),
  ]);
});

describe("a tampered copy of bid-a", () => {
  let tampered: Ok;
  beforeAll(async () => {
    const bids = await fixtureBids();
    const a = bids[0];
    if (a.source.kind !== "workbook") throw new Error("bid-a is a workbook");
    // D15: "12,50 €" typed as text (so Excel's amount H15 reads #VALUE!); H16: an amount other than quantity ×
    // unit price (the formula kept, its result changed).
    const book = withValues(a.source.book, "BPU-DQE", {
      D15: { type: "text", value: "12,50 €" },
      H15: { type: "error", value: "#VALUE!" },
      H16: { type: "number", value: 15399 },
    });
    const out = compareTenderBids({
      tender: await tenderBook(),
      bids: [{ ...a, source: { kind: "workbook", book } }, ...bids.slice(1)],
      options: { points: 40 },
    });
    if (!out.ok) throw new Error("not compared");
    tampered = out;
  });

  test("the text price is read as 12.50 € with a warning, and counts in the total", () => {
    const bid = comparisonJson(tampered, "fr").bids[0];
    const text = bid.findings.find((finding) => finding.code === "bid.price.text");
    expect(text).toEqual({
      code: "bid.price.text",
      severity: "warning",
      cell: "BPU-DQE!D15",
      message: expect.stringContaining("12,50\u00a0€"),
    });
    expect(tampered.bids[0].unit[0]).toBe(1250);
    expect(bid.complete).toBe(true);
  });

  test("the arithmetic error is found at the amount's cell; the unit price prevails", () => {
    const bid = comparisonJson(tampered, "fr").bids[0];
    const amounts = bid.findings.filter((finding) => finding.code === "bid.amount.mismatch");
    expect(amounts).toEqual([expect.objectContaining({ severity: "warning", cell: "BPU-DQE!H16" })]);
    expect(amounts[0].message).toContain("15\u00a0399,00\u00a0€");
    expect(tampered.comparison.bids[0].totalHt).toBe(
      result.comparison.bids[0].total! - 1500 * (result.bids[0].unit[0]! - 1250),
    );
  });
});

test("the report and the workbook name each file by its name, never by the folder it was read from", async () => {
  const bids = (await fixtureBids()).map((bid) => ({
    ...bid,
    file: `/home/acheteur/offres reçues/${bid.file}`,
  }));
  const tender = await tenderBook();
  const compared = compareTenderBids({
    tender: { ...tender, source: `/home/acheteur/${tender.source}` },
    bids,
    options: { points: EXPECTED.points },
  });
  if (!compared.ok) throw new Error("not compared");
  const html = comparisonReportHtml(compared, { lang: "fr", date: "2026-03-14" });
  expect(html).toContain("bid-d.xlsx");
  expect(html).toContain("Établi le 14/03/2026.");
  const plan = comparisonWorkbookPlan(compared, { lang: "fr" });
  const texts = plan.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cell) => (cell.write.kind === "text" ? [cell.write.value] : [])),
  );
  expect(texts).toContain("bid-d.xlsx");
  expect(`${html} ${texts.join(" ")}`).not.toContain("/home/acheteur");
});

test("each line's min, max and mean take the complete bids' prices as ranges, the incomplete bid left out", () => {
  const completes = result.comparison.bids.map((bid) => bid.complete);
  // bid-c lacks a price: the complete bids are not side by side, so a line's list is two runs of columns.
  expect(completes).toEqual([true, true, false, true]);
  const sheet = comparisonWorkbookPlan(result, { lang: "fr" }).sheets.find(
    (plan) => plan.name === t("fr", "compare.sheet.lines.name"),
  );
  const layout = linesLayout(result, result.bids.length, sheet?.name ?? "");
  const formulaAt = (address: string) => {
    const write = sheet?.cells.find((cell) => cell.cell === address)?.write;
    return write?.kind === "formula" ? write.formula : null;
  };
  const row = layout.first;
  const list = `${layout.price(0)}${row}:${layout.price(1)}${row},${layout.price(3)}${row}`;
  expect([layout.min, layout.max, layout.mean].map((column) => formulaAt(`${column}${row}`))).toEqual([
    `=MIN(${list})`,
    `=MAX(${list})`,
    `=AVERAGE(${list})`,
  ]);
});

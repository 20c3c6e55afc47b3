import { readFileSync } from "node:fs";
import * as path from "node:path";
import { cents } from "../../src/core/money";
import { priceVariant } from "../../src/core/pricing";
import { compareTenderBids, type BidInput, type CompareBidsResult } from "../../src/usecases/compare-bids";
import { comparisonJson } from "../../src/usecases/compare/json";
import { comparisonReportHtml } from "../../src/usecases/compare/report/html-report";
import { comparisonWorkbookPlan } from "../../src/usecases/compare/workbook/plan";
import { t } from "../../src/i18n";
import { ttcBid, ttcSchedule } from "../helpers/ttc-schedule";
import { EXPECTED, fixtureBids, tenderBook } from "./compare-usecase-helpers";
import { FIXTURES, loadGrid } from "./pricing-helpers";

// A schedule that asks for unit prices TTC only: the bids are compared on their DQE totals TTC (quantity × unit
// price TTC, summed: R7 on the schedule's own basis), ranked, scored and flagged on them; nothing is split by VAT
// rate and no HT is worked back out of a TTC price. The totals below are worked by hand from the prices typed.

type Ok = Extract<CompareBidsResult, { ok: true }>;

// Quantities 300, 120, 200, 80 (ttc-schedule.ts).
const PRICES = {
  // 300 × 18,70 + 120 × 22,00 + 200 × 8,80 + 80 × 25,30 = 5 610 + 2 640 + 1 760 + 2 024 = 12 034,00 €
  a: [18.7, 22, 8.8, 25.3],
  // 4 950 + 2 904 + 1 540 + 2 200 = 11 594,00 €
  b: [16.5, 24.2, 7.7, 27.5],
  // 5 280 + 2 772 + 1 980 + 2 112 = 12 144,00 €
  c: [17.6, 23.1, 9.9, 26.4],
  // the buffet left blank: incomplete
  d: [15.4, 20.9, 6.6, null],
} as const;

async function bids(): Promise<BidInput[]> {
  return Promise.all(
    Object.entries(PRICES).map(async ([name, prices]) => {
      const file = `offre-${name}.xlsx`;
      const book = await ttcBid(file, `Traiteur ${name.toUpperCase()}`, prices);
      return { file, source: { kind: "workbook" as const, book } };
    }),
  );
}

async function compare(options: Parameters<typeof compareTenderBids>[0]["options"], extra: BidInput[] = []) {
  const result = compareTenderBids({
    tender: await ttcSchedule(),
    bids: [...(await bids()), ...extra],
    options,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

let result: Ok;
beforeAll(async () => {
  result = await compare({ points: 40 });
});

test("the schedule is compared on TTC, and says so; no VAT rate is assumed", () => {
  expect(result.tender.basis).toBe("TTC");
  expect(result.comparison.basis).toBe("TTC");
  const codes = result.findings.map((finding) => finding.code);
  expect(codes).toContain("compare.tender.ttcBasis");
  expect(codes).not.toContain("compare.tender.vatAssumed");
  const said = result.findings.find((finding) => finding.code === "compare.tender.ttcBasis");
  expect(said?.severity).toBe("info");
});

test("totals TTC are Σ quantity × unit price TTC; no HT, no split by rate", () => {
  expect(result.comparison.bids.map((bid) => bid.total)).toEqual([1_203_400, 1_159_400, 1_214_400, null]);
  expect(result.comparison.bids.map((bid) => bid.totalTtc)).toEqual([1_203_400, 1_159_400, 1_214_400, null]);
  for (const bid of result.comparison.bids)
    expect([bid.totalHt, bid.byRate, bid.totalVat]).toEqual([null, null, null]);
});

test("ranks and scores on the totals TTC; the incomplete bid has neither", () => {
  expect(result.comparison.bids.map((bid) => bid.rank)).toEqual([2, 1, 3, null]);
  // classique: 40 × 11 594 / 12 034 = 38.537… → 38.54; 40 × 11 594 / 12 144 = 38.188… → 38.19
  expect(result.comparison.bids.map((bid) => bid.scores?.classique ?? null)).toEqual([
    3854,
    4000,
    3819,
    null,
  ]);
  expect(result.comparison.stats).toMatchObject({ count: 3, minCents: 1_159_400, maxCents: 1_214_400 });
});

test("the buyer's estimate is read on the same basis: TTC", async () => {
  // 20 000 € − 30 % = 14 000 €: every complete total is below it.
  const flagged = await compare({ points: 40, estimate: { total: cents(2_000_000) } });
  expect(flagged.comparison.bids.map((bid) => bid.oab.some((flag) => flag.method === "estimate"))).toEqual([
    true,
    true,
    true,
    false,
  ]);
  // Said on the total it was decided on, in the findings every face shows.
  const said = comparisonJson(flagged, "fr").bids[0].findings.find((f) => f.code === "compare.oab.estimate");
  expect(said?.message).toMatch(
    /^À justifier : total TTC très inférieur à votre estimation de 20\u00a0000,00\u00a0€/,
  );
  const en = comparisonJson(flagged, "en").bids[0].findings.find((f) => f.code === "compare.oab.estimate");
  expect(en?.message).toMatch(/^To be justified: total including VAT far below/);
});

test("a filled grid is priced TTC on each line it can price", async () => {
  const json = JSON.parse(readFileSync(path.join(FIXTURES, "grids", "reference.json"), "utf8")) as unknown;
  const withGrid = await compare({ points: 40 }, [
    { file: "reference.json", source: { kind: "gridJson", json } },
  ]);
  const grid = loadGrid("reference");
  const priced = withGrid.bids[4];
  expect(priced.kind).toBe("grid");
  withGrid.tender.lines.forEach((line, index) => {
    const variant = priceVariant(grid, line.variant!);
    if (!variant.ok) throw new Error("not priced");
    expect(priced.unit[index]).toBe(variant.ttc);
    expect(variant.ttc).not.toBe(variant.ht);
  });
  expect(withGrid.comparison.bids[4].complete).toBe(true);
});

test("the JSON says its basis; total_ht is null and total_ttc the total ranked", () => {
  const json = comparisonJson(result, "fr");
  expect(json.basis).toBe("TTC");
  expect(json.bids.map((bid) => [bid.total_ht, bid.total_ttc, bid.rank])).toEqual([
    [null, 12034, 2],
    [null, 11594, 1],
    [null, 12144, 3],
    [null, null, null],
  ]);
});

test("the report ranks on the total TTC, with no HT column, in words that say TTC", () => {
  for (const lang of ["fr", "en"] as const) {
    const html = comparisonReportHtml(result, { lang, date: "2026-11-29" });
    expect(html).toContain(t(lang, "compare.sheet.summary.totalTtc"));
    expect(html).not.toContain(`<th scope="col">${t(lang, "compare.sheet.summary.totalHt")}</th>`);
    expect(html).toContain(t(lang, "compare.sheet.chart.title", { basis: t(lang, "compare.basis.TTC") }));
  }
  const fr = comparisonReportHtml(result, { lang: "fr", date: "2026-11-29" });
  expect(fr).toContain("Total TTC = somme des quantités × prix unitaires TTC");
  expect(fr).not.toMatch(/prix unitaires HT|totaux HT|Total HT/);
});

test("no placeholder left unfilled in any text of either basis, either language (workbook, report, findings)", async () => {
  const ht = compareTenderBids({
    tender: await tenderBook(),
    bids: await fixtureBids(),
    options: { points: EXPECTED.points, trimmedMean: true, estimate: { total: cents(12_000_000) } },
  });
  if (!ht.ok) throw new Error("t-departement is comparable");
  const ttc = await compare({ points: 40, trimmedMean: true, estimate: { total: cents(2_000_000) } });
  // A message key given too few params keeps its « {basis} » or « {count|…|…} »: a reader would see it.
  const unfilled = /\{\w+(\|[^{}|]*\|[^{}|]*)?\}/;
  for (const result of [ht, ttc])
    for (const lang of ["fr", "en"] as const) {
      const texts = comparisonWorkbookPlan(result, { lang }).sheets.flatMap((sheet) => [
        ...sheet.cells.flatMap((cell) => (cell.write.kind === "text" ? [cell.write.value] : [])),
        ...(sheet.charts ?? []).flatMap((chart) => [
          chart.title ?? "",
          ...chart.series.map((one) => one.name),
        ]),
      ]);
      const messages = comparisonJson(result, lang).bids.flatMap((bid) => bid.findings.map((f) => f.message));
      for (const text of [...texts, ...messages, comparisonReportHtml(result, { lang, date: "2026-11-29" })])
        expect(text).not.toMatch(unfilled);
    }
});

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compareBids, oabFlagMessage, type Comparison } from "../../src/core/compare";
import { FIXTURES } from "./pricing-helpers";
import { bidPrices, cents, hundredths, pricedRows, readFixtureSheet, scheduleLines } from "./compare-helpers";

// The four public bids on t-departement.xlsx, compared from the unit prices read in their cells, must give
// exactly the expectations of shared/fixtures/bids/expected-comparison.json.

interface ExpectedBid {
  readonly file: string;
  readonly complete: boolean;
  readonly total_ht: number | null;
  readonly rank: number | null;
  readonly score_classique: number | null;
  readonly score_lineaire: number | null;
  readonly oab: boolean;
}

interface Expected {
  readonly tender: string;
  readonly points: number;
  readonly bids: readonly ExpectedBid[];
  readonly _stats: { readonly mean_ht: number; readonly sigma_ht: number; readonly threshold_ht: number };
}

const expected = JSON.parse(
  readFileSync(path.join(FIXTURES, "bids", "expected-comparison.json"), "utf8"),
) as Expected;

let comparison: Comparison;
let lineCount: number;

beforeAll(async () => {
  const tender = await readFixtureSheet(path.join("tenders", expected.tender));
  const rows = pricedRows(tender);
  lineCount = rows.length;
  const bids = await Promise.all(
    expected.bids.map(async (bid) =>
      bidPrices(bid.file, await readFixtureSheet(path.join("bids", bid.file)), rows),
    ),
  );
  comparison = compareBids({
    basis: "HT",
    lines: scheduleLines(tender, rows),
    bids,
    options: { points: expected.points },
  });
});

test("the tender has 25 priced lines", () => {
  expect(lineCount).toBe(25);
});

describe.each(expected.bids.map((bid, index) => [bid.file, bid, index] as const))(
  "%s",
  (_file, bid, index) => {
    test("completeness, total HT and rank", () => {
      const got = comparison.bids[index];
      expect(got.complete).toBe(bid.complete);
      expect(got.totalHt).toBe(bid.total_ht === null ? null : cents(bid.total_ht));
      expect(got.rank).toBe(bid.rank);
    });

    test("scores classique and linéaire on 40 points", () => {
      const scores = comparison.bids[index].scores;
      expect(scores?.classique ?? null).toBe(
        bid.score_classique === null ? null : hundredths(bid.score_classique),
      );
      expect(scores?.lineaire ?? null).toBe(
        bid.score_lineaire === null ? null : hundredths(bid.score_lineaire),
      );
    });

    test("abnormally low (mean − σ): à justifier", () => {
      const flags = comparison.bids[index].oab;
      expect(flags.length > 0).toBe(bid.oab);
      for (const flag of flags) expect(flag.method).toBe("meanSigma");
    });
  },
);

test("_stats: mean, σ and threshold of the complete bids' totals", () => {
  expect(comparison.stats).toMatchObject({
    count: 3,
    meanCents: cents(expected._stats.mean_ht),
    sigmaCents: cents(expected._stats.sigma_ht),
    meanMinusSigmaCents: cents(expected._stats.threshold_ht),
  });
  const flagged = comparison.bids.flatMap((bid) => bid.oab);
  expect(flagged.map((flag) => flag.thresholdCents)).toEqual([cents(expected._stats.threshold_ht)]);
});

test("the incomplete bid is left out of every statistic and line mean", () => {
  const incomplete = comparison.bids.findIndex((bid) => !bid.complete);
  expect(comparison.bids[incomplete].missingLines.length).toBeGreaterThan(0);
  const completeTotals = comparison.bids.flatMap((bid) => (bid.totalHt === null ? [] : [bid.totalHt]));
  expect(comparison.stats?.mean.numerator).toBe(completeTotals.reduce((a, b) => a + b, 0));
  for (const line of comparison.lines) expect(line.mean?.denominator).toBe(3);
});

test("the flag is worded « à justifier » with its threshold and the articles, never as a rejection", () => {
  const flag = comparison.bids.flatMap((bid) => bid.oab)[0];
  const fr = oabFlagMessage(flag, "HT", "fr");
  expect(fr).toMatch(/^À justifier : total HT inférieur/);
  expect(oabFlagMessage(flag, "TTC", "fr")).toMatch(/^À justifier : total TTC inférieur/);
  expect(fr).toContain("82\u00a0526,91\u00a0€");
  expect(fr).toContain("L2152-5");
  expect(oabFlagMessage(flag, "HT", "en")).toContain("€82,526.91");
  expect(`${fr} ${oabFlagMessage(flag, "HT", "en")}`).not.toMatch(/rejet|reject/i);
});

test("line statistics: the cook's line (6.2) over the three complete bids, bid-d far below its mean", () => {
  const rows = comparison.lines;
  const cook = rows[rows.length - 2];
  expect([cook.minCents, cook.maxCents]).toEqual([1909, 3500]);
  expect(cook.mean).toEqual({ numerator: 3500 + 3300 + 1909, denominator: 3 });
  expect(cook.prices.map((price) => price.unit)).toEqual([3500, 3300, null, 1909]);
  // Mean 8709 / 3 = 29.03 €: 19.09 − 29.03 = −9.94 €; (3 × 1909 − 8709) / 8709 = −34.24 %, not below half the mean.
  expect(cook.prices[3]).toEqual({ unit: 1909, gapCents: -994, gapBp: -3424, lowOutlier: false });
});

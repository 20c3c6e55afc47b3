import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compareBids, type Comparison } from "../../src/core/compare";
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

import fc from "fast-check";
import { cents, type Cents } from "../../src/core/money";
import {
  MIN_CONTRIBUTORS,
  SMALL_SET,
  priceStatistic,
  quartileInc,
  quartilesOf,
  sortedCents,
  type Published,
} from "../../src/core/observatory";

// Quartiles as Excel's QUARTILE.INC, exactly on cents, and the statistics rule: at least 5 caterers, no single
// caterer's price in a small set, no group that differs from the whole by 1 to 4 caterers. The reference below is
// written from Excel's definition through PERCENTILE.INC's rank (1 + k/4 × (n − 1), 1-based), in exact fractions,
// rounded half up by hand: not the code's formulation.

const list = (...values: number[]): Cents[] => values.map((value) => cents(value));

/** QUARTILE.INC(values, k) as numerator / 4, from the 1-based rank r = 1 + k (n − 1) / 4. */
function referenceQuarterCents(values: readonly number[], k: number): bigint {
  const sorted = [...values].sort((a, b) => a - b);
  const rankTimes4 = 4 + k * (sorted.length - 1); // 4 × r
  const below = Math.floor(rankTimes4 / 4); // 1-based rank of the value at or below
  const weight = rankTimes4 - 4 * below; // 4 × the fraction
  const at = BigInt(sorted[below - 1]);
  const next = weight === 0 ? at : BigInt(sorted[below]);
  return at * BigInt(4 - weight) + next * BigInt(weight);
}

/** Rounded half up to a whole cent (prices are never negative). */
const roundQuarter = (quarterCents: bigint): number => Number((quarterCents * 2n + 4n) / 8n);

describe("QUARTILE.INC on cents", () => {
  test("Excel's own example: 1, 2, 4, 7, 8, 9, 10, 12 → first quartile 3.5", () => {
    const [q1, median, q3] = quartilesOf(list(100, 200, 400, 700, 800, 900, 1000, 1200));
    expect([q1.quarterCents, q1.cents, q1.onValue]).toEqual([1400n, 350, false]);
    expect([median.cents, q3.cents]).toEqual([750, 925]);
  });

  test("five prices: the three quartiles are the 2nd, 3rd and 4th prices", () => {
    const quartiles = quartilesOf(list(1500, 1000, 1300, 1100, 1200));
    expect(quartiles.map((q) => [q.cents, q.onValue])).toEqual([
      [1100, true],
      [1200, true],
      [1300, true],
    ]);
  });

  test("a quarter of a cent rounds once, half a cent up: 10.00 and 10.01 at positions .25, .5, .75", () => {
    // Six values: Q1 at 1.25 (between 10.00 and 10.01 → 10.0025 → 10.00), median at 2.5, Q3 at 3.75.
    const sorted = list(900, 1000, 1001, 1001, 1002, 1100);
    expect(quartileInc(sorted, 1)).toEqual({ quarterCents: 4001n, cents: 1000, onValue: false });
    expect(quartileInc(sorted, 2)).toEqual({ quarterCents: 4004n, cents: 1001, onValue: false });
    expect(quartileInc(sorted, 3)).toEqual({ quarterCents: 4007n, cents: 1002, onValue: false });
  });

  test("equals the reference on any list, ties included", () => {
    const values = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.constantFrom(1000, 1250, 1500)),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(values, (prices) => {
        const sorted = sortedCents(list(...prices));
        for (const k of [1, 2, 3] as const) {
          const quartile = quartileInc(sorted, k);
          expect(quartile.quarterCents).toBe(referenceQuarterCents(prices, k));
          expect(quartile.cents).toBe(roundQuarter(referenceQuarterCents(prices, k)));
        }
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});

const shown = (value: number): Published => ({ kind: "shown", cents: cents(value) });
const withheld = (reason: "fewerThanThreshold" | "singlePrice" | "closeToWhole"): Published => ({
  kind: "withheld",
  reason,
});

describe("the statistics rule", () => {
  test("the thresholds: 5 caterers, and 10 for a quartile that falls on one caterer's price", () => {
    expect([MIN_CONTRIBUTORS, SMALL_SET]).toEqual([5, 10]);
  });

  test("four caterers: only the count is shown", () => {
    expect(priceStatistic(list(1000, 1100, 1200, 1300))).toEqual({
      count: 4,
      q1: withheld("fewerThanThreshold"),
      median: withheld("fewerThanThreshold"),
      q3: withheld("fewerThanThreshold"),
    });
  });

  test("five different prices: each quartile would be one caterer's price, none is shown", () => {
    expect(priceStatistic(list(1000, 1100, 1200, 1300, 1400))).toEqual({
      count: 5,
      q1: withheld("singlePrice"),
      median: withheld("singlePrice"),
      q3: withheld("singlePrice"),
    });
  });

  test("five prices with ties: a price two caterers share is shown, one caterer's own is not", () => {
    expect(priceStatistic(list(1000, 1200, 1200, 1300, 1500))).toEqual({
      count: 5,
      q1: shown(1200),
      median: shown(1200),
      q3: withheld("singlePrice"),
    });
  });

  test("six prices: quartiles between two prices are shown; one that rounds onto a single price is not", () => {
    expect(priceStatistic(list(1000, 1100, 1200, 1300, 1400, 1500))).toEqual({
      count: 6,
      q1: shown(1125),
      median: shown(1250),
      q3: shown(1375),
    });
    // Q1 = 10.00 + ¼ × 0.01 = 10.0025 → 10.00: the second caterer's own price once rounded.
    expect(priceStatistic(list(900, 1000, 1001, 1300, 1400, 1500)).q1).toEqual(withheld("singlePrice"));
  });

  test("nine different prices still hide the quartiles that fall on a price; from ten on they are shown", () => {
    const nine = priceStatistic(list(1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800));
    expect([nine.q1, nine.median, nine.q3]).toEqual([
      withheld("singlePrice"),
      withheld("singlePrice"),
      withheld("singlePrice"),
    ]);
    const thirteen = priceStatistic(list(...Array.from({ length: 13 }, (_, i) => 1000 + 100 * i)));
    expect([thirteen.q1, thirteen.median, thirteen.q3]).toEqual([shown(1300), shown(1600), shown(1900)]);
  });

  test("a group is hidden when 1 to 4 caterers are outside it, shown when none or 5 and more are", () => {
    const group = list(1000, 1100, 1200, 1300, 1400, 1500);
    expect(priceStatistic(group, 6).median).toEqual(shown(1250));
    expect(priceStatistic(group, 7)).toMatchObject({ count: 6, median: withheld("closeToWhole") });
    expect(priceStatistic(group, 10)).toMatchObject({ count: 6, median: withheld("closeToWhole") });
    expect(priceStatistic(group, 11).median).toEqual(shown(1250));
  });

  test("whatever the prices, a shown quartile is never the price of exactly one caterer of a small set", () => {
    const prices = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 0, maxLength: SMALL_SET - 1 });
    fc.assert(
      fc.property(prices, (values) => {
        const statistic = priceStatistic(list(...values));
        expect(statistic.count).toBe(values.length);
        for (const value of [statistic.q1, statistic.median, statistic.q3]) {
          if (value.kind !== "shown") continue;
          expect(values.length).toBeGreaterThanOrEqual(MIN_CONTRIBUTORS);
          expect(values.filter((price) => price === value.cents)).not.toHaveLength(1);
        }
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});

import fc from "fast-check";
import {
  compareBids,
  isqrt,
  oabFlagMessage,
  roundSurd,
  SCORE_METHODS,
  type BidPrices,
  type CompareInput,
  type CompareLine,
} from "../../src/core/compare";
import { basisPoints, cents, type Cents } from "../../src/core/money";
import { lineAmount } from "../../src/core/pricing/dqe";
import type { Basis } from "../../src/core/variant/model";

/** A schedule line and a bid's prices from plain numbers (cents, basis points). */
const line = (quantity: number, vatBp: number): CompareLine => ({ quantity, vatBp: basisPoints(vatBp) });
const prices = (...values: (number | null)[]): (Cents | null)[] =>
  values.map((value) => (value === null ? null : cents(value)));

// The comparison's rules as properties over generated schedules and bids, plus the worked examples.

const RUNS = { numRuns: 300, seed: 7 };

const lineArb: fc.Arbitrary<CompareLine> = fc
  .record({
    quantity: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.constantFrom(0.5, 2.25, 12.5)),
    vatBp: fc.constantFrom(550, 1000, 2000),
  })
  .map(({ quantity, vatBp }) => line(quantity, vatBp));

/** Schedules of 1–6 lines and 1–7 bids; about one price in twelve is blank. */
const inputArb: fc.Arbitrary<CompareInput> = fc
  .tuple(fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 7 }))
  .chain(([lines, count]) =>
    fc.record({
      basis: fc.constantFrom<Basis>("HT", "TTC"),
      lines: fc.constant(lines),
      bids: fc.array(
        fc.record({
          name: fc.constant("bid"),
          unit: fc.array(
            fc.oneof(
              { weight: 11, arbitrary: fc.integer({ min: 0, max: 200_000 }).map(cents) },
              { weight: 1, arbitrary: fc.constant(null) },
            ),
            { minLength: lines.length, maxLength: lines.length },
          ),
        }),
        { minLength: count, maxLength: count },
      ),
      options: fc.record({
        points: fc.constantFrom(40, 60, 12.5, 100),
        trimmedMean: fc.boolean(),
      }),
    }),
  );

/** DQE total HT straight from R7's words: Σ quantity × unit price. */
function oracleTotal(input: CompareInput, bid: BidPrices): number | null {
  if (bid.unit.some((price) => price === null)) return null;
  return input.lines.reduce((sum, line, i) => sum + lineAmount(line.quantity, bid.unit[i] as Cents), 0);
}

describe("worked examples", () => {
  const oneLine = (totals: number[], points: number) =>
    compareBids({
      basis: "HT",
      lines: [line(1, 1000)],
      bids: totals.map((price, i) => ({ name: `bid ${i}`, unit: prices(price) })),
      options: { points },
    });

  test("écart au moins-disant: 40 points, Pmin 200, P 235 → 33.00", () => {
    const result = oneLine([20_000, 23_500], 40);
    expect(result.bids[1].scores?.ecart).toBe(3300);
    expect(result.bids[0].scores?.ecart).toBe(4000);
  });

  test("écart au moins-disant is floored at 0 from twice the lowest price", () => {
    expect(oneLine([20_000, 40_000, 50_000], 40).bids.map((bid) => bid.scores?.ecart)).toEqual([4000, 0, 0]);
  });

  test("linéaire: all totals equal → everyone gets N; classique rounds half away from zero", () => {
    expect(oneLine([500, 500], 40).bids.map((bid) => bid.scores?.lineaire)).toEqual([4000, 4000]);
    // 10 × 1 / 8 = 1.25 points exactly; 10 × 1 / 16 = 0.625 → 0.63.
    expect(oneLine([1, 8, 16], 10).bids.map((bid) => bid.scores?.classique)).toEqual([1000, 125, 63]);
  });

  test("equal totals share a rank and the next rank is skipped", () => {
    expect(oneLine([300, 100, 300, 500], 40).bids.map((bid) => bid.rank)).toEqual([2, 1, 2, 4]);
  });

  test("trimmed mean: 130 is dropped (> 1.2 × mean 88.75), new mean 75, 67.50 or less is flagged (65)", () => {
    const result = compareBids({
      basis: "HT",
      lines: [line(1, 1000)],
      bids: [13_000, 8_000, 8_000, 6_500].map((price, i) => ({ name: `${i}`, unit: prices(price) })),
      options: { points: 40, trimmedMean: true },
    });
    const trimmed = result.bids.map((bid) => bid.oab.find((flag) => flag.method === "trimmedMean"));
    expect(trimmed.map((flag) => flag !== undefined)).toEqual([false, false, false, true]);
    expect(trimmed[3]).toMatchObject({ thresholdCents: 6_750, referenceCents: 7_500 });
  });

  test("estimate: 30 % below the buyer's estimate by default, threshold in cents", () => {
    const result = compareBids({
      basis: "HT",
      lines: [line(1, 1000)],
      bids: [7_000, 7_001].map((price, i) => ({ name: `${i}`, unit: prices(price) })),
      options: { points: 40, estimate: { total: cents(10_000) } },
    });
    expect(result.bids.map((bid) => bid.oab.map((flag) => [flag.method, flag.thresholdCents]))).toEqual([
      [["estimate", 7_000]],
      [],
    ]);
    // The buyer reads its own estimate beside the threshold, and the code the articles belong to.
    const [flag] = result.bids[0].oab;
    expect(oabFlagMessage(flag, "HT", "fr")).toContain(
      "très inférieur à votre estimation de 100,00\u00a0€ (seuil 70,00\u00a0€)",
    );
    expect(oabFlagMessage(flag, "HT", "fr")).toContain("R2152-3 du code de la commande publique");
    expect(oabFlagMessage(flag, "HT", "en")).toContain("your estimate of €100.00 (threshold €70.00)");
  });

  test("points and estimate the buyer got wrong are findings; totals are still compared", () => {
    const result = compareBids({
      basis: "HT",
      lines: [line(2, 1000)],
      bids: [{ name: "a", unit: prices(1_000) }],
      options: { points: 12.345, estimate: { total: cents(0) } },
    });
    expect(result.findings.map((finding) => finding.code)).toEqual([
      "compare.points.invalid",
      "compare.estimate.invalid",
    ]);
    expect(result.bids[0]).toMatchObject({ totalHt: 2_000, rank: 1, scores: null });
  });
});

describe("exact square roots", () => {
  test("isqrt(n) is the largest s with s² ≤ n", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), (n) => {
        const s = isqrt(n);
        return s * s <= n && (s + 1n) * (s + 1n) > n;
      }),
      RUNS,
    );
  });

  test("roundSurd(p, ±1, r, q) = c satisfies c − ½ ≤ (p ± √r)/q < c + ½ (half away from zero)", () => {
    const within = (p: bigint, sign: 1 | -1, r: bigint, q: bigint, c: bigint): boolean => {
      // For x ≥ 0: 2qc − q ≤ 2p + 2·sign·√r < 2qc + q, decided on squares.
      const geq = (lhs: bigint) => sideOfSurd(2n * p - lhs, sign, 4n * r) >= 0;
      return geq(2n * q * c - q) && sideOfSurd(2n * p - (2n * q * c + q), sign, 4n * r) < 0;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom<1 | -1>(1, -1),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.bigInt({ min: 1n, max: 50n }),
        (p, sign, r, q) => {
          const c = roundSurd(p, sign, r, q);
          // Only the non-negative case follows the inequality above; negative results mirror it.
          return c < 0n || within(p, sign, r, q, c);
        },
      ),
      RUNS,
    );
  });
});

/** The sign of a + sign·√r, decided on integers: −1, 0 or 1. */
function sideOfSurd(a: bigint, sign: 1 | -1, r: bigint): number {
  const root = sign === 1 ? 1 : -1;
  if (root === 1) {
    if (a >= 0n) return a === 0n && r === 0n ? 0 : 1;
    return r === a * a ? 0 : r > a * a ? 1 : -1;
  }
  if (a <= 0n) return a === 0n && r === 0n ? 0 : -1;
  return r === a * a ? 0 : r < a * a ? 1 : -1;
}

describe("properties", () => {
  test("totals HT and TTC (or TTC alone) follow R7 and incomplete bids get no total, rank, score or flag", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compareBids(input);
        return result.bids.every((bid, i) => {
          const total = oracleTotal(input, input.bids[i]);
          if (total === null)
            return (
              !bid.complete &&
              bid.total === null &&
              bid.totalHt === null &&
              bid.totalTtc === null &&
              bid.rank === null &&
              bid.scores === null &&
              bid.oab.length === 0
            );
          // TTC: VAT per rate on the totals, round(HT_rate × rate) (R7), never per line.
          const vat = [550, 1000, 2000].reduce((sum, rate) => {
            const base = input.lines.reduce(
              (acc, line, l) =>
                acc + (line.vatBp === rate ? lineAmount(line.quantity, input.bids[i].unit[l] as Cents) : 0),
              0,
            );
            return sum + Math.floor((2 * base * rate + 10_000) / 20_000);
          }, 0);
          // A schedule asking TTC only: Σ quantity × unit price TTC is the TTC, nothing split by rate.
          if (input.basis === "TTC")
            return (
              bid.complete &&
              bid.total === total &&
              bid.totalTtc === total &&
              bid.totalHt === null &&
              bid.byRate === null &&
              bid.totalVat === null &&
              bid.rank !== null
            );
          return (
            bid.complete &&
            bid.total === total &&
            bid.totalHt === total &&
            bid.totalTtc === total + vat &&
            bid.rank !== null
          );
        });
      }),
      RUNS,
    );
  });

  test("scores lie in [0, N]; the cheapest gets N in classique and linéaire; cheaper never scores lower", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compareBids(input);
        const n = Math.round(input.options.points * 100);
        const complete = result.bids.filter((bid) => bid.complete);
        const min = Math.min(...complete.map((bid) => bid.total as number));
        return complete.every((bid) => {
          const scores = bid.scores!;
          const inRange = SCORE_METHODS.every((method) => scores[method] >= 0 && scores[method] <= n);
          const cheapest = bid.total !== min || (scores.classique === n && scores.lineaire === n);
          const monotone = complete.every(
            (other) =>
              (other.total as number) < (bid.total as number) ||
              SCORE_METHODS.every((method) => other.scores![method] <= scores[method]) ||
              other.total === bid.total,
          );
          return inRange && cheapest && monotone;
        });
      }),
      RUNS,
    );
  });

  test("mean − σ and the trimmed mean never flag the most expensive complete bid", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compareBids({ ...input, options: { ...input.options, trimmedMean: true } });
        const complete = result.bids.filter((bid) => bid.complete);
        const max = Math.max(...complete.map((bid) => bid.total as number));
        return complete.filter((bid) => bid.total === max).every((bid) => bid.oab.length === 0);
      }),
      RUNS,
    );
  });

  test("a flag's threshold is the rounded threshold its total was compared with", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compareBids(input);
        return result.bids.every((bid) =>
          bid.oab.every((flag) =>
            flag.method === "meanSigma"
              ? (bid.total as number) < flag.thresholdCents
              : (bid.total as number) <= flag.thresholdCents,
          ),
        );
      }),
      RUNS,
    );
  });

  test("ranks: 1 + the number of strictly cheaper complete bids", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = compareBids(input);
        const totals = result.bids.flatMap((bid) => (bid.total === null ? [] : [bid.total]));
        return result.bids.every(
          (bid) =>
            bid.total === null || bid.rank === 1 + totals.filter((t) => t < (bid.total as number)).length,
        );
      }),
      RUNS,
    );
  });

  test("σ agrees with a floating-point estimate to within a cent on small totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        (totals) => {
          const result = compareBids({
            basis: "HT",
            lines: [line(1, 1000)],
            bids: totals.map((total, i) => ({ name: `${i}`, unit: prices(total) })),
            options: { points: 40 },
          });
          const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
          const sigma = Math.sqrt(totals.reduce((a, b) => a + (b - mean) ** 2, 0) / totals.length);
          return Math.abs((result.stats?.sigmaCents ?? NaN) - sigma) <= 0.5 + 1e-6;
        },
      ),
      RUNS,
    );
  });
});

test("a line's outlier: more than 50 % below the complete bids' mean, information only", () => {
  const result = compareBids({
    basis: "HT",
    lines: [line(1, 1000), line(1, 1000)],
    bids: [
      { name: "a", unit: prices(1000, 1000) },
      { name: "b", unit: prices(1000, 1000) },
      { name: "c", unit: prices(399, 1000) },
      { name: "incomplete", unit: prices(100, null) },
    ],
    options: { points: 40 },
  });
  // Mean of line 1 over a, b, c: 2399 / 3 = 799.67; half of it is 399.83: 399 is below, 100 too.
  expect(result.lines[0].prices.map((price) => price.lowOutlier)).toEqual([false, false, true, true]);
  expect(result.lines[0].meanCents).toBe(800);
  expect(result.lines[1].prices[3]).toEqual({ unit: null, gapCents: null, gapBp: null, lowOutlier: false });
});

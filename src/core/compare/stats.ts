// Statistics of the complete bids' DQE totals: mean and population standard deviation, exact until shown.

import type { Cents } from "../money/cents";
import { divRoundBig, ratioOf, roundSurd, toSafeNumber } from "./exact";
import type { TotalsStats } from "./types";

/** The pieces every statistic is built from: n, Σx and n·Σx² − (Σx)² (that is n² × the variance). */
export interface Moments {
  readonly count: bigint;
  readonly sum: bigint;
  /** n·Σx² − (Σx)², never negative: σ = √spread / n. */
  readonly spread: bigint;
}

export function momentsOf(totals: readonly Cents[]): Moments {
  const values = totals.map((total) => BigInt(total));
  const count = BigInt(values.length);
  const sum = values.reduce((total, value) => total + value, 0n);
  const squares = values.reduce((total, value) => total + value * value, 0n);
  return { count, sum, spread: count * squares - sum * sum };
}

/**
 * Mean, σ (population: divided by n, as the construction federations' "moyenne − écart type" rule uses it) and
 * mean − σ, each rounded half away from zero to the cent once, from exact values: σ = √(n·Σx² − (Σx)²) / n is
 * rounded through an integer square root (roundSurd), never through a float. Null without any total.
 */
export function totalsStats(totals: readonly Cents[]): TotalsStats | null {
  if (totals.length === 0) return null;
  const { count, sum, spread } = momentsOf(totals);
  return {
    count: totals.length,
    minCents: Math.min(...totals),
    maxCents: Math.max(...totals),
    mean: ratioOf(sum, count),
    meanCents: toSafeNumber(divRoundBig(sum, count)),
    sigmaCents: toSafeNumber(roundSurd(0n, 1, spread, count)),
    meanMinusSigmaCents: toSafeNumber(roundSurd(sum, -1, spread, count)),
  };
}

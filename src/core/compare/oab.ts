// Abnormally low bids (offre anormalement basse): heuristics that only trigger a request for justification
// (L2152-5, L2152-6, R2152-3 of the code de la commande publique). The Conseil d'État (Sepur, 2019) judges the
// overall price, so flags go on the DQE total; never "rejeté".
//
// Every threshold is computed exactly, rounded half away from zero to the cent once, and the total (exact cents)
// is compared with that rounded threshold: the number the buyer reads is the number that decided.

import { basisPoints, type BasisPoints, type Cents } from "../money/cents";
import { centsFromBig, divRoundBig } from "../money/round";
import type { EstimateOption, OabFlag, OabMethod, TotalsStats } from "./types";

export const DEFAULT_ESTIMATE_BELOW_BP: BasisPoints = basisPoints(3000);
/** Trimmed mean: totals more than 20 % above the mean are left out, then 10 % or more below the new mean is flagged. */
const TRIM_ABOVE_BP = 2000n;
const TRIMMED_BELOW_BP = 1000n;

const flag = (method: OabMethod, thresholdCents: Cents, referenceCents: Cents): OabFlag => ({
  method,
  thresholdCents,
  referenceCents,
  messageKey: `compare.oab.${method}` as const,
});

/** Default: total < mean − σ (population σ of the complete bids' totals). */
export function meanSigmaFlag(total: Cents, stats: TotalsStats): OabFlag | null {
  return total < stats.meanMinusSigmaCents
    ? flag("meanSigma", stats.meanMinusSigmaCents, stats.meanCents)
    : null;
}

export interface TrimmedMean {
  readonly sum: bigint;
  readonly count: bigint;
  readonly meanCents: Cents;
  readonly thresholdCents: Cents;
}

/** The mean of the totals that are not more than 20 % above the mean of all (x ≤ 1.2 × Σ/n ⟺ 5·n·x ≤ 6·Σ). */
export function trimmedMean(totals: readonly Cents[]): TrimmedMean | null {
  if (totals.length === 0) return null;
  const n = BigInt(totals.length);
  const sum = totals.reduce((total, value) => total + BigInt(value), 0n);
  const kept = totals.map(BigInt).filter((x) => x * n * 10_000n <= sum * (10_000n + TRIM_ABOVE_BP));
  const keptSum = kept.reduce((total, value) => total + value, 0n);
  const count = BigInt(kept.length);
  return {
    sum: keptSum,
    count,
    meanCents: centsFromBig(divRoundBig(keptSum, count)),
    thresholdCents: centsFromBig(divRoundBig(keptSum * (10_000n - TRIMMED_BELOW_BP), count * 10_000n)),
  };
}

/** 10 % or more below the trimmed mean (and below it: a mean of a few cents cannot flag its own top). */
export function trimmedMeanFlag(total: Cents, trimmed: TrimmedMean): OabFlag | null {
  const belowMean = BigInt(total) * trimmed.count < trimmed.sum;
  return belowMean && total <= trimmed.thresholdCents
    ? flag("trimmedMean", trimmed.thresholdCents, trimmed.meanCents)
    : null;
}

/** The estimate's threshold: estimate × (1 − below), rounded to the cent. */
export function estimateThreshold(estimate: EstimateOption): Cents {
  const below = BigInt(estimate.belowBp ?? DEFAULT_ESTIMATE_BELOW_BP);
  return centsFromBig(divRoundBig(BigInt(estimate.total) * (10_000n - below), 10_000n));
}

/** The buyer's estimate: `belowBp` (default 30 %) or more below it, and below it. */
export function estimateFlag(total: Cents, estimate: EstimateOption): OabFlag | null {
  const threshold = estimateThreshold(estimate);
  return total < estimate.total && total <= threshold ? flag("estimate", threshold, estimate.total) : null;
}

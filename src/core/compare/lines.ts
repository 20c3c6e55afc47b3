// Line by line: the complete bids' lowest, highest and mean unit price, and each bid's gap to that mean.
// Means stay exact ratios; gaps are rounded half away from zero once, to the cent and to the basis point.
// Outliers here are information for the buyer, never a flag: a bid is judged on its total (Sepur, 2019).

import type { Cents } from "../money/cents";
import { basisPoints, cents } from "../money/cents";
import { centsFromBig, divRoundBig, safeInteger } from "../money/round";
import { ratioOf } from "./exact";
import type { LineComparison, LinePrice } from "./types";

/** A unit price more than this far below the line mean is shown as an outlier (information only). */
export const LINE_OUTLIER_BELOW_BP = 5000n;

const NO_PRICE: LinePrice = { unit: null, gapCents: null, gapBp: null, lowOutlier: false };

/**
 * `prices[b]` is bid b's unit price on this line; `complete[b]` says whether bid b counts in the line's
 * statistics (only complete bids do, as for the totals).
 */
export function compareLine(prices: readonly (Cents | null)[], complete: readonly boolean[]): LineComparison {
  const counted = prices.filter((price, b): price is Cents => complete[b] && price !== null);
  if (counted.length === 0)
    return {
      minCents: null,
      maxCents: null,
      mean: null,
      meanCents: null,
      prices: prices.map((unit) => ({ ...NO_PRICE, unit })),
    };
  const n = BigInt(counted.length);
  const sum = counted.reduce((total, price) => total + BigInt(price), 0n);
  return {
    minCents: cents(Math.min(...counted)),
    maxCents: cents(Math.max(...counted)),
    mean: ratioOf(sum, n),
    meanCents: centsFromBig(divRoundBig(sum, n)),
    prices: prices.map((price) => (price === null ? NO_PRICE : priceAgainst(price, sum, n))),
  };
}

/** price − mean = (n·p − Σ) / n; relative gap = (n·p − Σ) / Σ; more than 50 % below ⟺ 2·n·p < Σ. */
function priceAgainst(price: Cents, sum: bigint, n: bigint): LinePrice {
  const difference = BigInt(price) * n - sum;
  const hasMean = sum > 0n;
  return {
    unit: price,
    gapCents: centsFromBig(divRoundBig(difference, n)),
    gapBp: hasMean ? basisPoints(safeInteger(divRoundBig(difference * 10_000n, sum))) : null,
    lowOutlier: hasMean && BigInt(price) * n * 10_000n < sum * (10_000n - LINE_OUTLIER_BELOW_BP),
  };
}

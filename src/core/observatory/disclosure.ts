// The statistics rule: no single caterer's price can be read back from what the observatory shows.
//
// 1. A line (or a group of caterers: a structure type, a department) shows its quartiles only when at least
//    MIN_CONTRIBUTORS distinct caterers offer it; otherwise "fewer than 5 grids". The count itself is not a price
//    and is always shown.
// 2. In a small set (fewer than SMALL_SET caterers), a quartile that is the price of exactly one caterer is not
//    shown. QUARTILE.INC returns a price of the list when its position is whole: with 5 prices, Q1, the median and
//    Q3 are the 2nd, 3rd and 4th prices, three of five caterers' prices, which whoever knows the local market could
//    put names on. A value between two prices, or a price several caterers share, is shown. The test is made on the
//    rounded value as shown, so rounding cannot land back on one caterer's price. From SMALL_SET caterers on, a
//    quartile is one unnamed price among ten or more and is shown: withholding it would hide most medians of a
//    large observatory (an odd count puts the median on a price) for no gain in secrecy.
// 3. A group is not shown when the caterers outside it are 1 to 4: the whole line's figures and the group's would
//    then differ by fewer than 5 caterers' prices.
// The lowest and highest prices are never computed. docs/observatory.md says why, with examples.

import type { Cents } from "../money/cents";
import { quartileInc, sortedCents, type Quartile } from "./quartiles";

/** Distinct caterers a statistic needs before it is shown. */
export const MIN_CONTRIBUTORS = 5;

/** Below this many caterers, a quartile that is one caterer's own price is withheld (rule 2). */
export const SMALL_SET = 2 * MIN_CONTRIBUTORS;

export type WithheldReason =
  /** Fewer than MIN_CONTRIBUTORS caterers offer the line (in the group). */
  | "fewerThanThreshold"
  /** The quartile is the price of exactly one caterer, in a set smaller than SMALL_SET. */
  | "singlePrice"
  /** The caterers outside the group are 1 to 4. */
  | "closeToWhole";

export type Published =
  | { readonly kind: "shown"; readonly cents: Cents }
  | { readonly kind: "withheld"; readonly reason: WithheldReason };

/** What may be shown of one line's prices: how many caterers offer it, and each quartile or why it is withheld. */
export interface PriceStatistic {
  readonly count: number;
  readonly q1: Published;
  readonly median: Published;
  readonly q3: Published;
}

const withheld = (reason: WithheldReason): Published => ({ kind: "withheld", reason });

function allWithheld(count: number, reason: WithheldReason): PriceStatistic {
  return { count, q1: withheld(reason), median: withheld(reason), q3: withheld(reason) };
}

/** How many caterers wrote each price. */
function occurrences(sorted: readonly Cents[]): ReadonlyMap<number, number> {
  const counts = new Map<number, number>();
  for (const value of sorted) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function published(quartile: Quartile, counts: ReadonlyMap<number, number> | null): Published {
  const isOneCaterersPrice = counts?.get(quartile.cents) === 1;
  return isOneCaterersPrice ? withheld("singlePrice") : { kind: "shown", cents: quartile.cents };
}

/**
 * The statistic of one line: `prices` holds one price per distinct caterer (the caller deduplicates by SIRET).
 * `wholeCount`, for a group, is the number of caterers offering the line over all groups (rule 3).
 */
export function priceStatistic(prices: readonly Cents[], wholeCount?: number): PriceStatistic {
  const count = prices.length;
  if (count < MIN_CONTRIBUTORS) return allWithheld(count, "fewerThanThreshold");
  const outside = wholeCount === undefined ? 0 : wholeCount - count;
  if (outside > 0 && outside < MIN_CONTRIBUTORS) return allWithheld(count, "closeToWhole");
  const sorted = sortedCents(prices);
  const counts = count < SMALL_SET ? occurrences(sorted) : null;
  return {
    count,
    q1: published(quartileInc(sorted, 1), counts),
    median: published(quartileInc(sorted, 2), counts),
    q3: published(quartileInc(sorted, 3), counts),
  };
}

/** The shown value in cents, or null when withheld. */
export function shownCents(value: Published): Cents | null {
  return value.kind === "shown" ? value.cents : null;
}

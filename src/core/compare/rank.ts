import type { Cents } from "../money/cents";

/**
 * Rank of each total among the given ones, 1 = cheapest. Equal totals share a rank and the next rank is skipped
 * (standard competition ranking, "1, 2, 2, 4"): a rank is 1 + the number of strictly cheaper totals. Null totals
 * (incomplete bids) get no rank and do not count.
 */
export function ranksOf(totals: readonly (Cents | null)[]): (number | null)[] {
  const present = totals.filter((total): total is Cents => total !== null);
  return totals.map((total) => (total === null ? null : 1 + present.filter((other) => other < total).length));
}

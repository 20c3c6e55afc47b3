// Quartiles as Excel's QUARTILE.INC computes them, exactly on cents. QUARTILE.INC(k) of n sorted values sits at
// position p = (n − 1) × k / 4: the value at floor(p), plus the fraction of p times the gap to the next value. The
// fraction is a multiple of 1/4, so four times the quartile is a whole number of cents: it is kept exact as
// quarter-cents, then rounded once, half away from zero, to the cent (divRoundBig, the product's one rounding).

import { cents, type Cents } from "../money/cents";
import { centsFromBig, divRoundBig } from "../money/round";

export type Quarter = 1 | 2 | 3;
export const QUARTERS: readonly Quarter[] = [1, 2, 3];

/** A quartile, exact (in quarter-cents) and rounded to the cent as it is shown. */
export interface Quartile {
  /** 4 × the quartile in cents: exact. */
  readonly quarterCents: bigint;
  /** The quartile rounded half away from zero to the cent. */
  readonly cents: Cents;
  /**
   * True when the quartile falls on one value of the list (its position is a whole number): it is then a price
   * somebody wrote, not a value between two prices.
   */
  readonly onValue: boolean;
}

/** Values sorted in ascending order (a copy). */
export function sortedCents(values: readonly Cents[]): Cents[] {
  return [...values].sort((a, b) => a - b);
}

/** QUARTILE.INC(values, quarter) of values already sorted in ascending order; throws on an empty list. */
export function quartileInc(sorted: readonly Cents[], quarter: Quarter): Quartile {
  const count = sorted.length;
  if (count === 0) throw new RangeError("quartile of an empty list");
  const scaledPosition = (count - 1) * quarter; // 4 × p
  const index = Math.floor(scaledPosition / 4);
  const quarters = scaledPosition % 4; // 4 × (p − floor(p)): 0, 1, 2 or 3
  const low = BigInt(sorted[index]);
  const gap = quarters === 0 ? 0n : BigInt(sorted[index + 1]) - low;
  const quarterCents = 4n * low + BigInt(quarters) * gap;
  return { quarterCents, cents: centsFromBig(divRoundBig(quarterCents, 4n)), onValue: quarters === 0 };
}

/** The three quartiles (Q1, median, Q3) of unsorted values. */
export function quartilesOf(values: readonly Cents[]): readonly [Quartile, Quartile, Quartile] {
  const sorted = sortedCents(values.map((value) => cents(value)));
  return [quartileInc(sorted, 1), quartileInc(sorted, 2), quartileInc(sorted, 3)];
}

/**
 * Money is an integer number of euro cents. A `Cents` value never holds a fraction: every operation that could
 * produce one (VAT, spreading) goes through `divRound`, the one rounding of the product.
 */
export type Cents = number;

/** A rate in basis points: 10 % = 1000, 5.5 % = 550. */
export type BasisPoints = number;

/** Largest amount accepted anywhere (about 90 million euros): keeps cents × basis points a safe integer. */
export const MAX_CENTS: Cents = 9_000_000_000;

export function isCents(value: unknown): value is Cents {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** Throws on a non-integer: a programming error, never a user's. */
export function assertCents(value: number, what = "amount"): Cents {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be an integer number of cents: ${value}`);
  return value;
}

export function sumCents(values: readonly Cents[]): Cents {
  return values.reduce((total, value) => total + assertCents(value), 0);
}

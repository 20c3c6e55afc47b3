/**
 * Money is an integer number of euro cents, VAT rates are basis points, durations hundredths of an hour. Each is a
 * branded number: the compiler refuses a rate where an amount is expected, or a bare number where either is, so a
 * value only becomes one through the checks below. Arithmetic gives plain numbers back; the result is branded again
 * by the function that knows it is still whole (`cents`, `sumCents`, `divRound`…).
 */
declare const unit: unique symbol;

export type Cents = number & { readonly [unit]: "cents" };

/** A rate in basis points: 10 % = 1000, 5.5 % = 550. */
export type BasisPoints = number & { readonly [unit]: "basis points" };

/** A duration in hundredths of an hour: 4 h = 400, 3 h 30 = 350 (hours have at most 2 decimals). */
export type CentiHours = number & { readonly [unit]: "centi-hours" };

/** Throws on a non-integer: a programming error, never a user's. */
export function assertCents(value: number, what = "amount"): Cents {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be an integer number of cents: ${value}`);
  return value as Cents;
}

/** A whole number of cents, checked: `cents(1250)` is 12,50 €. */
export function cents(value: number): Cents {
  return assertCents(value);
}

/** Largest amount accepted anywhere (about 90 million euros): keeps cents × basis points a safe integer. */
export const MAX_CENTS: Cents = cents(9_000_000_000);

export const ZERO_CENTS: Cents = cents(0);

export function isCents(value: unknown): value is Cents {
  return typeof value === "number" && Number.isSafeInteger(value);
}

export function sumCents(values: readonly Cents[]): Cents {
  return cents(values.reduce((total, value) => total + assertCents(value), 0));
}

/** A whole number of basis points, checked: `basisPoints(1000)` is 10 %. */
export function basisPoints(value: number): BasisPoints {
  if (!Number.isSafeInteger(value)) throw new RangeError(`a rate must be whole basis points: ${value}`);
  return value as BasisPoints;
}

/** A whole number of hundredths of an hour, checked: `centiHours(350)` is 3 h 30. */
export function centiHoursOf(value: number): CentiHours {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`a duration must be whole hundredths of an hour: ${value}`);
  return value as CentiHours;
}

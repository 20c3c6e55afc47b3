import { assertCents, type BasisPoints, type Cents } from "./cents";

/**
 * numerator / denominator rounded half away from zero, on exact integers: the product's one rounding to the cent
 * (Excel's ROUND does the same on its decimal values). 2n / 4n → 1n, −2n / 4n → −1n, 1n / 4n → 0n.
 */
export function divRoundBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const absN = numerator < 0n ? -numerator : numerator;
  const absD = denominator < 0n ? -denominator : denominator;
  const remainder = absN % absD;
  const reachesHalf = 2n * remainder >= absD;
  const quotient = absN / absD + (reachesHalf ? 1n : 0n);
  return negative ? -quotient : quotient;
}

/** numerator / denominator rounded away from zero (Excel's ROUNDUP to 0 decimals): 7n / 2n → 4n, −7n / 2n → −4n. */
export function divUpBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const absN = numerator < 0n ? -numerator : numerator;
  const absD = denominator < 0n ? -denominator : denominator;
  const quotient = (absN + absD - 1n) / absD;
  return negative ? -quotient : quotient;
}

/**
 * numerator / denominator rounded half away from zero, on exact integers (BigInt inside, so no float ever sees
 * the quotient). 2 / 4 → 1, −2 / 4 → −1, 1 / 4 → 0.
 */
export function divRound(numerator: number, denominator: number): number {
  assertCents(numerator, "numerator");
  assertCents(denominator, "denominator");
  return Number(divRoundBig(BigInt(numerator), BigInt(denominator)));
}

/** ceil(numerator / denominator) for positive integers (staff count = ceil(guests / per_guests)). */
export function divCeil(numerator: number, denominator: number): number {
  assertCents(numerator, "numerator");
  assertCents(denominator, "denominator");
  if (denominator <= 0 || numerator < 0)
    throw new RangeError("divCeil takes a non-negative numerator and positive denominator");
  return Number(divUpBig(BigInt(numerator), BigInt(denominator)));
}

/** round(amount × (1 + rate)): an HT amount to TTC (R6). 2225 at 1000 bp → 2448 (22.25 × 1.10 = 24.475 → 24.48). */
export function withVat(ht: Cents, rate: BasisPoints): Cents {
  return divRound(ht * (10_000 + rate), 10_000);
}

/** round(amount × rate): the VAT of an HT total (R7). */
export function vatOf(ht: Cents, rate: BasisPoints): Cents {
  return divRound(ht * rate, 10_000);
}

import { assertCents, type BasisPoints, type Cents } from "./cents";

/**
 * numerator / denominator rounded half away from zero, on exact integers (BigInt inside, so no float ever sees
 * the quotient). 2 / 4 → 1, −2 / 4 → −1, 1 / 4 → 0.
 */
export function divRound(numerator: number, denominator: number): number {
  assertCents(numerator, "numerator");
  assertCents(denominator, "denominator");
  if (denominator === 0) throw new RangeError("division by zero");
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n;
  const absN = n < 0n ? -n : n;
  const absD = d < 0n ? -d : d;
  let quotient = absN / absD;
  const remainder = absN % absD;
  const reachesHalf = 2n * remainder >= absD;
  if (reachesHalf) quotient += 1n;
  return Number(negative ? -quotient : quotient);
}

/** ceil(numerator / denominator) for positive integers (staff count = ceil(guests / per_guests)). */
export function divCeil(numerator: number, denominator: number): number {
  assertCents(numerator, "numerator");
  assertCents(denominator, "denominator");
  if (denominator <= 0 || numerator < 0)
    throw new RangeError("divCeil takes a non-negative numerator and positive denominator");
  return Math.floor((numerator + denominator - 1) / denominator);
}

/** round(amount × (1 + rate)): an HT amount to TTC (R6). 2225 at 1000 bp → 2448 (22.25 × 1.10 = 24.475 → 24.48). */
export function withVat(ht: Cents, rate: BasisPoints): Cents {
  return divRound(ht * (10_000 + rate), 10_000);
}

/** round(amount × rate): the VAT of an HT total (R7). */
export function vatOf(ht: Cents, rate: BasisPoints): Cents {
  return divRound(ht * rate, 10_000);
}

// Exact arithmetic of the comparison: BigInt quotients rounded half away from zero, and the integer square root
// that the standard deviation needs. Sums of squares of cents leave the safe-integer range, so nothing here is a
// float: every rounding is one named call on integers.

/**
 * A rational number numerator / denominator (denominator > 0), kept exact until it is shown. Safe integers, so a
 * comparison serialises to JSON as is; the arithmetic on them goes through BigInt.
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

/** n / d rounded half away from zero, exactly (the BigInt twin of money's divRound). */
export function divRoundBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = abs(numerator);
  const d = abs(denominator);
  const quotient = n / d + (2n * (n % d) >= d ? 1n : 0n);
  return negative ? -quotient : quotient;
}

/** floor(n / d) for d > 0 (BigInt division truncates toward zero). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("floorDiv takes a positive denominator");
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient;
}

/** floor(√n) for n ≥ 0, by Newton's method on integers: exact for any size. */
export function isqrt(value: bigint): bigint {
  if (value < 0n) throw new RangeError("square root of a negative number");
  if (value < 2n) return value;
  // 2^ceil(bits/2) is at least √value, and Newton's steps from above decrease to floor(√value).
  let x = 1n << BigInt(Math.ceil(value.toString(2).length / 2));
  for (;;) {
    const next = (x + value / x) / 2n;
    if (next >= x) return x;
    x = next;
  }
}

/**
 * floor((p + sign·√radicand) / q) for q > 0, exactly. When the radicand is not a perfect square, √radicand lies
 * strictly between s = isqrt(radicand) and s + 1, so the quotient lies strictly between two integers' quotients
 * and no multiple of q can fall in between: the floor is read from those integers.
 */
export function floorSurd(p: bigint, sign: 1 | -1, radicand: bigint, q: bigint): bigint {
  const s = isqrt(radicand);
  if (s * s === radicand) return floorDiv(p + BigInt(sign) * s, q);
  return sign === 1 ? floorDiv(p + s, q) : floorDiv(p - s - 1n, q);
}

/**
 * (p + sign·√radicand) / q rounded half away from zero to an integer, exactly (q > 0). Used for σ and for
 * mean − σ in cents: the square root is never approximated by a float.
 */
export function roundSurd(p: bigint, sign: 1 | -1, radicand: bigint, q: bigint): bigint {
  if (q <= 0n) throw new RangeError("roundSurd takes a positive denominator");
  if (isNonNegativeSurd(p, sign, radicand)) return floorSurd(2n * p + q, sign, 4n * radicand, 2n * q);
  // Negative: round(x) = −round(−x), and −x = (−p − sign·√r) / q is positive.
  const opposite = sign === 1 ? -1 : 1;
  return -floorSurd(-2n * p + q, opposite, 4n * radicand, 2n * q);
}

/** p + sign·√r ≥ 0, decided on integers. */
function isNonNegativeSurd(p: bigint, sign: 1 | -1, radicand: bigint): boolean {
  if (sign === 1) return p >= 0n || p * p <= radicand;
  return p >= 0n && p * p >= radicand;
}

/** A ratio rounded half away from zero to an integer. */
export function roundRatio(ratio: Ratio): number {
  return toSafeNumber(divRoundBig(BigInt(ratio.numerator), BigInt(ratio.denominator)));
}

/** numerator / denominator as a Ratio of safe integers (throws when they are not safe). */
export function ratioOf(numerator: bigint, denominator: bigint): Ratio {
  return { numerator: toSafeNumber(numerator), denominator: toSafeNumber(denominator) };
}

export function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`not a safe integer: ${value}`);
  return result;
}

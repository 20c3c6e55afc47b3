import { divRoundBig, divUpBig } from "../money/round";

/**
 * An exact decimal number: units × 10^−scale. Cents are scale 2, hundredths of an hour scale 2, basis points
 * scale 4, counts scale 0. Pricing expressions are evaluated on these, never on floats; every rounding goes
 * through src/core/money/round.ts, half away from zero as Excel's ROUND.
 */
export interface Exact {
  readonly units: bigint;
  readonly scale: number;
}

/** The scale of money: values are rounded to the cent (ROUND(…, 2)). */
export const CENT_SCALE = 2;

export function exact(units: number | bigint, scale = 0): Exact {
  if (typeof units === "number" && !Number.isSafeInteger(units))
    throw new RangeError(`not an integer: ${units}`);
  if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`invalid scale ${scale}`);
  return { units: BigInt(units), scale };
}

const TEN = 10n;
const power = (digits: number): bigint => TEN ** BigInt(digits);

/** The same number at a larger scale (no digit lost). */
function widen(value: Exact, scale: number): bigint {
  return value.units * power(scale - value.scale);
}

export function add(a: Exact, b: Exact): Exact {
  const scale = Math.max(a.scale, b.scale);
  return { units: widen(a, scale) + widen(b, scale), scale };
}

export function multiply(a: Exact, b: Exact): Exact {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const left = widen(a, scale);
  const right = widen(b, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** ROUND(x, 2): to the cent, half away from zero. */
export function roundToCent(value: Exact): Exact {
  if (value.scale <= CENT_SCALE) return { units: widen(value, CENT_SCALE), scale: CENT_SCALE };
  return { units: divRoundBig(value.units, power(value.scale - CENT_SCALE)), scale: CENT_SCALE };
}

/** numerator / denominator as an exact fraction of integers at `scale` decimals: n × 10^scale / d. */
function fractionAt(numerator: Exact, denominator: Exact, scale: number): [bigint, bigint] {
  const shift = scale + denominator.scale - numerator.scale;
  return shift >= 0
    ? [numerator.units * power(shift), denominator.units]
    : [numerator.units, denominator.units * power(-shift)];
}

/** ROUND(n / d, 2): the quotient to the cent, half away from zero, without any intermediate rounding. */
export function divideToCent(numerator: Exact, denominator: Exact): Exact {
  const [n, d] = fractionAt(numerator, denominator, CENT_SCALE);
  return { units: divRoundBig(n, d), scale: CENT_SCALE };
}

/** ROUNDUP(n / d, 0): the quotient rounded away from zero to a whole number. */
export function divideUpToWhole(numerator: Exact, denominator: Exact): Exact {
  const [n, d] = fractionAt(numerator, denominator, 0);
  return { units: divUpBig(n, d), scale: 0 };
}

/** The exact amount of cents of n / d as a fraction of integers [numerator, denominator] (a breakdown quotient). */
export function centsFraction(numerator: Exact, denominator: Exact): [bigint, bigint] {
  return fractionAt(numerator, denominator, CENT_SCALE);
}

/** The units of a value at a given scale; a programming error if digits would be lost. */
export function unitsAt(value: Exact, scale: number): bigint {
  if (scale >= value.scale) return widen(value, scale);
  const divisor = power(value.scale - scale);
  if (value.units % divisor !== 0n)
    throw new RangeError(`${decimalText(value)} has more than ${scale} decimals`);
  return value.units / divisor;
}

/** A safe JavaScript integer from a bigint; a programming error (absurd magnitudes) otherwise. */
export function safeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`amount out of range: ${value}`);
  return result;
}

/** Shortest decimal text, as a spreadsheet formula reads it: 450 at scale 2 → "4.5", 550 at scale 4 → "0.055". */
export function decimalText(value: Exact): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, "0");
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/**
 * Exact decimal text to a scaled integer, the one place where a number's decimals are read. A JSON number is
 * read through its shortest decimal text (`String(9.6)` is "9.6"), never multiplied as a float.
 */

export type DecimalRejection = "not-a-number" | "negative" | "decimals" | "too-large";

export type DecimalResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: DecimalRejection };

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i;

/** "12.5" at scale 2 → 1250; "12.345" → decimals; "-1" → negative. Accepts "1e-7"-style exponents. */
export function parseScaledDecimal(text: string, scale: number, max: number): DecimalResult {
  const parts = splitDecimal(text.trim());
  if (!parts) return { ok: false, reason: "not-a-number" };
  const { sign, digits, pointAt } = parts;
  const isZero = /^0*$/.test(digits);
  if (sign && !isZero) return { ok: false, reason: "negative" };
  const fraction = digits.slice(pointAt).replace(/0+$/, "");
  if (fraction.length > scale) return { ok: false, reason: "decimals" };
  const whole = digits.slice(0, pointAt).replace(/^0+/, "");
  if (whole.length > 15) return { ok: false, reason: "too-large" };
  const value = Number(whole || "0") * 10 ** scale + Number(fraction.padEnd(scale, "0") || "0");
  if (value > max) return { ok: false, reason: "too-large" };
  return { ok: true, value };
}

/** A JSON number read exactly at `scale` decimals. NaN and infinities are "not-a-number". */
export function scaledFromNumber(value: number, scale: number, max: number): DecimalResult {
  if (!Number.isFinite(value)) return { ok: false, reason: "not-a-number" };
  return parseScaledDecimal(String(value), scale, max);
}

interface DecimalParts {
  readonly sign: boolean;
  /** All digits, integer part then fraction. */
  readonly digits: string;
  /** Index in `digits` where the fraction starts. */
  readonly pointAt: number;
}

function splitDecimal(text: string): DecimalParts | null {
  const plain = PLAIN.exec(text);
  if (plain) {
    const [, sign, whole, fraction = ""] = plain;
    return { sign: sign === "-", digits: whole + fraction, pointAt: whole.length };
  }
  const exponent = EXPONENT.exec(text);
  if (!exponent) return null;
  const [, sign, whole, fraction = "", power] = exponent;
  const shift = Number(power);
  if (Math.abs(shift) > 400) return null;
  let digits = whole + fraction;
  let pointAt = whole.length + shift;
  if (pointAt < 0) {
    digits = "0".repeat(-pointAt) + digits;
    pointAt = 0;
  }
  if (pointAt > digits.length) digits = digits.padEnd(pointAt, "0");
  return { sign: sign === "-", digits, pointAt };
}

/** The inverse of parseScaledDecimal: 1250 at scale 2 → 12.5, read from its exact decimal text. */
export function numberFromScaled(value: number, scale: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  const digits = String(Math.abs(value)).padStart(scale + 1, "0");
  const text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return value < 0 ? -Number(text) : Number(text);
}

/** A rate in basis points as the percent number of JSON: 550 → 5.5. */
export function percentFromBasisPoints(rate: number): number {
  return numberFromScaled(rate, 2);
}

// Reading one cell of a bid as money, as a VAT rate or as text for a message. Cell values are floats as the file
// stores them; they are read through their shortest decimal text, never multiplied as floats.

import { basisPoints, type BasisPoints, type Cents } from "../money/cents";
import { centsFromEuroNumber, centsFromEuroText, type MoneyResult } from "../money/parse";
import { isDateFormat, isPercentFormat } from "../workbook/number-format";
import type { CellSnapshot, CellValue } from "../workbook/snapshot";

/** What a price cell holds. `text` is a price typed as text that reads as an amount ("12,50 €"). */
export type PriceReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly cents: Cents }
  | { readonly kind: "text"; readonly cents: Cents; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string }
  | { readonly kind: "negative"; readonly text: string }
  | { readonly kind: "decimals"; readonly text: string }
  | { readonly kind: "tooLarge"; readonly text: string }
  /** A number shown as a date or a percentage: days or a fraction, not euros. */
  | { readonly kind: "notAmount"; readonly text: string }
  /** A formula whose result the file does not hold (written by a program, never calculated). */
  | { readonly kind: "uncomputed"; readonly text: string };

function fromMoney(result: MoneyResult, text: string, typedAsText: boolean): PriceReading {
  if (result.ok)
    return typedAsText
      ? { kind: "text", cents: result.cents, text }
      : { kind: "number", cents: result.cents };
  const kinds = {
    negative: "negative",
    decimals: "decimals",
    "too-large": "tooLarge",
    "not-a-number": "unreadable",
  } as const;
  return { kind: kinds[result.reason], text };
}

export function readPrice(cell: CellSnapshot | undefined): PriceReading {
  const value = cell?.value ?? { type: "empty" };
  switch (value.type) {
    case "empty":
      return cell?.formula ? { kind: "uncomputed", text: cell.formula } : { kind: "blank" };
    case "number":
      if (isDateFormat(cell?.numberFormat) || isPercentFormat(cell?.numberFormat))
        return { kind: "notAmount", text: String(value.value) };
      return fromMoney(centsFromEuroNumber(value.value), String(value.value), false);
    case "text":
      if (value.value.trim() === "") return { kind: "blank" };
      return fromMoney(centsFromEuroText(value.value), value.value.trim(), true);
    default:
      return { kind: "unreadable", text: String(value.value) };
  }
}

interface DecimalDigits {
  readonly negative: boolean;
  readonly digits: string;
  /** Index in `digits` where the fraction starts. */
  readonly pointAt: number;
}

/** A finite number's shortest decimal text as digits, "1.5e-7" and "1e+21" included. */
function decimalDigits(value: number): DecimalDigits {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value)) as RegExpExecArray;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let digits = whole + fraction;
  let pointAt = whole.length + Number(exponent);
  if (pointAt < 0) {
    digits = "0".repeat(-pointAt) + digits;
    pointAt = 0;
  }
  if (pointAt > digits.length) digits = digits.padEnd(pointAt, "0");
  return { negative: sign === "-", digits, pointAt };
}

/**
 * A number rounded half away from zero at `scale` decimals, as an integer, from its decimal text: 13.640000000000001
 * → 1364 at scale 2, 1.005 → 101 (as Excel shows it). Null for NaN, infinities and values beyond safe integers.
 */
export function roundedScaled(value: number, scale: number): number | null {
  if (!Number.isFinite(value)) return null;
  const { negative, digits, pointAt } = decimalDigits(value);
  const kept = digits.slice(0, pointAt + scale).padEnd(pointAt + scale, "0");
  const roundsUp = (digits[pointAt + scale] ?? "0") >= "5";
  const magnitude = Number(kept || "0") + (roundsUp ? 1 : 0);
  if (!Number.isSafeInteger(magnitude)) return null;
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** A number cell's value, or null (text, blank, error). */
export function numberOf(cell: CellSnapshot | undefined): number | null {
  return cell?.value.type === "number" ? cell.value.value : null;
}

const PERCENT_TEXT = /^(\d+(?:[.,]\d+)?)\s*%$/;

/**
 * A VAT rate cell in basis points: a fraction (0.1, 0.055) as Excel stores a percent, a whole percent typed as a
 * number (10, 5.5: no VAT rate is above 100 %), or a text such as "10 %" or "5,5%". Null when unreadable.
 */
export function readRate(cell: CellSnapshot | undefined): BasisPoints | null {
  const value: CellValue = cell?.value ?? { type: "empty" };
  if (value.type === "number") {
    if (value.value < 0 || value.value > 100) return null;
    return rateOf(value.value <= 1 ? roundedScaled(value.value, 4) : roundedScaled(value.value, 2));
  }
  if (value.type !== "text") return null;
  const match = PERCENT_TEXT.exec(value.value.trim());
  return match ? rateOf(roundedScaled(Number(match[1].replace(",", ".")), 2)) : null;
}

function rateOf(scaled: number | null): BasisPoints | null {
  return scaled === null ? null : basisPoints(scaled);
}

/** A cell's value for a message: text as typed, numbers as numbers (shown in the reader's style), else "". */
export function messageValue(cell: CellSnapshot | undefined): string | number {
  const value = cell?.value ?? { type: "empty" };
  if (value.type === "empty") return "";
  if (value.type === "number") return value.value;
  return String(value.value);
}

/** Characters beyond Latin-1 that French texts often hold and NFC leaves as they are: œ, Œ, ’ and €. */
const KEPT_AS_IS = new Set([0x152, 0x153, 0x2019, 0x20ac]);

/**
 * Whether normalText would give the text back as it is: ASCII and Latin-1 letters (precomposed, so NFC leaves them
 * as they are; the no-break space excluded), those of KEPT_AS_IS, single spaces between words. Most designations
 * are; they skip the Unicode pass.
 */
function isNormal(text: string): boolean {
  const last = text.length - 1;
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (index === 0 || index === last || text.charCodeAt(index + 1) === 0x20) return false;
    } else if (!((code > 0x20 && code < 0x7f) || (code > 0xa0 && code <= 0xff) || KEPT_AS_IS.has(code)))
      return false;
  }
  return true;
}

const normalText = (text: string): string =>
  isNormal(text) ? text : text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Whether two cells hold the same value for a reader: same type and value; texts compared with their spaces
 * collapsed (an extra space is not a change of designation), numbers exactly.
 */
export function sameValue(a: CellSnapshot | undefined, b: CellSnapshot | undefined): boolean {
  const left = a?.value ?? { type: "empty" };
  const right = b?.value ?? { type: "empty" };
  const blank = (value: CellValue) =>
    value.type === "empty" || (value.type === "text" && value.value.trim() === "");
  if (blank(left) || blank(right)) return blank(left) && blank(right);
  if (left.type === "text" && right.type === "text")
    return left.value === right.value || normalText(left.value) === normalText(right.value);
  return left.type === right.type && "value" in left && "value" in right && left.value === right.value;
}

/** The key that identifies a row when the original and the bid are aligned: its texts, spaces collapsed. */
export function rowKeyText(cells: readonly (CellSnapshot | undefined)[]): string {
  let key = "";
  for (const [index, cell] of cells.entries()) {
    const value = messageValue(cell);
    key += (index > 0 ? "\u0000" : "") + (typeof value === "number" ? String(value) : normalText(value));
  }
  return key;
}

import { MAX_CENTS, cents, type Cents } from "./cents";
import { parseScaledDecimal, scaledFromNumber, type DecimalRejection } from "./decimal";

export type MoneyRejection = DecimalRejection;

export type MoneyResult =
  { readonly ok: true; readonly cents: Cents } | { readonly ok: false; readonly reason: MoneyRejection };

function toMoney(result: ReturnType<typeof parseScaledDecimal>): MoneyResult {
  return result.ok ? { ok: true, cents: cents(result.value) } : result;
}

/** A JSON number in euros to cents, exactly: 9.6 → 960, 22.255 → decimals, −1 → negative, NaN → not-a-number. */
export function centsFromEuroNumber(value: number): MoneyResult {
  return toMoney(scaledFromNumber(value, 2, MAX_CENTS));
}

// Spaces used between thousands: space, no-break space, narrow no-break space, thin space.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const CURRENCY = /€|\beur(os?)?\b/gi;

/**
 * A euro amount typed as text, French or English style, to cents: "12,50 €", "1 234,50", "1\u202f234,5 €",
 * "€12.50", "1.234,50", "1,234.50", "EUR 12". More than 2 decimals, a minus sign or anything else is rejected,
 * never guessed ("1.234" is 1.234 €, so it is rejected for its decimals).
 */
export function centsFromEuroText(text: string): MoneyResult {
  const bare = text.replace(CURRENCY, "").trim();
  if (/^[-\u2212]/.test(bare))
    return { ok: false, reason: isNumberLike(bare.slice(1)) ? "negative" : "not-a-number" };
  const normalized = normalizeSeparators(bare);
  if (normalized === null) return { ok: false, reason: "not-a-number" };
  return toMoney(parseScaledDecimal(normalized, 2, MAX_CENTS));
}

function isNumberLike(text: string): boolean {
  return normalizeSeparators(text.trim()) !== null;
}

/** "1 234,50" → "1234.50"; null when the grouping or separators make no sense. */
function normalizeSeparators(text: string): string | null {
  if (!/^\d[\d \u00a0\u202f\u2009.,]*$/.test(text)) return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  const decimalAt = Math.max(lastComma, lastDot);
  const hasBoth = lastComma >= 0 && lastDot >= 0;
  // With one kind of separator appearing once, it is the decimal point; appearing more than once, grouping.
  const separator = decimalAt >= 0 ? text[decimalAt] : "";
  const separatorCount = separator ? text.split(separator).length - 1 : 0;
  const decimalIndex = hasBoth || separatorCount === 1 ? decimalAt : -1;
  const whole = decimalIndex >= 0 ? text.slice(0, decimalIndex) : text;
  const fraction = decimalIndex >= 0 ? text.slice(decimalIndex + 1) : "";
  if (decimalIndex >= 0 && !/^\d+$/.test(fraction)) return null;
  const groups = whole.split(/[ \u00a0\u202f\u2009.,]/);
  const wellGrouped = groups.length === 1 || groups.slice(1).every((group) => /^\d{3}$/.test(group));
  if (!wellGrouped || !/^\d{1,3}$|^\d+$/.test(groups[0]) || (groups.length > 1 && groups[0].length > 3))
    return null;
  const mixedGrouping = new Set(whole.replace(/\d/g, "").replace(GROUP_SPACES, " ")).size > 1;
  if (mixedGrouping) return null;
  return decimalIndex >= 0 ? `${groups.join("")}.${fraction}` : groups.join("");
}

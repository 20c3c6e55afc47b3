// Text that must stay text. Excel parses what the API writes to `values`/`formulas` as if typed: "1.1" becomes a
// number (or a date with French separators), "=…" a formula, "-x"/"+x"/"@x" a formula, "TRUE" a boolean.
// The documented Office.js way to keep such a string is to give the cell the Text number format "@" before the
// value, in the same batch (queued commands run in order). An apostrophe prefix would also work in the UI but is
// not documented for the API and shows up in `formulas`; we do not use it.

export const TEXT_NUMBER_FORMAT = "@";

/** A month name (French or English, full or short) followed by a number: Excel may read it as a date. */
const MONTH_LIKE =
  /^(janv(ier)?|jan(uary)?|f[ée]vr?(ier)?|feb(ruary)?|mars?|march|avr(il)?|apr(il)?|mai|may|juin|june?|juil(let)?|july?|ao[uû]t?|aug(ust)?|sept?(embre|ember)?|oct(obre|ober)?|nov(embre|ember)?|d[ée]c(embre)?|dec(ember)?)\.?[\s\-/]\d/i;

/** True when Excel could read `text` as something other than this exact text; such cells get the "@" format. */
export function excelWouldReinterpret(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (trimmed !== text) return /^\s*[=+\-@\d.,]/.test(text);
  return (
    /^[=+\-@#]/.test(trimmed) || // formulas, signs, error literals
    /^[\d.,(]/.test(trimmed) || // numbers, dates, times, fractions, accounting negatives
    /^[$€£¥]/.test(trimmed) || // currency amounts
    /%$/.test(trimmed) ||
    /^(true|false|vrai|faux)$/i.test(trimmed) ||
    MONTH_LIKE.test(trimmed) // "janv-24", "Jan 2024"
  );
}

import type { RangeValue } from "../usecases/grid-range";
import { langFromLocale, t, type Lang } from "../i18n";

// What Excel passes to a custom function, made plain: an omitted optional argument arrives as null (or undefined
// when it is last), an empty cell as null, "" or 0 (older Excel desktop builds pass 0), a range as a 2-D array, a
// single value where a range is declared as [[value]]. Nothing here knows catering.

/** Excel's values as they may arrive; a declared type is Excel's promise, not the runtime's. */
export type ExcelValue = RangeValue;

/** Absent: omitted, an empty cell, or 0 (which no count of guests or pieces can be). */
export function countOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value !== 0 ? value : undefined;
}

/** The text typed, trimmed; absent for an omitted argument or an empty cell. A number is kept as its digits. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "number") return value === 0 ? undefined : String(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text === "" ? undefined : text;
}

/** TRUE, or a cell holding "VRAI"/"oui"/"yes"/1; anything else (omitted, empty, FALSE) is false. */
export function flagOf(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1;
  return ["vrai", "true", "oui", "yes"].includes(textOf(value)?.toLowerCase() ?? "");
}

/** Every non-empty text of a value or a range, in reading order. */
export function textsOf(value: unknown): string[] {
  const cells = Array.isArray(value) ? value.flat(2) : [value];
  return cells.flatMap((cell) => textOf(cell) ?? []);
}

/** A range's rows; null when the argument is omitted. A single value is a range of one cell. */
export function rowsOf(value: unknown): ExcelValue[][] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return [[value as ExcelValue]];
  return value.map((row: unknown) => (Array.isArray(row) ? (row as ExcelValue[]) : [row as ExcelValue]));
}

/** "HT" or "TTC" whatever the case; undefined when omitted; null when it is something else. */
export function basisOf(value: unknown): "HT" | "TTC" | undefined | null {
  const text = textOf(value)?.toUpperCase();
  if (text === undefined) return undefined;
  return text === "HT" || text === "TTC" ? text : null;
}

/**
 * The language of the cell's messages: Office's display language where the functions' runtime has it (Excel on the
 * web, recent desktops), the browser's otherwise, French when neither says.
 */
export function functionsLang(): Lang {
  const office = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  const browser = typeof navigator === "undefined" ? undefined : navigator.language;
  return langFromLocale(office ?? browser);
}

/**
 * The error a cell shows: #N/A with the reason as its message (CustomFunctionsRuntime 1.2); where Excel's runtime
 * cannot carry a message, a plain error (#VALUE!) rather than a number.
 */
export function cellError(message: string): Error {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function")
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message) as unknown as Error;
  return new Error(message);
}

export function basisError(value: unknown, lang: Lang): Error {
  return cellError(t(lang, "functions.basis.invalid", { value: String(value) }));
}

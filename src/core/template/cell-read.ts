// The inverse of cells.ts (cellValueOf): what a template cell holds, back to the grid's units. Numbers typed as
// text ("12,50 €") are read with the core's amount parser and flagged, never silently taken.

import type { CatalogueEntry, EntryKind } from "../grid/catalogue";
import type { IdentityValue } from "../grid/model";
import { normalizeSiret } from "../grid/siret";
import { MAX_CENTS } from "../money/cents";
import { parseScaledDecimal, scaledFromNumber } from "../money/decimal";
import { centsFromEuroText } from "../money/parse";
import type { CellSnapshot } from "../workbook/snapshot";
import type { TemplateFindingCode } from "./findings";

/** A problem with one cell's value: `template.finding.<code>` with its params. */
export interface CellProblem {
  readonly code: TemplateFindingCode;
  readonly severity: "error" | "warning";
  readonly params: Readonly<Record<string, string>>;
}

/** `value` in the grid's units (cents, basis points, percent 0–100…), null when blank, undefined when unreadable. */
export interface CellReading {
  readonly value: IdentityValue | null | undefined;
  readonly problem?: CellProblem;
}

type Reader = (raw: number | string, item: CatalogueEntry) => CellReading;

/** Excel keeps 15 significant digits: read a number as Excel shows it, so 0.07 × 100 is 7, not 7.000000000000001. */
function excelNumber(value: number): number {
  return Number(value.toPrecision(15));
}

const problem = (
  code: TemplateFindingCode,
  severity: "error" | "warning",
  params: Record<string, string>,
) => ({
  code,
  severity,
  params,
});

const unreadable = (code: TemplateFindingCode, raw: number | string): CellReading => ({
  value: undefined,
  problem: problem(code, "error", { value: String(raw) }),
});

/** "40 %", "3,5", "1 200" → a plain decimal text; null when it is not a number. */
function numberText(text: string): string | null {
  const bare = text.replace(/[%\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(bare) ? bare : null;
}

/** Money and hours: a number at most 2 decimals ×100; text through the French/English amount parser. */
const scaled =
  (max: number): Reader =>
  (raw) => {
    if (typeof raw === "number") {
      const result = scaledFromNumber(excelNumber(raw), 2, max);
      return result.ok ? { value: result.value } : unreadable("amount", raw);
    }
    const result = centsFromEuroText(raw);
    if (!result.ok || result.cents > max) return unreadable("amount", raw);
    const amount = (result.cents / 100).toFixed(2);
    return { value: result.cents, problem: problem("textAmount", "warning", { value: raw, amount }) };
  };

/** A plain number from a number cell, or from text with a warning. */
function plainNumber(raw: number | string, scale: (value: number) => number): CellReading {
  if (typeof raw === "number") return { value: scale(raw) };
  const text = numberText(raw);
  if (text === null) return unreadable("notNumber", raw);
  const value = Number(text);
  return { value, problem: problem("textNumber", "warning", { value: raw, amount: String(value) }) };
}

/**
 * A percent cell holds a fraction (45 % is 0.45). A number above 1 and up to 100 there is almost surely a
 * percentage typed without its sign (pasted, or typed in LibreOffice), shown as 4500 %: an error that says how to
 * type it, rather than "4500 is not between 0 and 100" or a silent division by 100.
 */
function percentScale(raw: number | string): CellReading | undefined {
  if (typeof raw !== "number" || raw <= 1 || raw > 100) return undefined;
  const value = String(excelNumber(raw));
  return {
    value: undefined,
    problem: problem("percentScale", "error", { value, shown: String(excelNumber(raw * 100)) }),
  };
}

/** VAT: a fraction in a percent cell → basis points (10 % → 1000); at most 2 decimals of percent. */
const vatRate: Reader = (raw) => {
  const scale = percentScale(raw);
  if (scale) return scale;
  const reading = plainNumber(raw, (value) => excelNumber(value * 100));
  if (typeof reading.value !== "number") return reading;
  const result = parseScaledDecimal(String(reading.value), 2, 10_000);
  return result.ok ? { ...reading, value: result.value } : unreadable("rate", raw);
};

/** Excel's serial date (1900 system, with its phantom 29 February 1900) → "YYYY-MM-DD". */
function isoFromSerial(serial: number): string {
  const days = Math.floor(serial);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

function textValue(raw: number | string): CellReading {
  const value = typeof raw === "number" ? String(excelNumber(raw)) : raw.trim();
  return { value: value === "" ? null : value };
}

const READERS: Readonly<Record<EntryKind, Reader>> = {
  price: scaled(MAX_CENTS),
  money: scaled(MAX_CENTS),
  "parameter-money": scaled(MAX_CENTS),
  "parameter-hours": scaled(2400),
  "vat-rate": vatRate,
  percent: (raw) => percentScale(raw) ?? plainNumber(raw, (value) => excelNumber(value * 100)),
  integer: (raw) => plainNumber(raw, excelNumber),
  list: (raw) => {
    const parts = String(raw)
      .split(/[\s,;/]+/)
      .filter((part) => part !== "");
    return { value: parts.length === 0 ? null : parts };
  },
  date: (raw) => (typeof raw === "number" ? { value: isoFromSerial(raw) } : textValue(raw)),
  siret: (raw) => {
    const reading = textValue(raw);
    if (typeof reading.value !== "string") return reading;
    const digits = normalizeSiret(reading.value);
    return { value: /^\d{14}$/.test(digits) ? digits : reading.value };
  },
  text: textValue,
  enum: textValue,
  email: textValue,
  phone: textValue,
};

/** Reads one input cell for a catalogue entry. Formulas are judged by the caller; their cached value is read here. */
export function readCellValue(item: CatalogueEntry, cell: CellSnapshot): CellReading {
  const value = cell.value;
  switch (value.type) {
    case "empty":
      return { value: null };
    case "error":
      return unreadable("cellError", value.value);
    case "boolean":
      return unreadable("notNumber", String(value.value));
    case "text":
      if (value.value.trim() === "") return { value: null };
      return READERS[item.kind](value.value, item);
    default:
      return READERS[item.kind](value.value, item);
  }
}

// A1 addresses <-> 0-based row/column indexes. Pure and strict: a malformed address yields undefined, never a guess.

import type { RangeBox } from "./snapshot";

/** A 0-based cell position. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** A 0-based inclusive rectangle. */
export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/** Excel's grid limits (1 048 576 rows, XFD = 16 384 columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`column index out of range: ${column}`);
  }
  let letters = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26; undefined for anything that is not 1-3 letters within XFD. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let value = 0;
  for (const char of letters.toUpperCase()) value = value * 26 + (char.charCodeAt(0) - 64);
  return value - 1 < MAX_COLUMNS ? value - 1 : undefined;
}

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** The 1-based number of a letter A-Z or a-z, 0 for any other character. */
function letterNumber(code: number): number {
  const upper = code >= 97 && code <= 122 ? code - 32 : code;
  return upper >= 65 && upper <= 90 ? upper - 64 : 0;
}

/**
 * "D14" or "$D$14" → { row: 13, column: 3 }: 1-3 letters within XFD, a row from 1 to 1 048 576 without a leading
 * zero, each optionally after "$". Read character by character: a comparison workbook parses some 60 000.
 */
export function parseCell(address: string): CellRef | undefined {
  const text = address.trim();
  let at = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersStart = at;
  for (let value = letterNumber(text.charCodeAt(at)); value > 0; value = letterNumber(text.charCodeAt(at))) {
    column = column * 26 + value;
    at += 1;
  }
  const letters = at - lettersStart;
  if (letters < 1 || letters > 3 || column - 1 >= MAX_COLUMNS) return undefined;
  if (text.charCodeAt(at) === DOLLAR) at += 1;
  const digitsStart = at;
  let row = 0;
  for (let code = text.charCodeAt(at); code >= DIGIT_0 && code <= DIGIT_9; code = text.charCodeAt(at)) {
    row = row * 10 + (code - DIGIT_0);
    at += 1;
  }
  const digits = at - digitsStart;
  if (at !== text.length || digits < 1 || digits > 7 || text.charCodeAt(digitsStart) === DIGIT_0)
    return undefined;
  return row - 1 < MAX_ROWS ? { row: row - 1, column: column - 1 } : undefined;
}

/** { row: 13, column: 3 } → "D14". */
export function formatCell(ref: CellRef): string {
  return `${columnLetters(ref.column)}${ref.row + 1}`;
}

/** "A1:F9", "$A$1:$F$9" or a single cell "B2" → a normalised rectangle (start is top-left). */
export function parseRange(range: string): RangeRef | undefined {
  const parts = range.trim().split(":");
  if (parts.length > 2) return undefined;
  const first = parseCell(parts[0]);
  const second = parts.length === 2 ? parseCell(parts[1]) : first;
  if (!first || !second) return undefined;
  return {
    start: { row: Math.min(first.row, second.row), column: Math.min(first.column, second.column) },
    end: { row: Math.max(first.row, second.row), column: Math.max(first.column, second.column) },
  };
}

/** A rectangle → "A1:F9" ("B2" when it is one cell). */
export function formatRange(range: RangeRef): string {
  const start = formatCell(range.start);
  const end = formatCell(range.end);
  return start === end ? start : `${start}:${end}`;
}

/** "$A$1:$F$9" absolute form, for defined names and chart references. */
export function absoluteRange(range: RangeRef): string {
  const cell = (ref: CellRef) => `$${columnLetters(ref.column)}$${ref.row + 1}`;
  return `${cell(range.start)}:${cell(range.end)}`;
}

export function rangeContains(range: RangeRef, cell: CellRef): boolean {
  return (
    cell.row >= range.start.row &&
    cell.row <= range.end.row &&
    cell.column >= range.start.column &&
    cell.column <= range.end.column
  );
}

export function rangeToBox(range: RangeRef): RangeBox {
  return {
    row: range.start.row,
    column: range.start.column,
    rowCount: range.end.row - range.start.row + 1,
    columnCount: range.end.column - range.start.column + 1,
  };
}

/** A sheet name as it must appear in a formula: quoted when it holds anything but letters, digits and "_". */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'BPU'!$D$12" → { sheet: "BPU", range: "$D$12" }; a reference without sheet has `sheet` undefined. */
export function splitSheetReference(ref: string): { sheet?: string; range: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { range: ref };
  const rawSheet = ref.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, range: ref.slice(bang + 1) };
}

// A1 addresses for the fake, written independently of src/core so the fake stays an independent oracle.
// Supports what getRange accepts in our subset: "B3", "A1:D10", "$A$1:$D$10", "B:D" (columns), "3:5" (rows).

import { invalidArgument } from "./errors";

export const FAKE_MAX_ROWS = 1_048_576;
export const FAKE_MAX_COLUMNS = 16_384;

/** A 0-based inclusive rectangle. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function letters(column: number): string {
  let out = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
  }
  return out;
}

function columnOf(text: string): number {
  let value = 0;
  for (const char of text.toUpperCase()) value = value * 26 + char.charCodeAt(0) - 64;
  return value - 1;
}

function parseEnd(text: string): { row?: number; column?: number } | undefined {
  const match = /^\$?([A-Za-z]{0,3})\$?([0-9]{0,7})$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const column = match[1] === "" ? undefined : columnOf(match[1]);
  const row = match[2] === "" ? undefined : Number(match[2]) - 1;
  if (row !== undefined && (row < 0 || row >= FAKE_MAX_ROWS)) return undefined;
  if (column !== undefined && column >= FAKE_MAX_COLUMNS) return undefined;
  return { row, column };
}

/** Parses an address; throws InvalidArgument (as getRange does at sync) when malformed. */
export function parseAddress(address: string, location: string): Box {
  const parts = address.trim().split(":");
  const first = parts.length <= 2 ? parseEnd(parts[0]) : undefined;
  const second = parts.length === 2 ? parseEnd(parts[1]) : first;
  if (!first || !second) throw invalidArgument(location, `address "${address}"`);
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  const isCell = first.row !== undefined && first.column !== undefined;
  const isCellPair = isCell && second.row !== undefined && second.column !== undefined;
  if (!(wholeColumns || wholeRows || isCellPair)) throw invalidArgument(location, `address "${address}"`);
  const top = wholeColumns ? 0 : Math.min(first.row ?? 0, second.row ?? 0);
  const bottom = wholeColumns ? FAKE_MAX_ROWS - 1 : Math.max(first.row ?? 0, second.row ?? 0);
  const left = wholeRows ? 0 : Math.min(first.column ?? 0, second.column ?? 0);
  const right = wholeRows ? FAKE_MAX_COLUMNS - 1 : Math.max(first.column ?? 0, second.column ?? 0);
  return { top, left, bottom, right };
}

export function formatBox(box: Box): string {
  const start = `${letters(box.left)}${box.top + 1}`;
  const end = `${letters(box.right)}${box.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxRows(box: Box): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: Box): number {
  return box.right - box.left + 1;
}

export function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Box, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

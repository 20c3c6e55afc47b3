// Reading a snapshot by address: the small lookups every consumer of a snapshot needs.

import { parseCell } from "./address";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { EMPTY_CELL } from "./snapshot";

/** The cell at an A1 address ("D14") or 0-based position; outside the snapshot's range it is empty. */
export function cellOf(sheet: SheetSnapshot, at: string | { row: number; column: number }): CellSnapshot {
  const ref = typeof at === "string" ? parseCell(at) : at;
  return ref ? cellAt(sheet, ref.row, ref.column) : EMPTY_CELL;
}

/** The cell at a 0-based row and column (empty outside the snapshot's range), without building an address. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellSnapshot {
  return sheet.cells[row - sheet.range.row]?.[column - sheet.range.column] ?? EMPTY_CELL;
}

/** The sheet of that name, compared as Excel does (case-insensitive), or undefined. */
export function sheetOf(book: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

// Reading a snapshot by address: the small lookups every consumer of a snapshot needs.

import { parseCell } from "./address";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { EMPTY_CELL } from "./snapshot";

/** The cell at an A1 address ("D14") or 0-based position; outside the snapshot's range it is empty. */
export function cellOf(sheet: SheetSnapshot, at: string | { row: number; column: number }): CellSnapshot {
  const ref = typeof at === "string" ? parseCell(at) : at;
  if (!ref) return EMPTY_CELL;
  return sheet.cells[ref.row - sheet.range.row]?.[ref.column - sheet.range.column] ?? EMPTY_CELL;
}

/** The sheet of that name, compared as Excel does (case-insensitive), or undefined. */
export function sheetOf(book: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

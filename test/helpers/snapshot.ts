import { cellOf, sheetOf } from "../../src/core/workbook/lookup";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

/** The cell at an A1 address of a snapshot (core lookup); empty outside the read range. */
export function cellAt(sheet: SheetSnapshot, a1: string): CellSnapshot {
  return cellOf(sheet, a1);
}

/** The sheet of that name; a test fails here, naming it, when the workbook lacks it. */
export function sheetNamed(book: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = sheetOf(book, name);
  if (!sheet) throw new Error(`no sheet ${name} (sheets: ${book.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
}

/** A visible sheet with nothing in it: no cell, no merge, nothing hidden. */
export function emptySheet(name: string): SheetSnapshot {
  return {
    name,
    visibility: "visible",
    range: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
    cells: [],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

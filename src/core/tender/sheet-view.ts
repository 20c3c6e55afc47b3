// A sheet snapshot as the table finder reads it: cells by 0-based position, merged areas (their value belongs to
// every cell they cover), hidden rows and columns, and whether a cell is one the bidder can type into.

import { parseRange } from "../workbook/address";
import { cellAt } from "../workbook/lookup";
import type { CellSnapshot, SheetSnapshot } from "../workbook/snapshot";

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One number per cell: a sheet has at most 16 384 columns. */
const cellKey = (row: number, column: number): number => row * 16_384 + column;

export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Merges by cell, keyed by cellKey (a number: the view asks for every cell of every line). */
  private readonly mergeAt = new Map<number, Merge>();
  private readonly hiddenRows: ReadonlySet<number>;
  private readonly hiddenColumns: ReadonlySet<number>;
  private visible?: readonly number[];
  private knownLocks?: boolean;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.range.row;
    this.lastRow = sheet.range.row + sheet.range.rowCount - 1;
    this.firstColumn = sheet.range.column;
    this.lastColumn = sheet.range.column + sheet.range.columnCount - 1;
    this.hiddenRows = new Set(sheet.hiddenRows);
    this.hiddenColumns = new Set(sheet.hiddenColumns);
    for (const text of sheet.merges) {
      const range = parseRange(text);
      if (!range) continue;
      const merge = {
        top: range.start.row,
        left: range.start.column,
        bottom: range.end.row,
        right: range.end.column,
      };
      // Only cells inside the used range matter; a merge of a whole row would otherwise cost 16 384 entries.
      for (let row = merge.top; row <= Math.min(merge.bottom, this.lastRow); row++)
        for (let column = merge.left; column <= Math.min(merge.right, this.lastColumn); column++)
          this.mergeAt.set(cellKey(row, column), merge);
    }
  }

  cell(row: number, column: number): CellSnapshot {
    return cellAt(this.sheet, row, column);
  }

  /** The merged area covering a cell, if any. */
  merge(row: number, column: number): Merge | undefined {
    return this.mergeAt.size === 0 ? undefined : this.mergeAt.get(cellKey(row, column));
  }

  /** A cell covered by a merge but not its top-left cell: nothing can be typed there. */
  isMergeInterior(row: number, column: number): boolean {
    const merge = this.merge(row, column);
    return merge !== undefined && (merge.top !== row || merge.left !== column);
  }

  /** The text shown in a cell: a merged area shows its top-left value everywhere it covers. */
  shownText(row: number, column: number): string {
    const merge = this.merge(row, column);
    return this.ownText(merge ? merge.top : row, merge ? merge.left : column);
  }

  /** The cell's own value as text, trimmed ("" when empty); numbers as JavaScript writes them ("1.1"). */
  ownText(row: number, column: number): string {
    return this.rawText(row, column).trim();
  }

  /** The cell's own value as text, exactly as stored. */
  rawText(row: number, column: number): string {
    const value = this.cell(row, column).value;
    if (value.type === "text") return value.value;
    if (value.type === "number" || value.type === "boolean") return String(value.value);
    return "";
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  isHiddenColumn(column: number): boolean {
    return this.hiddenColumns.has(column);
  }

  /** Visible columns of the used range, left to right. */
  visibleColumns(): readonly number[] {
    if (!this.visible) {
      const out: number[] = [];
      for (let column = this.firstColumn; column <= this.lastColumn; column++)
        if (!this.isHiddenColumn(column)) out.push(column);
      this.visible = out;
    }
    return this.visible;
  }

  /** The texts of a row's visible cells, merged areas counted once (at their top-left cell). */
  rowTexts(row: number): { column: number; text: string }[] {
    return this.visibleColumns()
      .filter((column) => !this.isMergeInterior(row, column))
      .map((column) => ({ column, text: this.ownText(row, column) }))
      .filter((entry) => entry.text !== "");
  }

  /**
   * A cell the bidder can type a price into: no formula, not inside a merge, empty or holding a number (or a
   * price typed as text), and editable (unlocked when the sheet is protected).
   */
  isInput(row: number, column: number): boolean {
    if (this.isMergeInterior(row, column)) return false;
    const cell = this.cell(row, column);
    if (cell.formula) return false;
    if (this.sheet.protected === true && this.locksKnown() && cell.locked !== false) return false;
    const value = cell.value;
    if (value.type === "text") return /^\s*\d[\d\s.,]*\s*(€|eur)?\s*$/i.test(value.value);
    return value.type === "empty" || value.type === "number";
  }

  /**
   * Whether the door could tell locked cells from unlocked ones (the Office.js door cannot before ExcelApi 1.9):
   * when it could not, protection says nothing about which cells are to be typed into.
   */
  private locksKnown(): boolean {
    this.knownLocks ??= this.sheet.cells.some((row) => row.some((cell) => cell.locked !== undefined));
    return this.knownLocks;
  }

  hasFormula(row: number, column: number): boolean {
    return this.cell(row, column).formula !== undefined;
  }
}

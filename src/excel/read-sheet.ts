// One sheet as read by either path of readSnapshot (read.ts, read-whole.ts): the loaded proxies → a SheetSnapshot.

import type { DefinedNameSnapshot, SheetSnapshot, SheetVisibility } from "../core/workbook";
import { type Block, blockCells, stripSheet } from "./read-cells";
import { type PivotDetails, pivotSnapshots } from "./read-pivots";
import { type TableDetails, tableSnapshots } from "./read-tables";

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** What the frame sync loads of one sheet. */
export interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  /** Absent when the host cannot list pivot tables (ExcelApi 1.3). */
  readonly pivots?: Excel.PivotTableCollection;
}

export interface SheetContents {
  readonly blocks: Block[];
  readonly tables: TableDetails[];
  readonly pivots: PivotDetails[];
  merges?: Excel.RangeAreas;
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

export function definedNames(items: readonly Excel.NamedItem[], sheet?: string): DefinedNameSnapshot[] {
  return items.map((item) => ({
    name: item.name,
    ...(sheet ? { sheet } : {}),
    ref: item.formula.replace(/^=/, ""),
    ...(item.visible ? {} : { hidden: true }),
  }));
}

/** A sheet with its range read and its contents: empty when the range is null (or Excel's A1 of a blank sheet). */
export function sheetSnapshot(
  read: Pick<SheetRead, "sheet" | "range">,
  contents: SheetContents,
): SheetSnapshot {
  const pivotTables = pivotSnapshots(contents.pivots);
  const base = {
    name: read.sheet.name,
    visibility: VISIBILITY[read.sheet.visibility] ?? "visible",
    protected: read.sheet.protection.protected,
    tables: tableSnapshots(contents.tables),
    ...(pivotTables.length > 0 ? { pivotTables } : {}),
  };
  if (read.range.isNullObject) {
    const range = { row: 0, column: 0, rowCount: 0, columnCount: 0 };
    return { ...base, range, cells: [], merges: [], hiddenRows: [], hiddenColumns: [] };
  }
  const merges =
    contents.merges && !contents.merges.isNullObject
      ? contents.merges.address.split(",").map((area) => stripSheet(area.trim()))
      : [];
  return {
    ...base,
    range: {
      row: read.range.rowIndex,
      column: read.range.columnIndex,
      rowCount: read.range.rowCount,
      columnCount: read.range.columnCount,
    },
    cells: blockCells(contents.blocks),
    merges,
    hiddenRows: (contents.rows?.value ?? [])
      .filter((row) => row.rowHidden)
      .map((row) => row.rowIndex as number),
    hiddenColumns: (contents.columns?.value ?? [])
      .filter((column) => column.columnHidden)
      .map((column) => column.columnIndex as number),
  };
}

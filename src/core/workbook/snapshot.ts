// Read model: what a door can tell about a range of a sheet, as plain data. Door-neutral: the xlsx door and the
// Office.js door both produce it, and the tender parser reads nothing else.

/** A cell's value, typed as the spreadsheet stores it. Dates are numbers (serial days) with a date format. */
export type CellValue =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  /** An error value as displayed, e.g. "#REF!", "#DIV/0!", "#N/A". */
  | { readonly type: "error"; readonly value: string }
  | { readonly type: "empty" };

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** One cell of a snapshot. Optional fields are absent when the door cannot know them or they are defaults. */
export interface CellSnapshot {
  /** The cached or current value (for a formula, its last computed result; empty when unknown). */
  readonly value: CellValue;
  /** Formula text with its leading "=", in A1 style and English function names, e.g. "=ROUND(D12*E12,2)". */
  readonly formula?: string;
  /** Excel number format code, e.g. "#,##0.00 €"; absent means "General". */
  readonly numberFormat?: string;
  /** Solid fill colour as "RRGGBB" (uppercase), absent for no fill or when only a theme/indexed colour is known. */
  readonly fill?: string;
  /** Protection flag of the cell's style; Excel's default is locked, so absent means unknown. */
  readonly locked?: boolean;
}

/** A rectangle of a sheet: 0-based origin and size. `rowCount` or `columnCount` of 0 means an empty sheet. */
export interface RangeBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** The range covered by `cells`, usually the used range of the sheet. */
  readonly range: RangeBox;
  /**
   * Dense rows of cells: `cells[r][c]` is the cell at (range.row + r, range.column + c). Every row has
   * `range.columnCount` entries; empty cells are `{ value: { type: "empty" } }`.
   */
  readonly cells: readonly (readonly CellSnapshot[])[];
  /** Merged areas as A1 ranges, e.g. "A9:F9". */
  readonly merges: readonly string[];
  /** 0-based indexes of hidden rows and hidden columns (within or beyond `range`). */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** True when sheet protection is on; absent when unknown. */
  readonly protected?: boolean;
  /** Excel tables (list objects) of the sheet; absent when the door cannot tell. */
  readonly tables?: readonly TableSnapshot[];
  /** Pivot tables of the sheet; absent when there are none or the door cannot tell. */
  readonly pivotTables?: readonly PivotTableSnapshot[];
}

/** A pivot table: Excel rewrites the cells of its range at every refresh, so nothing typed there would stay. */
export interface PivotTableSnapshot {
  readonly name: string;
  /** A1 range the pivot table covers, e.g. "F3:G8". */
  readonly range: string;
}

/** An Excel table on a sheet. Its header cells must keep their column names, or Excel repairs the file. */
export interface TableSnapshot {
  readonly name: string;
  /** A1 range of the whole table, header and totals rows included, e.g. "A12:H40". */
  readonly range: string;
  /** False when the table has no header row (`headerRowCount="0"`). */
  readonly hasHeader: boolean;
  /** True when the table ends with a totals row. */
  readonly hasTotals: boolean;
  /** Column names, left to right, as the table part declares them. */
  readonly columns: readonly string[];
}

/** A defined name; `sheet` is set for names scoped to one sheet. `ref` is the formula without "=", e.g. "BPU!$D$12:$D$40". */
export interface DefinedNameSnapshot {
  readonly name: string;
  readonly sheet?: string;
  readonly ref: string;
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** The file name or document title, for messages. */
  readonly source: string;
  /** Every sheet in workbook order, hidden ones included. */
  readonly sheets: readonly SheetSnapshot[];
  readonly names: readonly DefinedNameSnapshot[];
}

export const EMPTY_VALUE: CellValue = Object.freeze({ type: "empty" });
export const EMPTY_CELL: CellSnapshot = Object.freeze({ value: EMPTY_VALUE });

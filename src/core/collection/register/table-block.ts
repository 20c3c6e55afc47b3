// A table of the register from data: a header row of column names, one row per item, an Excel table (with its
// autofilter) over them, and the columns' widths. Texts from grids are written as text, never as formulas, and
// clipped to what a cell holds.

import { excelSerialOfIsoDate } from "../../date-text";
import { columnLetters } from "../../workbook/address";
import type { CellPlan, CellWrite, ColumnPlan, TablePlan } from "../../workbook/plan";
import { REGISTER_STYLE } from "./styles";

/** Excel's limit on a cell's text. */
const CELL_TEXT_LIMIT = 32_767;

export type CellValue = string | number | null | { readonly formula: string };

export interface Column<R> {
  readonly header: string;
  readonly width: number;
  readonly style: string;
  readonly value: (row: R) => CellValue;
}

export interface Block {
  readonly cells: CellPlan[];
  readonly table: TablePlan;
  readonly columns: ColumnPlan[];
  /** The last row of the table (1-based). */
  readonly lastRow: number;
}

export function clip(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : `${text.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

export function writeOf(value: CellValue): CellWrite {
  if (value === null || value === "") return { kind: "empty" };
  if (typeof value === "string") return { kind: "text", value: clip(value) };
  if (typeof value === "number") return { kind: "number", value };
  return { kind: "formula", formula: value.formula };
}

/** A day as ISO text ("2027-06-30") as an Excel date (its serial, shown by the date style); other text as it is. */
export function dateValue(iso: string): CellValue {
  return excelSerialOfIsoDate(iso) ?? iso;
}

export function cellPlan(cell: string, value: CellValue, style?: string): CellPlan {
  return { cell, write: writeOf(value), ...(style ? { style } : {}) };
}

/**
 * The table with its header on row `top` (1-based) starting in column A. A table needs one row under its header:
 * with no item, one empty row is kept.
 */
export function tableBlock<R>(
  name: string,
  top: number,
  columns: readonly Column<R>[],
  rows: readonly R[],
): Block {
  const letters = columns.map((_, index) => columnLetters(index));
  const cells: CellPlan[] = columns.map((column, index) =>
    cellPlan(`${letters[index]}${top}`, column.header, REGISTER_STYLE.header),
  );
  rows.forEach((row, offset) => {
    columns.forEach((column, index) =>
      cells.push(cellPlan(`${letters[index]}${top + 1 + offset}`, column.value(row), column.style)),
    );
  });
  const lastRow = top + Math.max(rows.length, 1);
  return {
    cells,
    table: { name, range: `A${top}:${letters[letters.length - 1]}${lastRow}` },
    columns: columns.map((column, index) => ({ column: letters[index], width: column.width })),
    lastRow,
  };
}

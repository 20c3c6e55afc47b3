// The columns of a bid's price table, by role. Another engineer's table finder will give the letters; until then
// callers pass them. The bid and the original schedule are read with the same letters: a bidder must not insert
// columns, and the table finder reports it when one did.

import { cellOf } from "../workbook/lookup";
import type { CellSnapshot, SheetSnapshot } from "../workbook/snapshot";

export const COLUMN_ROLES = [
  "ref",
  "designation",
  "unit",
  "quantity",
  "priceHt",
  "vat",
  "priceTtc",
  "amountHt",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column letters by role; only the price HT column is required. */
export type BidColumns = { readonly priceHt: string } & {
  readonly [R in Exclude<ColumnRole, "priceHt">]?: string;
};

/** One line's cells by role (absent when the table has no such column). */
export type LineCells = { readonly [R in ColumnRole]?: CellSnapshot };

/** Columns the buyer writes and the bidder must leave as they are (L2152-1: an altered offer may be irregular). */
export const FIXED_ROLES: readonly ColumnRole[] = ["ref", "designation", "unit", "quantity"];

/** The cells of row `row` (1-based) of a sheet, for the columns given. */
export function lineCellsOf(sheet: SheetSnapshot, columns: BidColumns, row: number): LineCells {
  const cells: Partial<Record<ColumnRole, CellSnapshot>> = {};
  for (const role of COLUMN_ROLES) {
    const column = columns[role];
    if (column !== undefined) cells[role] = cellOf(sheet, `${column}${row}`);
  }
  return cells;
}

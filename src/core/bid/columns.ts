// The columns of a bid's price table, by the role a line check gives each: the table finder's header roles
// (src/core/tender: "price_ht", "amount"…, what a header says) become the bid rules' roles here, in one place. The
// bid and the original schedule are read with the same letters: a bidder must not insert columns, and the table
// finder reports it when one did.

import type { TenderColumns } from "../tender/summary";
import type { Basis } from "../variant/model";
import { columnIndex } from "../workbook/address";
import { EMPTY_CELL, type CellSnapshot, type SheetSnapshot } from "../workbook/snapshot";

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

/** The column a bid's unit price is read from: the table's HT price, else its TTC price (a table asking TTC only). */
export function bidPriceColumn(columns: TenderColumns): string | undefined {
  return columns.price_ht ?? columns.price_ttc;
}

/**
 * A table's columns in the bid rules' roles, the unit price read from `priceColumn`. When that price is HT, the TTC
 * column is checked against HT × rate and, unless the table's basis is TTC, the amount against quantity × HT; a
 * table asking TTC only has its TTC column checked as the price, with neither.
 */
export function bidColumnsOf(columns: TenderColumns, basis: Basis | null, priceColumn: string): BidColumns {
  const asksHt = columns.price_ht !== undefined && priceColumn !== columns.price_ttc;
  const optional: Partial<Record<Exclude<ColumnRole, "priceHt">, string | undefined>> = {
    ref: columns.ref,
    designation: columns.designation,
    unit: columns.unit,
    quantity: columns.quantity,
    vat: columns.vat,
    priceTtc: asksHt ? columns.price_ttc : undefined,
    amountHt: asksHt && basis !== "TTC" ? columns.amount : undefined,
  };
  const present = Object.entries(optional).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return { priceHt: priceColumn, ...Object.fromEntries(present) };
}

/** Each role the table has, with its column as a 0-based index (undefined for letters beyond XFD): read once. */
export type ColumnIndexes = readonly (readonly [ColumnRole, number | undefined])[];

export function columnIndexesOf(columns: BidColumns): ColumnIndexes {
  return COLUMN_ROLES.flatMap((role) => {
    const column = columns[role];
    return column === undefined ? [] : [[role, columnIndex(column)] as const];
  });
}

/** The cells of row `row` (1-based) of a sheet, at the columns given; outside the sheet's range they are empty. */
export function lineCellsAt(sheet: SheetSnapshot, columns: ColumnIndexes, row: number): LineCells {
  const cells: Partial<Record<ColumnRole, CellSnapshot>> = {};
  const { range } = sheet;
  const rowCells = sheet.cells[row - 1 - range.row];
  for (const [role, column] of columns)
    cells[role] = (column === undefined ? undefined : rowCells?.[column - range.column]) ?? EMPTY_CELL;
  return cells;
}

/** The cells of row `row` (1-based) of a sheet, for the columns given. */
export function lineCellsOf(sheet: SheetSnapshot, columns: BidColumns, row: number): LineCells {
  return lineCellsAt(sheet, columnIndexesOf(columns), row);
}

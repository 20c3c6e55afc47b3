// Where the price table is, in the original and in the bid: the original's table found by the table finder and read
// as the tender mapping reads it, the bid's sheet of the same name and its own table, and what the bidder changed in
// the table's frame (a column inserted or moved, a header changed).

import {
  bidColumnsOf,
  bidFinding,
  bidPriceColumn,
  messageValue,
  originalTable,
  sameValue,
  type BidColumns,
  type OriginalTable,
} from "../core/bid";
import type { Finding } from "../core/findings";
import { findPriceTable, tableColumns, type PriceTable, type TenderColumns } from "../core/tender";
import { columnIndex, columnLetters, formatCell } from "../core/workbook/address";
import { cellOf, sheetOf } from "../core/workbook/lookup";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { bidTableFinding } from "./check-bid-findings";
import { mapTender, type MapTenderResult, type TenderMapping } from "./map-tender";

export interface TableInput {
  /** The schedule as the buyer handed it out. */
  readonly original: WorkbookSnapshot;
  /** The bid: the same workbook, filled by a bidder. */
  readonly bid: WorkbookSnapshot;
  /** The original's sheet to read; by default the one where prices are typed. */
  readonly sheet?: string;
}

/** Rows of the table below its header (1-based): up to the first total after the last line, else the sheet's end. */
export function tableSpan(table: PriceTable, sheet: SheetSnapshot): { first: number; last: number } {
  const header = table.headerRows[table.headerRows.length - 1];
  const lines = table.rows.filter((row) => row.kind === "line").map((row) => row.row);
  const lastLine = lines.length > 0 ? Math.max(...lines) : header;
  const total = table.rows.find((row) => row.kind === "total" && row.row > lastLine);
  const end = sheet.range.row + sheet.range.rowCount - 1;
  return { first: header + 2, last: (total ? total.row - 1 : end) + 1 };
}

/** The original's table, read once: every bid checked against it (a comparison checks thirty) reads it as is. */
export interface LocatedOriginal {
  readonly mapping: TenderMapping;
  readonly table: PriceTable;
  readonly columns: BidColumns;
  readonly original: SheetSnapshot;
  /** The table's rows below its header, up to its total, and those rows read in the bid rules' roles. */
  readonly span: { readonly first: number; readonly last: number };
  readonly rows: OriginalTable;
}

/** The original's table, read; the bid's sheet of the same name, and its own table when the finder sees one. */
export interface Located extends LocatedOriginal {
  readonly bid: SheetSnapshot;
  readonly bidTable?: PriceTable;
}

/** The original's price table, or why no bid can be checked against it. */
export function locateOriginal(book: WorkbookSnapshot, sheet?: string): LocatedOriginal | Finding[] {
  return locateMapped(book, mapTender({ book, ...(sheet ? { sheet } : {}) }));
}

/** locateOriginal on the tender mapping already made of the original (a comparison reads its lines from it too). */
export function locateMapped(
  book: WorkbookSnapshot,
  { mapping, findings }: MapTenderResult,
): LocatedOriginal | Finding[] {
  const table = mapping ? findPriceTable(book, mapping.sheet).table : undefined;
  const price = mapping ? bidPriceColumn(mapping.columns) : undefined;
  const columns = mapping && price ? bidColumnsOf(mapping.columns, mapping.basis, price) : null;
  const original = mapping ? sheetOf(book, mapping.sheet) : undefined;
  if (!mapping || !table || !columns || !original) return [...findings];
  const span = tableSpan(table, original);
  const rows = originalTable({ sheet: original, firstRow: span.first, lastRow: span.last }, columns);
  return { mapping, table, columns, original, span, rows };
}

/** The bid's sheet holding the original's table, and the bid's own table, or why the bid cannot be checked. */
export function locateBid(located: LocatedOriginal, input: TableInput): Located | Finding[] {
  const bid = sheetOf(input.bid, located.mapping.sheet);
  if (!bid) return [bidTableFinding("bid.sheet.missing", input, located.mapping.sheet)];
  const bidTable = findPriceTable(input.bid, bid.name).table;
  return { ...located, bid, ...(bidTable ? { bidTable } : {}) };
}

/** The columns of the bid's table, when the bidder inserted, removed or moved one: an error that stops the check. */
export function movedColumns(located: Located, input: TableInput): Finding | null {
  const { mapping, bidTable } = located;
  if (!bidTable) return null;
  const theirs = tableColumns(bidTable, mapping.basis);
  const ours = mapping.columns;
  const roles = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])] as (keyof TenderColumns)[];
  const position = (role: keyof TenderColumns) => columnIndex(ours[role] ?? theirs[role] ?? "") ?? 0;
  const moved = roles
    .filter((role) => ours[role] !== theirs[role])
    .sort((a, b) => position(a) - position(b))[0];
  if (moved === undefined) return null;
  return bidTableFinding("bid.table.columns", input, located.bid.name, {
    original: ours[moved] ?? "—",
    changed: theirs[moved] ?? "—",
  });
}

/** Header texts the bidder changed (the table still recognised): each an error at its cell, like a designation. */
export function changedHeader(located: Located, file: string): Finding[] {
  const { table, bidTable, original, bid } = located;
  if (!bidTable) return [];
  const shift =
    bidTable.headerRows[bidTable.headerRows.length - 1] - table.headerRows[table.headerRows.length - 1];
  return table.headerRows.flatMap((row) =>
    [...table.header.keys()].flatMap((column) => {
      const ours = cellOf(original, { row, column });
      const theirs = cellOf(bid, { row: row + shift, column });
      if (sameValue(ours, theirs)) return [];
      const cell = formatCell({ row: row + shift, column });
      const params = {
        column: columnLetters(column),
        original: messageValue(ours),
        value: messageValue(theirs),
      };
      return [bidFinding("bid.cell.changed", "error", { file, sheet: bid.name, cell }, params)];
    }),
  );
}

// A bid made in the buyer's own workbook: the original's price table read at the same place in the bid (rows
// aligned by their texts, so a row the bidder inserted shifts nothing), every line checked by the core's bid
// rules, each unit price read as the bidder typed it. A workbook that is not a copy of this schedule is refused.

import {
  bidderName,
  checkBidLine,
  checkBidSheetOn,
  columnIndexesOf,
  lineCellsAt,
  originalTable,
  sameValue,
  type CheckedLine,
  type ColumnIndexes,
  type OriginalTable,
} from "../../core/bid";
import type { Finding } from "../../core/findings";
import type { VatCategory } from "../../core/grid/catalogue";
import { columnIndex } from "../../core/workbook/address";
import { cellOf, EMPTY_CELL, sheetOf, type SheetSnapshot, type WorkbookSnapshot } from "../../core/workbook";
import type { BidOutcome } from "./bid-reading";
import { comparisonFinding } from "./findings";
import { lineCategory, type ComparedTender, type TenderLine } from "./tender";

const lastRowOf = (sheet: SheetSnapshot) => sheet.range.row + sheet.range.rowCount;

/** The original's price sheet as every bid is read against it: read once per comparison, not once per bid. */
export interface OriginalSheet {
  readonly sheet: SheetSnapshot;
  readonly table: OriginalTable;
  readonly columns: ColumnIndexes;
  readonly expectedVat: Readonly<Record<number, VatCategory>>;
}

function expectedVat(tender: ComparedTender): Record<number, VatCategory> {
  const out: Record<number, VatCategory> = {};
  for (const line of tender.lines) {
    const category = lineCategory(line);
    if (category) out[line.row] = category;
  }
  return out;
}

export function originalSheetOf(tender: ComparedTender, originalBook: WorkbookSnapshot): OriginalSheet {
  const sheet = sheetOf(originalBook, tender.sheet) as SheetSnapshot;
  const rows = { sheet, firstRow: tender.headerRow + 1, lastRow: lastRowOf(sheet) };
  return {
    sheet,
    table: originalTable(rows, tender.columns),
    columns: columnIndexesOf(tender.columns),
    expectedVat: expectedVat(tender),
  };
}

/** A line the sheet check did not take as priced (its own rule differs): its price cell read at the same row. */
function lineAtSameRow(
  tender: ComparedTender,
  sheets: { readonly original: OriginalSheet; readonly bid: SheetSnapshot; readonly file: string },
  line: TenderLine,
) {
  const { original, bid, file } = sheets;
  const checked = checkBidLine({
    file,
    sheet: bid.name,
    row: line.row,
    columns: tender.columns,
    bid: lineCellsAt(bid, original.columns, line.row),
    original: lineCellsAt(original.sheet, original.columns, line.row),
  });
  return { unitHt: checked.unitHt, bidRow: line.row, findings: checked.findings };
}

/** Most designations of the original found at their aligned rows: the bid is a copy of this schedule. */
function sameSchedule(
  tender: ComparedTender,
  original: SheetSnapshot,
  bid: SheetSnapshot,
  rows: readonly (number | null)[],
): boolean {
  const letters = tender.columns.designation ?? tender.columns.ref;
  if (letters === undefined) return true;
  const column = columnIndex(letters);
  const at = (sheet: SheetSnapshot, row: number) =>
    column === undefined ? EMPTY_CELL : cellOf(sheet, { row: row - 1, column });
  const kept = tender.lines.filter((line, index) => {
    const row = rows[index];
    if (row === null) return false;
    return sameValue(at(original, line.row), at(bid, row));
  }).length;
  return kept * 2 >= tender.lines.length;
}

/** The bid's prices on the original's lines, with the core's findings; or its refusal (another schedule). */
export function readWorkbookBid(
  tender: ComparedTender,
  original: OriginalSheet,
  file: string,
  book: WorkbookSnapshot,
): BidOutcome {
  const bid = sheetOf(book, tender.sheet);
  const other = comparisonFinding(
    "compare.bid.otherSchedule",
    "error",
    { file },
    { file, sheet: tender.sheet },
  );
  if (!bid) return { refused: true, findings: [other] };
  const firstRow = tender.headerRow + 1;
  const sheetCheck = checkBidSheetOn(original.table, {
    file,
    columns: tender.columns,
    bid: { sheet: bid, firstRow, lastRow: Math.max(lastRowOf(original.sheet), lastRowOf(bid)) },
    expectedVat: original.expectedVat,
  });
  const byRow = new Map<number, CheckedLine>(sheetCheck.lines.map((line) => [line.originalRow, line]));
  const findings: Finding[] = [...sheetCheck.findings];
  const lines = tender.lines.map((line) => {
    const checked = byRow.get(line.row);
    if (checked) return checked;
    const read = lineAtSameRow(tender, { original, bid, file }, line);
    findings.push(...read.findings);
    return { originalRow: line.row, bidRow: read.bidRow, unitHt: read.unitHt };
  });
  const rows = lines.map((line) => line.bidRow);
  if (!sameSchedule(tender, original.sheet, bid, rows)) return { refused: true, findings: [other] };
  return {
    unit: lines.map((line) => line.unitHt),
    priceCells: rows.map((row) =>
      row === null ? null : { sheet: bid.name, cell: `${tender.columns.priceHt}${row}` },
    ),
    bidder: bidderName(book, bid.name, tender.headerRow - 1),
    findings,
  };
}

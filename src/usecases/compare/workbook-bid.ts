// A bid made in the buyer's own workbook: the original's price table read at the same place in the bid (rows
// aligned by their texts, so a row the bidder inserted shifts nothing), every line checked by the core's bid
// rules, each unit price read as the bidder typed it. A workbook that is not a copy of this schedule is refused.

import {
  bidderName,
  checkBidLine,
  checkBidSheet,
  lineCellsOf,
  sameValue,
  type CheckedLine,
} from "../../core/bid";
import type { Finding } from "../../core/findings";
import type { VatCategory } from "../../core/grid/catalogue";
import { cellOf, sheetOf, type SheetSnapshot, type WorkbookSnapshot } from "../../core/workbook";
import type { BidOutcome } from "./bid-reading";
import { comparisonFinding } from "./findings";
import { lineCategory, type ComparedTender, type TenderLine } from "./tender";

const lastRowOf = (sheet: SheetSnapshot) => sheet.range.row + sheet.range.rowCount;

function expectedVat(tender: ComparedTender): Record<number, VatCategory> {
  const out: Record<number, VatCategory> = {};
  for (const line of tender.lines) {
    const category = lineCategory(line);
    if (category) out[line.row] = category;
  }
  return out;
}

/** A line the sheet check did not take as priced (its own rule differs): its price cell read at the same row. */
function lineAtSameRow(
  tender: ComparedTender,
  sheets: { readonly original: SheetSnapshot; readonly bid: SheetSnapshot; readonly file: string },
  line: TenderLine,
) {
  const { columns } = tender;
  const { original, bid, file } = sheets;
  const checked = checkBidLine({
    file,
    sheet: bid.name,
    row: line.row,
    columns,
    bid: lineCellsOf(bid, columns, line.row),
    original: lineCellsOf(original, columns, line.row),
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
  const column = tender.columns.designation ?? tender.columns.ref;
  if (column === undefined) return true;
  const kept = tender.lines.filter((line, index) => {
    const row = rows[index];
    if (row === null) return false;
    return sameValue(cellOf(original, `${column}${line.row}`), cellOf(bid, `${column}${row}`));
  }).length;
  return kept * 2 >= tender.lines.length;
}

/** The bid's prices on the original's lines, with the core's findings; or its refusal (another schedule). */
export function readWorkbookBid(
  tender: ComparedTender,
  originalBook: WorkbookSnapshot,
  file: string,
  book: WorkbookSnapshot,
): BidOutcome {
  const original = sheetOf(originalBook, tender.sheet) as SheetSnapshot;
  const bid = sheetOf(book, tender.sheet);
  const other = comparisonFinding(
    "compare.bid.otherSchedule",
    "error",
    { file },
    { file, sheet: tender.sheet },
  );
  if (!bid) return { refused: true, findings: [other] };
  const firstRow = tender.headerRow + 1;
  const lastRow = Math.max(lastRowOf(original), lastRowOf(bid));
  const sheetCheck = checkBidSheet({
    file,
    columns: tender.columns,
    original: { sheet: original, firstRow, lastRow },
    bid: { sheet: bid, firstRow, lastRow },
    expectedVat: expectedVat(tender),
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
  if (!sameSchedule(tender, original, bid, rows)) return { refused: true, findings: [other] };
  return {
    unitHt: lines.map((line) => line.unitHt),
    priceCells: rows.map((row) =>
      row === null ? null : { sheet: bid.name, cell: `${tender.columns.priceHt}${row}` },
    ),
    bidder: bidderName(book, bid.name, tender.headerRow - 1),
    findings,
  };
}

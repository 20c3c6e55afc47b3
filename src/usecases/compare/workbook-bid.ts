// A bid made in the buyer's own workbook, read exactly as `grille check` reads it (checkBidOn: the bid's own table
// located, so a row inserted above the header or a column inserted, moved or removed is seen; the header's texts;
// rows aligned by their texts, so an inserted row shifts nothing; every line checked by the core's bid rules; every
// formula of the original looked for), and each unit price as the bidder typed it, on the original's lines. A
// workbook that is not a copy of this schedule is refused, and so is one whose columns moved: its prices could only
// be read in the wrong cells.

import {
  bidderName,
  checkBidLine,
  columnIndexesOf,
  lineCellsAt,
  type CheckedLine,
  type ColumnIndexes,
} from "../../core/bid";
import type { Finding } from "../../core/findings";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/workbook";
import { sheetOf } from "../../core/workbook";
import { checkBidOn } from "../check-bid";
import type { LocatedOriginal } from "../check-bid-table";
import type { BidOutcome } from "./bid-reading";
import { comparisonFinding } from "./findings";
import type { ComparedTender, TenderLine } from "./tender";

/** The original as every bid is read against it: its table located once per comparison, not once per bid. */
export interface OriginalSheet {
  readonly book: WorkbookSnapshot;
  readonly located: LocatedOriginal;
  readonly columns: ColumnIndexes;
}

export function originalSheetOf(
  tender: ComparedTender,
  book: WorkbookSnapshot,
  located: LocatedOriginal,
): OriginalSheet {
  return { book, located, columns: columnIndexesOf(tender.columns) };
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
    original: lineCellsAt(original.located.original, original.columns, line.row),
  });
  return { unitHt: checked.unitHt, bidRow: line.row, findings: checked.findings };
}

/** The check's findings under the bid's name as the buyer gave it. */
const inFile =
  (file: string) =>
  (finding: Finding): Finding => ({
    ...finding,
    location: { ...finding.location, file },
  });

/** The bid's prices on the original's lines, with the check's findings; or its refusal (another schedule, a column moved). */
export function readWorkbookBid(
  tender: ComparedTender,
  original: OriginalSheet,
  file: string,
  book: WorkbookSnapshot,
): BidOutcome {
  const other = comparisonFinding(
    "compare.bid.otherSchedule",
    "error",
    { file },
    { file, sheet: tender.sheet },
  );
  const checked = checkBidOn(original.located, { original: original.book, bid: book });
  if (checked.kind === "unusable") return { refused: true, findings: [other] };
  const moved = checked.findings.find((finding) => finding.code === "bid.table.columns");
  if (moved) return { refused: true, findings: [inFile(file)(moved)] };
  const bid = sheetOf(book, checked.sheet) as SheetSnapshot;
  const byRow = new Map<number, CheckedLine>(checked.lines.map((line) => [line.originalRow, line]));
  const findings: Finding[] = checked.findings.map(inFile(file));
  const lines = tender.lines.map((line) => {
    const found = byRow.get(line.row);
    if (found) return found;
    const read = lineAtSameRow(tender, { original, bid, file }, line);
    findings.push(...read.findings);
    return { originalRow: line.row, bidRow: read.bidRow, unitHt: read.unitHt };
  });
  return {
    unit: lines.map((line) => line.unitHt),
    priceCells: lines.map((line) =>
      line.bidRow === null ? null : { sheet: bid.name, cell: `${tender.columns.priceHt}${line.bidRow}` },
    ),
    bidder: bidderName(book, bid.name, tender.headerRow - 1),
    findings,
  };
}

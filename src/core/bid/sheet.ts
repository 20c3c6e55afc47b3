// checkBidSheet: a bid's price table against the buyer's original — rows added or removed, then every rule of
// checkBidLine on each priced line, paired with its original row even when the bidder shifted rows.

import type { Finding } from "../findings";
import type { VatCategory } from "../grid/catalogue";
import type { Cents } from "../money/cents";
import type { SheetSnapshot } from "../workbook/snapshot";
import { messageValue, rowKeyText } from "./cell-values";
import { columnIndexesOf, lineCellsAt, type BidColumns, type LineCells } from "./columns";
import { bidFinding } from "./findings";
import { checkBidLine } from "./line";
import { alignRows, type RowKey } from "./rows";

/** The rows of a sheet that hold the price table, header excluded (1-based, inclusive). */
export interface TableRows {
  readonly sheet: SheetSnapshot;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface BidSheetInput {
  /** The bid's file name, for locations. */
  readonly file?: string;
  readonly columns: BidColumns;
  readonly original: TableRows;
  readonly bid: TableRows;
  /** The VAT category each priced line should be billed in, by original row, when known. */
  readonly expectedVat?: Readonly<Record<number, VatCategory>>;
}

export interface CheckedLine {
  /** The line's row in the original schedule (1-based). */
  readonly originalRow: number;
  /** Its row in the bid, or null when the bidder removed it. */
  readonly bidRow: number | null;
  readonly unitHt: Cents | null;
}

/** A row of the original (1-based) and the row of the bid it was aligned with. */
export type RowPair = readonly [original: number, bid: number];

export interface BidSheetResult {
  /** Every priced line of the original, in order: the unit prices the comparison takes. */
  readonly lines: readonly CheckedLine[];
  readonly findings: readonly Finding[];
  /** Every row of the original with a ref or a designation that is in the bid, with its bid row, in order. */
  readonly pairedRows: readonly RowPair[];
}

interface TableRow {
  readonly row: number;
  readonly cells: LineCells;
  readonly key: RowKey;
}

/** The original's table read once, for every bid checked against it (see originalTable). */
export interface OriginalTable {
  readonly rows: readonly TableRow[];
}

const isBlank = (value: string | number) => value === "";

/** Rows with a ref or a designation: priced lines, section titles and notes alike (all must stay). */
function tableRows(table: TableRows, columns: BidColumns): TableRow[] {
  const rows: TableRow[] = [];
  const indexes = columnIndexesOf(columns);
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const cells = lineCellsAt(table.sheet, indexes, row);
    const ref = messageValue(cells.ref);
    if (isBlank(ref) && isBlank(messageValue(cells.designation))) continue;
    rows.push({ row, cells, key: { key: rowKeyText([cells.ref, cells.designation]), ref: String(ref) } });
  }
  return rows;
}

/**
 * The rows of the original's price table, read once when many bids are checked against the same original: the
 * same as checkBidSheet reads from `original` itself. Rows past the original's last row are blank, so the table
 * read up to its own end serves a bid whose sheet goes further.
 */
export function originalTable(original: TableRows, columns: BidColumns): OriginalTable {
  return { rows: tableRows(original, columns) };
}

/**
 * A priced line of the original: its price cell is not a formula and it has a unit or a numeric quantity (section
 * titles have neither). Without unit and quantity columns every row with a text is a priced line.
 */
function isPriced(row: TableRow, columns: BidColumns): boolean {
  if (row.cells.priceHt?.formula !== undefined) return false;
  if (columns.unit === undefined && columns.quantity === undefined) return true;
  const hasUnit = !isBlank(messageValue(row.cells.unit));
  return hasUnit || row.cells.quantity?.value.type === "number";
}

function rowText(row: TableRow): string {
  return [row.cells.ref, row.cells.designation]
    .map((cell) => String(messageValue(cell)).trim())
    .filter((text) => text !== "")
    .join(" ");
}

export function checkBidSheet(input: BidSheetInput): BidSheetResult {
  return checkBidSheetOn(originalTable(input.original, input.columns), input);
}

/** checkBidSheet with the original's table already read by originalTable. */
export function checkBidSheetOn(
  table: OriginalTable,
  input: Omit<BidSheetInput, "original">,
): BidSheetResult {
  const { columns } = input;
  const original = table.rows;
  const bid = tableRows(input.bid, columns);
  const alignment = alignRows(
    original.map((row) => row.key),
    bid.map((row) => row.key),
  );
  const where = { ...(input.file !== undefined ? { file: input.file } : {}), sheet: input.bid.sheet.name };
  const textColumn = columns.designation ?? columns.ref ?? columns.priceHt;
  const findings: Finding[] = [
    ...alignment.removed.map((index) =>
      bidFinding("bid.row.removed", "error", where, {
        row: original[index].row,
        text: rowText(original[index]),
      }),
    ),
    ...alignment.added.map((index) =>
      bidFinding(
        "bid.row.added",
        "error",
        { ...where, cell: `${textColumn}${bid[index].row}` },
        { row: bid[index].row, text: rowText(bid[index]) },
      ),
    ),
  ];
  const bidOf: (TableRow | undefined)[] = [];
  for (const [o, b] of alignment.pairs) bidOf[o] = bid[b];
  const lines: CheckedLine[] = [];
  for (const [index, row] of original.entries()) {
    if (!isPriced(row, columns)) continue;
    const match = bidOf[index];
    if (!match) {
      lines.push({ originalRow: row.row, bidRow: null, unitHt: null });
      continue;
    }
    const checked = checkBidLine({
      file: input.file,
      sheet: where.sheet,
      row: match.row,
      columns,
      bid: match.cells,
      original: row.cells,
      expectedVat: input.expectedVat?.[row.row],
    });
    if (checked.findings.length > 0) findings.push(...checked.findings);
    lines.push({ originalRow: row.row, bidRow: match.row, unitHt: checked.unitHt });
  }
  const pairedRows = alignment.pairs.map(([o, b]): RowPair => [original[o].row, bid[b].row]);
  return { lines, findings, pairedRows };
}

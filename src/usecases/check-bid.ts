// Use case: check a bid against the buyer's original schedule, line by line — for a buyer who received it, or for a
// caterer before sending it. The original's price table is found by the table finder and read as the tender
// mapping reads it; the same table of the bid is checked by the core's bid rules (src/core/bid), every formula of
// the original is looked for in the bid, and with the caterer's grid each price is compared with the grid's.

import {
  alignedRowOf,
  gridPrice,
  replacedFormulas,
  stalePrice,
  type BidColumns,
  type CheckedLine,
  checkBidSheetOn,
  type FormulaSheet,
} from "../core/bid";
import type { Finding } from "../core/findings";
import type { MessageKey } from "../i18n";
import type { Grid, VatCategory } from "../core/grid";
import { variantCategories } from "../core/schedule";
import type { PriceTable } from "../core/tender";
import { columnIndex, columnLetters } from "../core/workbook/address";
import { cellOf, sheetOf } from "../core/workbook/lookup";
import type { SheetSnapshot } from "../core/workbook/snapshot";
import { bidTableFinding, sortedBidFindings } from "./check-bid-findings";
import {
  changedHeader,
  locateBid,
  locateOriginal,
  movedColumns,
  tableSpan,
  type LocatedOriginal,
  type TableInput,
} from "./check-bid-table";
import type { MappedLine, TenderMapping } from "./map-tender";

/** The schedule as the buyer handed it out, the bid (the same workbook filled by a bidder), the sheet to read. */
export interface CheckBidInput extends TableInput {
  /** The caterer's grid: prices that are not the grid's are reported (stale prices). */
  readonly grid?: Grid;
  /**
   * Who reads the findings: the buyer who received the bid (by default: what to ask the bidder), or the bidder who
   * checks its own bid before sending it (what to correct). The facts, codes and cells are the same.
   */
  readonly reader?: "buyer" | "bidder";
}

/** The findings a bidder reads in its own words (src/i18n/messages/bidOwn.ts); the others read the same to both. */
const FOR_BIDDER: Partial<Record<MessageKey, MessageKey>> = {
  "bid.price.missing": "bid.own.price.missing",
  "bid.price.text": "bid.own.price.text",
  "bid.price.unreadable": "bid.own.price.unreadable",
  "bid.price.negative": "bid.own.price.negative",
  "bid.price.decimals": "bid.own.price.decimals",
  "bid.price.tooLarge": "bid.own.price.tooLarge",
  "bid.price.notAmount": "bid.own.price.notAmount",
  "bid.ttc.mismatch": "bid.own.ttc.mismatch",
  "bid.vat.unusual": "bid.own.vat.unusual",
  "bid.amount.mismatch": "bid.own.amount.mismatch",
  "bid.cell.changed": "bid.own.cell.changed",
  "bid.formula.replaced": "bid.own.formula.replaced",
  "bid.row.added": "bid.own.row.added",
  "bid.row.removed": "bid.own.row.removed",
};

function worded(findings: readonly Finding[], reader: CheckBidInput["reader"]): Finding[] {
  if (reader !== "bidder") return [...findings];
  return findings.map((finding) => {
    const own = FOR_BIDDER[finding.messageKey];
    return own ? { ...finding, messageKey: own } : finding;
  });
}

export type BidCheck =
  /** Nothing could be checked: the original has no price table, or the bid is not an answer to it. */
  | { readonly kind: "unusable"; readonly findings: readonly Finding[] }
  | {
      readonly kind: "checked";
      readonly bid: string;
      readonly tender: string;
      readonly sheet: string;
      /** Every priced line of the original, with its bid row and the unit price read. */
      readonly lines: readonly CheckedLine[];
      /** Lines whose price was compared with the grid (0 without a grid). */
      readonly gridLines: number;
      readonly findings: readonly Finding[];
    };

/** The VAT category each mapped line should be billed in, by row: its part, or its variant's only category. */
function expectedVat(lines: readonly MappedLine[]): Record<number, VatCategory> {
  const out: Record<number, VatCategory> = {};
  for (const line of lines) {
    const part = line.priceCells[0]?.part;
    const categories = line.variant ? variantCategories(line.variant) : [];
    if (part) out[line.row] = part;
    else if (categories.length === 1) out[line.row] = categories[0];
  }
  return out;
}

/** Prices that are not the grid's, at the bid's price cell. */
function staleFindings(
  grid: Grid,
  mapping: TenderMapping,
  checked: readonly CheckedLine[],
  where: { file: string; sheet: string; column: string },
): { findings: Finding[]; compared: number } {
  const byRow = new Map(checked.map((line) => [line.originalRow, line]));
  const findings: Finding[] = [];
  let compared = 0;
  for (const line of mapping.lines) {
    const bid = byRow.get(line.row);
    const cell = line.priceCells.find((price) => price.cell.startsWith(where.column)) ?? line.priceCells[0];
    if (!line.variant || !bid || bid.bidRow === null || bid.unitHt === null) continue;
    const expected = gridPrice(grid, {
      variant: line.variant,
      basis: cell?.basis ?? mapping.basis ?? "HT",
      ...(cell?.part ? { part: cell.part } : {}),
    });
    if (expected === null) continue;
    compared += 1;
    const place = { file: where.file, sheet: where.sheet, cell: `${where.column}${bid.bidRow}` };
    findings.push(...stalePrice(place, bid.unitHt, expected));
  }
  return { findings, compared };
}

/** Priced lines renamed or missing; more than half of them, and the bid answers another schedule. */
function strayLines(lines: readonly CheckedLine[], findings: readonly Finding[]): number {
  const renamed = findings.filter(
    (finding) => finding.code === "bid.cell.changed" && finding.params?.column === "designation",
  ).length;
  return renamed + lines.filter((line) => line.bidRow === null).length;
}

/** A column as a message names it: its role (translated), else its header text, else its letter. */
function columnNamer(columns: BidColumns, table: PriceTable, originalSheet: SheetSnapshot) {
  const roleOf = new Map(Object.entries(columns).map(([role, letter]) => [columnIndex(letter), role]));
  return (sheet: string, column: number): string => {
    if (sheet !== originalSheet.name) return columnLetters(column);
    const role = roleOf.get(column);
    if (role) return role;
    const texts = table.headerRows.map((row) => cellOf(originalSheet, { row, column }).value);
    const header = texts.map((value) => (value.type === "text" ? value.value : "")).join(" ");
    return header.replace(/\s+/g, " ").trim() || columnLetters(column);
  };
}

function formulaSheets(
  input: CheckBidInput,
  table: { original: SheetSnapshot; bid: SheetSnapshot; rowOf: FormulaSheet["rowOf"] },
): FormulaSheet[] {
  const others = input.original.sheets.flatMap((original): FormulaSheet[] => {
    const bid = sheetOf(input.bid, original.name);
    if (original.name === table.original.name || !bid) return [];
    return [{ original, bid, rowOf: (row) => row }];
  });
  return [table, ...others];
}

/** Every check of the bid against the original, each finding at the bid's cell. */
export function checkBid(input: CheckBidInput): BidCheck {
  const original = locateOriginal(input.original, input.sheet);
  if (Array.isArray(original)) return { kind: "unusable", findings: original };
  return checkBidOn(original, input);
}

/** checkBid against the original's table already located (`locateOriginal`): a comparison locates it once. */
export function checkBidOn(prepared: LocatedOriginal, input: CheckBidInput): BidCheck {
  const located = locateBid(prepared, input);
  if (Array.isArray(located)) return { kind: "unusable", findings: located };
  const { mapping, table, columns, original, bid } = located;
  const base = {
    kind: "checked" as const,
    bid: input.bid.source,
    tender: input.original.source,
    sheet: bid.name,
  };
  const moved = movedColumns(located, input);
  if (moved) return { ...base, lines: [], gridLines: 0, findings: [moved] };
  // A header the finder no longer recognises was changed by the bidder: said, then the lines are checked in the
  // original's columns (a column moved would have been recognised and stopped above).
  const header = located.bidTable
    ? changedHeader(located, input.bid.source)
    : [bidTableFinding("bid.table.header", input, bid.name, { row: mapping.headerRow })];
  const ours = located.span;
  const theirs = located.bidTable ? tableSpan(located.bidTable, bid) : ours;
  const sheet = checkBidSheetOn(located.rows, {
    file: input.bid.source,
    columns,
    bid: { sheet: bid, firstRow: theirs.first, lastRow: theirs.last },
    expectedVat: expectedVat(mapping.lines),
  });
  const stray = strayLines(sheet.lines, sheet.findings);
  if (2 * stray > sheet.lines.length) {
    const params = { count: stray, total: sheet.lines.length };
    return { kind: "unusable", findings: [bidTableFinding("bid.table.mismatch", input, bid.name, params)] };
  }
  const where = { file: input.bid.source, sheet: bid.name, column: columns.priceHt };
  const stale = input.grid ? staleFindings(input.grid, mapping, sheet.lines, where) : null;
  const removed = new Set(sheet.lines.filter((line) => line.bidRow === null).map((line) => line.originalRow));
  const rowOf = alignedRowOf(sheet.pairedRows, removed, theirs.first - ours.first);
  const reported = new Set(
    sheet.findings
      .filter((finding) => finding.code === "bid.formula.replaced")
      .map((finding) => `${finding.location?.sheet}!${finding.location?.cell}`),
  );
  const formulas = replacedFormulas({
    file: input.bid.source,
    sheets: formulaSheets(input, { original, bid, rowOf }),
    reported,
    columnName: columnNamer(columns, table, original),
  });
  const findings = [...header, ...sheet.findings, ...(stale?.findings ?? []), ...formulas];
  return {
    ...base,
    lines: sheet.lines,
    gridLines: stale?.compared ?? 0,
    findings: worded(sortedBidFindings(findings, input.bid), input.reader),
  };
}

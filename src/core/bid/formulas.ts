// A buyer's formula typed over anywhere in the bid, beyond the columns the line checks know: the totals under the
// table, an amount TTC column, a DQE sheet computed from the BPU. Every formula of the original is looked for in
// the bid's cell where its row went (rows follow the alignment of the price table; other sheets keep their rows).

import type { Finding } from "../findings";
import { formatCell } from "../workbook/address";
import { cellOf } from "../workbook/lookup";
import type { SheetSnapshot } from "../workbook/snapshot";
import { messageValue } from "./cell-values";
import { bidFinding } from "./findings";
import type { RowPair } from "./sheet";

/** One sheet of the original, the bid's sheet of the same name, and where each original row (1-based) went. */
export interface FormulaSheet {
  readonly original: SheetSnapshot;
  readonly bid: SheetSnapshot;
  /** The bid's row for an original row, or null when the bidder removed it. */
  rowOf(row: number): number | null;
}

export interface ReplacedFormulasInput {
  readonly file?: string;
  readonly sheets: readonly FormulaSheet[];
  /** Cells already reported ("BPU!F15"), left out so a cell is never reported twice. */
  readonly reported: ReadonlySet<string>;
  /** How a column (0-based) of a sheet is named in the message: a column role, a header, or its letter. */
  columnName(sheet: string, column: number): string;
}

/**
 * Where the rows of the price table went: a paired row to its bid row; a removed row to null; any other row (a
 * blank row, the totals below) moves as the closest paired row above it did, or as the header did above the table.
 */
export function alignedRowOf(
  pairs: readonly RowPair[],
  removed: ReadonlySet<number>,
  headerShift: number,
): (row: number) => number | null {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const exact = new Map(sorted);
  return (row) => {
    if (removed.has(row)) return null;
    const bidRow = exact.get(row);
    if (bidRow !== undefined) return bidRow;
    let shift = headerShift;
    for (const [original, bid] of sorted) {
      if (original > row) break;
      shift = bid - original;
    }
    return row + shift;
  };
}

function sheetFindings(input: ReplacedFormulasInput, sheet: FormulaSheet): Finding[] {
  const findings: Finding[] = [];
  const { original, bid } = sheet;
  original.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.formula === undefined) return;
      const row = sheet.rowOf(original.range.row + r + 1);
      if (row === null) return;
      const column = original.range.column + c;
      const address = formatCell({ row: row - 1, column });
      const typed = cellOf(bid, address);
      if (typed.formula !== undefined || input.reported.has(`${bid.name}!${address}`)) return;
      const place = {
        ...(input.file !== undefined ? { file: input.file } : {}),
        sheet: bid.name,
        cell: address,
      };
      const params = {
        column: input.columnName(original.name, column),
        formula: cell.formula,
        value: messageValue(typed),
      };
      findings.push(bidFinding("bid.formula.replaced", "warning", place, params));
    }),
  );
  return findings;
}

/** Each formula of the original that the bid holds as a typed value (or blank), at the bid's cell. */
export function replacedFormulas(input: ReplacedFormulasInput): Finding[] {
  return input.sheets.flatMap((sheet) => sheetFindings(input, sheet));
}

// The fill plan: of the cells a caller wants to fill in a buyer's workbook, which may be written, decided once from
// a snapshot. The file door and the Excel door both write exactly the plan's edits, so they refuse the same cells
// for the same reasons, and neither holds a rule of its own.

import type { Finding, Severity } from "../findings";
import { formatCell, parseCell } from "./address";
import { RULES, indexSheet, type FillRefusalReason, type Refusal, type SheetIndex } from "./fill-rules";
import { cellOf, sheetOf } from "./lookup";
import type { CellEdit, FillPlan, FillRefusal } from "./plan";
import { sheetsToRecalculate } from "./recalculated";
import type { WorkbookSnapshot } from "./snapshot";

export interface FillOptions {
  /** Replace cells that already hold a value; without it they are kept and reported. */
  readonly overwrite?: boolean;
}

/** A kept value is the protective default the caller can lift, not a mistake: a warning, not an error. */
const SEVERITY: Readonly<Record<FillRefusalReason, Severity>> = {
  sheetMissing: "error",
  badAddress: "error",
  badValue: "error",
  textTooLong: "error",
  formulaCell: "error",
  insideMerge: "error",
  tableHeader: "error",
  tableTotals: "error",
  pivotTable: "error",
  lockedCell: "error",
  notEmpty: "warning",
};

/** The refusal keeps the caller's edit as given; its finding names the sheet and cell as the workbook has them. */
function refusalOf(
  file: string,
  edit: CellEdit,
  at: { sheet: string; cell: string },
  refusal: Refusal,
): FillRefusal {
  const code = `workbook.fill.${refusal.reason}` as const;
  const finding: Finding = {
    code,
    severity: SEVERITY[refusal.reason],
    location: { file, ...at },
    messageKey: code,
    params: { file, ...at, ...refusal.params },
  };
  return { edit, finding };
}

/** The edit as the doors write it: the sheet's own name, "D14", and an empty text as a cleared cell. */
function normalized(edit: CellEdit, sheet: string, cell: string): CellEdit {
  const value = edit.value === "" ? null : edit.value;
  return { sheet, cell, value, ...(edit.asText && typeof value === "number" ? { asText: true } : {}) };
}

/**
 * Decides which of `wanted` may be written in the workbook `book` describes. Refused, each with a finding naming
 * the file, sheet and cell and saying what to do: a missing sheet, a malformed address, a value that is not a
 * finite number, text or boolean, text over Excel's 32 767 characters, a formula cell (every cell of an array
 * formula included), a cell inside a merged area other than its first, a table's header or totals-row cell, a
 * cell of a pivot table, a locked cell of a protected sheet, and a cell that already holds a value unless `overwrite`. Edits are taken in
 * order: an earlier edit of the plan counts as the cell's value for a later one.
 */
export function buildFillPlan(
  book: WorkbookSnapshot,
  wanted: readonly CellEdit[],
  options: FillOptions = {},
): FillPlan {
  const edits: CellEdit[] = [];
  const refused: FillRefusal[] = [];
  const indexes = new Map<string, SheetIndex>();
  /** Whether each cell already written by this plan holds a value afterwards, keyed "Sheet!D14". */
  const planned = new Map<string, boolean>();
  for (const edit of wanted) {
    const sheet = sheetOf(book, edit.sheet);
    if (!sheet) {
      const at = { sheet: String(edit.sheet), cell: String(edit.cell) };
      refused.push(refusalOf(book.source, edit, at, { reason: "sheetMissing" }));
      continue;
    }
    const ref = typeof edit.cell === "string" ? parseCell(edit.cell) : undefined;
    if (!ref) {
      const at = { sheet: sheet.name, cell: String(edit.cell) };
      refused.push(refusalOf(book.source, edit, at, { reason: "badAddress" }));
      continue;
    }
    const accepted = normalized(edit, sheet.name, formatCell(ref));
    let index = indexes.get(sheet.name);
    if (!index) indexes.set(sheet.name, (index = indexSheet(sheet)));
    const cell = cellOf(sheet, ref);
    const key = `${sheet.name}!${accepted.cell}`;
    const holdsValue = planned.get(key) ?? cell.value.type !== "empty";
    const target = { edit: accepted, index, ref, cell, holdsValue, overwrite: options.overwrite === true };
    const refusal = RULES.reduce<Refusal | undefined>((found, rule) => found ?? rule(target), undefined);
    if (refusal)
      refused.push(refusalOf(book.source, edit, { sheet: sheet.name, cell: accepted.cell }, refusal));
    else {
      edits.push(accepted);
      planned.set(key, accepted.value !== null);
    }
  }
  const written = [...new Set(edits.map((edit) => edit.sheet))];
  return { edits, refused, recalculate: written.length === 0 ? [] : sheetsToRecalculate(book, written) };
}

// The rules of what may be filled in a buyer's workbook, one function per rule, checked in the order of RULES: the
// first rule that refuses names the reason. Each looks at one wanted edit and what the snapshot says of its cell.

import type { MessageParams } from "../../i18n/types";
import { formatCell, formatRange, parseRange, rangeContains, type CellRef, type RangeRef } from "./address";
import type { CellEdit } from "./plan";
import type { CellSnapshot, PivotTableSnapshot, SheetSnapshot, TableSnapshot } from "./snapshot";

/** Why an edit is refused; the finding's code and message key are `workbook.fill.<reason>`. */
export type FillRefusalReason =
  | "sheetMissing"
  | "badAddress"
  | "badValue"
  | "textTooLong"
  | "formulaCell"
  | "insideMerge"
  | "tableHeader"
  | "tableTotals"
  | "pivotTable"
  | "lockedCell"
  | "notEmpty";

/** Excel's limit on the characters of one cell: a longer text makes Excel repair the file. */
export const MAX_CELL_TEXT = 32_767;

/** A sheet's merges and tables, parsed once for all the edits of a plan. */
export interface SheetIndex {
  readonly sheet: SheetSnapshot;
  readonly merges: readonly RangeRef[];
  readonly tables: readonly { readonly table: TableSnapshot; readonly range: RangeRef }[];
  readonly pivots: readonly { readonly pivot: PivotTableSnapshot; readonly range: RangeRef }[];
}

/** One wanted edit on a sheet that exists, at a valid address. */
export interface Target {
  readonly edit: CellEdit;
  readonly index: SheetIndex;
  readonly ref: CellRef;
  readonly cell: CellSnapshot;
  /** True when the cell holds a value: as the snapshot says, or as an earlier edit of the same plan leaves it. */
  readonly holdsValue: boolean;
  readonly overwrite: boolean;
}

export interface Refusal {
  readonly reason: FillRefusalReason;
  readonly params?: MessageParams;
}

export function indexSheet(sheet: SheetSnapshot): SheetIndex {
  const parsed = (range: string) => parseRange(range);
  return {
    sheet,
    merges: sheet.merges.map(parsed).filter((range): range is RangeRef => range !== undefined),
    tables: (sheet.tables ?? []).flatMap((table) => {
      const range = parsed(table.range);
      return range ? [{ table, range }] : [];
    }),
    pivots: (sheet.pivotTables ?? []).flatMap((pivot) => {
      const range = parsed(pivot.range);
      return range ? [{ pivot, range }] : [];
    }),
  };
}

function isWritableValue(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  return typeof value === "number" && Number.isFinite(value);
}

const sameCell = (a: CellRef, b: CellRef) => a.row === b.row && a.column === b.column;

/** Values a cell can hold: finite numbers, text, booleans, or nothing (NaN and Infinity have no cell form). */
function valueRule({ edit }: Target): Refusal | undefined {
  return isWritableValue(edit.value) ? undefined : { reason: "badValue" };
}

function textLengthRule({ edit }: Target): Refusal | undefined {
  return typeof edit.value === "string" && edit.value.length > MAX_CELL_TEXT
    ? { reason: "textTooLong" }
    : undefined;
}

/** Every cell of an array formula carries it in the snapshot, so one test covers them all. */
function formulaRule({ cell }: Target): Refusal | undefined {
  return cell.formula !== undefined ? { reason: "formulaCell" } : undefined;
}

/** Only the top-left cell of a merged area holds its value; the others are hidden under it. */
function mergeRule({ index, ref }: Target): Refusal | undefined {
  const merge = index.merges.find((range) => rangeContains(range, ref) && !sameCell(range.start, ref));
  if (!merge) return undefined;
  return { reason: "insideMerge", params: { merge: formatRange(merge), anchor: formatCell(merge.start) } };
}

/** A header cell must keep its column's name (Excel repairs the file otherwise); the totals row is Excel's. */
function tableRule({ index, ref }: Target): Refusal | undefined {
  for (const { table, range } of index.tables) {
    if (!rangeContains(range, ref)) continue;
    if (table.hasHeader && ref.row === range.start.row) {
      const column = table.columns[ref.column - range.start.column] ?? "";
      return { reason: "tableHeader", params: { table: table.name, column } };
    }
    if (table.hasTotals && ref.row === range.end.row)
      return { reason: "tableTotals", params: { table: table.name } };
  }
  return undefined;
}

/** A pivot table's cells are Excel's: a refresh rewrites them, so a price typed there would be lost. */
function pivotRule({ index, ref }: Target): Refusal | undefined {
  const found = index.pivots.find(({ range }) => rangeContains(range, ref));
  return found ? { reason: "pivotTable", params: { pivot: found.pivot.name } } : undefined;
}

/** On a protected sheet only unlocked cells take input; Excel's default, when the snapshot cannot tell, is locked. */
function lockRule({ index, cell }: Target): Refusal | undefined {
  return index.sheet.protected === true && cell.locked !== false ? { reason: "lockedCell" } : undefined;
}

function emptyRule({ holdsValue, overwrite }: Target): Refusal | undefined {
  return holdsValue && !overwrite ? { reason: "notEmpty" } : undefined;
}

/** In order: what the value is, then what the cell is, then what it holds. The first refusal wins. */
export const RULES: readonly ((target: Target) => Refusal | undefined)[] = [
  valueRule,
  textLengthRule,
  formulaRule,
  mergeRule,
  tableRule,
  pivotRule,
  lockRule,
  emptyRule,
];

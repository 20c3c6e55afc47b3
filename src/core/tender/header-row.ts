// Finding the header row of a price table: the row whose cells name a designation and a price, anywhere in the
// first rows; a second header row above it counts (merged "Prix unitaire" over "HT" | "TTC").

import { roleOfHeader, type ColumnRole } from "./headers";
import type { SheetView } from "./sheet-view";

/** How far down a header may sit: cover blocks of 40 rows are seen, a whole schedule is not rescanned. */
export const HEADER_SCAN_ROWS = 200;

export interface HeaderCell {
  readonly role: ColumnRole;
  /** The header text the role was read from (both rows when the lower one only qualifies the upper one). */
  readonly text: string;
}

export interface HeaderFound {
  /** 0-based row of the (lower) header row. */
  readonly row: number;
  /** 0-based rows the header spans, top first. */
  readonly rows: readonly number[];
  readonly cells: ReadonlyMap<number, HeaderCell>;
}

const PRICE_ROLES: readonly ColumnRole[] = ["price_ht", "price_ttc", "price"];

/**
 * The upper cell's text, when it heads a group of columns ("Prix unitaire" merged over HT and TTC). A title band
 * merged across most of the sheet heads nothing: "Observations" under it stays a plain column.
 */
function groupTitle(view: SheetView, row: number, column: number): string {
  if (row <= view.firstRow) return "";
  const merge = view.merge(row - 1, column);
  const width = merge ? merge.right - merge.left + 1 : 1;
  if (merge && merge.bottom >= row) return "";
  return width * 2 <= view.visibleColumns().length ? view.shownText(row - 1, column) : "";
}

interface RowRoles {
  readonly cells: Map<number, HeaderCell>;
  readonly own: number;
  readonly usedUpper: boolean;
}

function rolesOfRow(view: SheetView, row: number): RowRoles {
  const cells = new Map<number, HeaderCell>();
  let own = 0;
  let usedUpper = false;
  for (const column of view.visibleColumns()) {
    const text = view.shownText(row, column);
    const role = text ? roleOfHeader(text) : undefined;
    if (role) {
      cells.set(column, { role, text });
      own += 1;
      continue;
    }
    const upper = groupTitle(view, row, column);
    const combined = upper ? roleOfHeader(`${upper} ${text}`) : undefined;
    if (combined) {
      cells.set(column, { role: combined, text: `${upper} ${text}`.trim() });
      usedUpper = true;
    }
  }
  const merged = [...cells.keys()].some((column) => (view.merge(row, column)?.top ?? row) < row);
  return { cells, own, usedUpper: usedUpper || merged };
}

function isCandidate(roles: RowRoles): boolean {
  const found = [...roles.cells.values()].map((cell) => cell.role);
  return roles.own >= 2 && found.includes("designation") && found.some((role) => PRICE_ROLES.includes(role));
}

/** Distinct roles named: a richer header wins; at a tie, the topmost (a header repeated on every page). */
function score(roles: RowRoles): number {
  return new Set([...roles.cells.values()].map((cell) => cell.role)).size;
}

/** The header of the sheet's price table, or undefined when no row names a designation and a price. */
export function findHeader(view: SheetView): HeaderFound | undefined {
  let best: { row: number; roles: RowRoles; score: number } | undefined;
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS);
  for (let row = view.firstRow; row <= last; row++) {
    if (view.isHiddenRow(row)) continue;
    const roles = rolesOfRow(view, row);
    if (!isCandidate(roles)) continue;
    const value = score(roles);
    if (!best || value > best.score) best = { row, roles, score: value };
  }
  if (!best) return undefined;
  const rows = best.roles.usedUpper ? [best.row - 1, best.row] : [best.row];
  return { row: best.row, rows, cells: best.roles.cells };
}

/** A row that repeats the header (a header printed on every page, pasted into the sheet). */
export function repeatsHeader(view: SheetView, row: number, header: HeaderFound): boolean {
  let same = 0;
  for (const [column, cell] of header.cells) {
    const text = view.shownText(row, column);
    if (text && roleOfHeader(text) === cell.role) same += 1;
  }
  return same >= 2;
}

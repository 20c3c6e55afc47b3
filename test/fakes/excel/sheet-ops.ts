// Operations on a sheet's state shared by the range and worksheet fakes.

import { type Box, boxColumns, boxRows, cellKey, contains, intersects } from "./address";
import { FakeOfficeError, invalidArgument } from "./errors";
import { type FakeCell, type FakeSheet, emptyCell, formatOf } from "./state";

/** Refuses per-cell work on huge boxes (whole columns): the fake only models what the door may do per cell. */
const MAX_CELLS_PER_OPERATION = 2_000_000;

export function checkCellCount(box: Box, location: string): void {
  if (boxRows(box) * boxColumns(box) > MAX_CELLS_PER_OPERATION) {
    throw invalidArgument(location, "per-cell operation on a range larger than the fake models");
  }
}

export function cellOf(sheet: FakeSheet, row: number, column: number): FakeCell {
  return sheet.cells.get(cellKey(row, column)) ?? emptyCell();
}

/** Runs `change` on every cell of `box`, creating cells as needed. */
export function updateCells(
  sheet: FakeSheet,
  box: Box,
  change: (cell: FakeCell, r: number, c: number) => void,
): void {
  for (let row = box.top; row <= box.bottom; row += 1) {
    for (let column = box.left; column <= box.right; column += 1) {
      const key = cellKey(row, column);
      const cell = sheet.cells.get(key) ?? emptyCell();
      change(cell, row - box.top, column - box.left);
      sheet.cells.set(key, cell);
    }
  }
}

export function matrix<T>(sheet: FakeSheet, box: Box, read: (cell: FakeCell) => T): T[][] {
  checkCellCount(box, "Range.load");
  const rows: T[][] = [];
  for (let row = box.top; row <= box.bottom; row += 1) {
    const line: T[] = [];
    for (let column = box.left; column <= box.right; column += 1) line.push(read(cellOf(sheet, row, column)));
    rows.push(line);
  }
  return rows;
}

/** Office.js reports a format property of a multi-cell range as null when the cells differ. */
export function uniformFormat(sheet: FakeSheet, box: Box, path: string): unknown {
  const values = new Set(matrix(sheet, box, (cell) => formatOf(cell, path)).flat());
  return values.size === 1 ? [...values][0] : null;
}

const ACCESS_DENIED = "The cell or chart that you are trying to change is protected and therefore read-only.";

/**
 * A locked cell of a protected sheet refuses changes, as in Excel. Formats are refused on every cell of a protected
 * sheet, unlocked ones included, unless the protection allows formatting cells: Excel greys the format commands, and
 * VBA's NumberFormat raises error 1004 on an unlocked cell of such a sheet.
 */
export function guardProtection(sheet: FakeSheet, box: Box, location: string, formatting = false): void {
  if (!sheet.protection.protected) return;
  if (formatting) {
    if (sheet.protection.options.allowFormatCells === true) return;
    throw new FakeOfficeError("AccessDenied", ACCESS_DENIED, location);
  }
  checkCellCount(box, location);
  for (let row = box.top; row <= box.bottom; row += 1) {
    for (let column = box.left; column <= box.right; column += 1) {
      if (formatOf(cellOf(sheet, row, column), "protection.locked") !== false) {
        throw new FakeOfficeError("AccessDenied", ACCESS_DENIED, location);
      }
    }
  }
}

/**
 * A value typed into a pivot table's cell: Excel answers "Cannot change this part of a PivotTable report." The
 * error code Office.js gives is not documented; InvalidOperation is the fake's choice. A `null` (cell left alone)
 * is no change.
 */
export function guardPivotTables(
  sheet: FakeSheet,
  box: Box,
  rows: readonly unknown[][],
  location: string,
): void {
  for (const pivot of sheet.pivotTables) {
    if (!intersects(pivot.box, box)) continue;
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null && contains(pivot.box, box.top + r, box.left + c))
          throw new FakeOfficeError(
            "InvalidOperation",
            `Cannot change this part of a PivotTable report (${pivot.name}).`,
            location,
          );
      }),
    );
  }
}

/** The smallest box holding every non-empty cell (and, unless valuesOnly, every formatted cell). */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.kind !== "empty" || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [row, column] = key.split(",").map(Number);
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, column),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  }
  return box;
}

/** Merging absorbs merged areas it overlaps (Excel merges them all into the new area). */
export function addMerge(sheet: FakeSheet, box: Box, across: boolean): void {
  const areas: Box[] = across
    ? Array.from({ length: boxRows(box) }, (_, index) => ({
        ...box,
        top: box.top + index,
        bottom: box.top + index,
      }))
    : [box];
  const fresh = areas.filter((area) => boxColumns(area) * boxRows(area) > 1);
  sheet.merges = sheet.merges
    .filter((existing) => !fresh.some((area) => intersects(area, existing)))
    .concat(fresh);
  // Only the top-left cell of a merged area keeps its content.
  for (const area of fresh) {
    updateCells(sheet, area, (cell, r, c) => {
      if (r === 0 && c === 0) return;
      cell.kind = "empty";
      cell.value = "";
      delete cell.formula;
    });
  }
}

export function isInsideMerge(sheet: FakeSheet, row: number, column: number): boolean {
  return sheet.merges.some(
    (merge) => contains(merge, row, column) && !(merge.top === row && merge.left === column),
  );
}

export function normalizeColor(value: unknown, location: string): string {
  if (value === "") return "";
  if (typeof value !== "string" || !/^#?[0-9A-Fa-f]{6}$/.test(value)) {
    throw invalidArgument(location, `colour ${JSON.stringify(value)} (the fake accepts "#RRGGBB" only)`);
  }
  return `#${value.replace("#", "").toUpperCase()}`;
}

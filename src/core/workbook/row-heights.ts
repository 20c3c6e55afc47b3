// Row heights for wrapped text. A row without a height keeps one line in some programs (LibreOffice's print and PDF
// among them), so a wrapped text draws over the rows below it. Each row with wrapped text gets the height of its
// longest text, counted in lines at its column's width (or its merged area's, when merged across one row), the way a
// person would lay it out. A hidden column's text is never seen, so it never makes its row taller.

import { columnLetters, parseRange } from "./address";
import type { CellPlan, SheetPlan, StylePlan } from "./plan";

/** One line of 11-pt text, in points (Excel's default row height). */
const LINE_POINTS = 15;
/** Space above and below the text in a row, in points. */
const PADDING_POINTS = 3;
/**
 * Characters per unit of column width. The unit is the width of a "0" in Calibri 11; a wider substitute font
 * (DejaVu Sans, where Calibri and Carlito are missing) fits fewer: counting 0.8 keeps the rows tall enough for both.
 */
const CHARS_PER_WIDTH = 0.8;
const BOLD_FACTOR = 0.9;
const DEFAULT_WIDTH = 8.43;
const DEFAULT_SIZE = 11;

/** Lines a text takes when wrapped at `perLine` characters: greedy by words, a long word cut where it must be. */
export function wrappedLines(text: string, perLine: number): number {
  return text.split(/\r?\n/).reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((one) => one !== "")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    return total + lines;
  }, 0);
}

function columnOf(cell: string): string {
  return /^[A-Z]+/.exec(cell)?.[0] ?? "A";
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? "1");
}

/** Whether the cell is wrapped text: the only cells whose row may need more than one line. */
function wraps(cell: CellPlan, style: StylePlan | undefined): style is StylePlan {
  return style?.alignment?.wrapText === true && cell.write.kind === "text";
}

/** The height a wrapped text cell needs (see `wraps`). */
function neededHeight(cell: CellPlan, width: number, style: StylePlan | undefined): number | null {
  if (!wraps(cell, style) || cell.write.kind !== "text") return null;
  const size = style.font?.size ?? DEFAULT_SIZE;
  const factor = CHARS_PER_WIDTH * (style.font?.bold ? BOLD_FACTOR : 1) * (DEFAULT_SIZE / size);
  const lines = wrappedLines(cell.write.value, Math.max(1, Math.floor(width * factor)));
  return lines * LINE_POINTS * (size / DEFAULT_SIZE) + PADDING_POINTS;
}

/**
 * The width a text has in each cell that may wrap, by address: its column's, or for the first cell of an area merged
 * across one row, the sum of the area's columns. Cells hidden by a merge or in a hidden column, and first cells of
 * an area over several rows (its height is shared), have none.
 */
function textWidths(sheet: SheetPlan): (cell: string) => number | undefined {
  const columns = new Map((sheet.columns ?? []).map((column) => [column.column, column]));
  const widthOf = (letters: string) =>
    columns.get(letters)?.hidden ? 0 : (columns.get(letters)?.width ?? DEFAULT_WIDTH);
  const merged = new Map<string, number | undefined>();
  for (const range of sheet.merges ?? []) {
    const area = parseRange(range);
    if (!area) continue;
    const oneRow = area.start.row === area.end.row;
    let width = 0;
    for (let column = area.start.column; column <= area.end.column; column += 1)
      width += widthOf(columnLetters(column));
    merged.set(range.split(":")[0], oneRow && width > 0 ? width : undefined);
  }
  return (cell) => {
    if (merged.has(cell)) return merged.get(cell);
    const width = widthOf(columnOf(cell));
    return width > 0 ? width : undefined;
  };
}

/** The sheet with a height on every row whose wrapped text needs more than one line (never lower than given). */
export function fitRowHeights(sheet: SheetPlan, styles: Readonly<Record<string, StylePlan>>): SheetPlan {
  const widthOf = textWidths(sheet);
  const heights = new Map((sheet.rows ?? []).map((row) => [row.row, row.height ?? 0]));
  for (const cell of sheet.cells) {
    // A comparison's sheet holds tens of thousands of numbers and formulas: they are passed over first.
    const style = cell.style ? styles[cell.style] : undefined;
    if (!wraps(cell, style)) continue;
    const width = widthOf(cell.cell);
    if (width === undefined) continue;
    const needed = neededHeight(cell, width, style);
    if (needed === null || needed <= LINE_POINTS + PADDING_POINTS) continue;
    const row = rowOf(cell.cell);
    heights.set(row, Math.max(heights.get(row) ?? 0, needed));
  }
  const kept = new Map((sheet.rows ?? []).map((row) => [row.row, row]));
  const rows = [...heights.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, height]) => ({ ...kept.get(row), row, ...(height > 0 ? { height } : {}) }));
  return rows.length > 0 ? { ...sheet, rows } : sheet;
}

// Editing the cells of one <row> element: replace existing <c> elements, insert missing ones in column order.

import type { CellEdit } from "../core/workbook/plan";
import type { CellRef } from "../core/workbook/address";
import { formatCell, parseCell } from "../core/workbook/address";
import { cellXml } from "./cell-xml";
import { applyPatches } from "./patches";
import { findElement, findElements, parseAttributes, type XmlElement } from "./xml";

export interface RowEdit {
  readonly edit: CellEdit;
  readonly ref: CellRef;
}

type ColumnStyle = (column: number) => string | undefined;

interface ExistingCell {
  readonly column: number;
  readonly element: XmlElement;
}

function existingCells(inner: string): ExistingCell[] {
  let column = -1;
  return findElements(inner, "c").map((element) => {
    const ref = element.attributes.r !== undefined ? parseCell(element.attributes.r) : undefined;
    column = ref ? ref.column : column + 1;
    return { column, element };
  });
}

/** The row's own style applies to new cells when `customFormat` is set; otherwise the column's. */
function defaultStyle(rowAttributes: Record<string, string>, column: number, columnStyle: ColumnStyle) {
  const custom = rowAttributes.customFormat === "1" || rowAttributes.customFormat === "true";
  return custom && rowAttributes.s !== undefined ? rowAttributes.s : columnStyle(column);
}

/** A row's open tag with `spans` widened to cover new columns (spans is a hint, but must not lie). */
function openTag(prefix: string, attributes: string, columns: readonly number[]): string {
  const spans = /\bspans\s*=\s*"(\d+):(\d+)"/.exec(attributes);
  if (!spans || columns.length === 0) return `<${prefix}row${attributes}>`;
  const first = Math.min(Number(spans[1]), ...columns.map((c) => c + 1));
  const last = Math.max(Number(spans[2]), ...columns.map((c) => c + 1));
  return `<${prefix}row${attributes.replace(spans[0], `spans="${first}:${last}"`)}>`;
}

/** Later edits of the same cell win (a plan may write a cell twice when asked to overwrite). */
function lastPerColumn(edits: readonly RowEdit[]): Map<number, RowEdit> {
  const byColumn = new Map<number, RowEdit>();
  for (const edit of edits) byColumn.set(edit.ref.column, edit);
  return byColumn;
}

/**
 * The row with each edited cell replaced or inserted in column order. Which cells may be written is the fill plan's
 * decision; a formula cell reaching here means the plan was made from another file, and writing over it would leave
 * Excel a calculation chain to repair, so it is a programming error.
 */
export function editRow(
  prefix: string,
  slot: { readonly openAttributes: string; readonly inner: string | undefined },
  edits: readonly RowEdit[],
  columnStyle: ColumnStyle,
): string {
  const inner = slot.inner ?? "";
  const rowAttributes = parseAttributes(slot.openAttributes);
  const cells = existingCells(inner);
  const patches: [number, number, string][] = [];
  const newColumns: number[] = [];
  for (const [column, { edit, ref }] of [...lastPerColumn(edits)].sort((a, b) => a[0] - b[0])) {
    const cell = cells.find((candidate) => candidate.column === column);
    if (cell && findElement(cell.element.inner ?? "", "f"))
      throw new Error(`xlsx door: ${edit.sheet}!${edit.cell} holds a formula; the fill plan must refuse it`);
    const style = cell ? cell.element.attributes.s : defaultStyle(rowAttributes, column, columnStyle);
    const text = cellXml(prefix, formatCell(ref), style, edit);
    if (cell) patches.push([cell.element.start, cell.element.end, text]);
    else {
      const next = cells.find((candidate) => candidate.column > column);
      patches.push([
        next ? next.element.start : inner.length,
        next ? next.element.start : inner.length,
        text,
      ]);
      newColumns.push(column);
    }
  }
  const out = applyPatches(inner, patches);
  const attributes = slot.openAttributes.replace(/\s*\/$/, "");
  return `${openTag(prefix, attributes, newColumns)}${out}</${prefix}row>`;
}

/** A new <row> holding the edited cells, for a row the sheet XML does not have yet. */
export function rowXml(
  prefix: string,
  row: number,
  edits: readonly RowEdit[],
  columnStyle: ColumnStyle,
): string {
  const cells = [...lastPerColumn(edits).values()]
    .sort((a, b) => a.ref.column - b.ref.column)
    .map(({ edit, ref }) => cellXml(prefix, formatCell(ref), columnStyle(ref.column), edit));
  return `<${prefix}row r="${row + 1}">${cells.join("")}</${prefix}row>`;
}

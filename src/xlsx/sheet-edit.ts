// Editing target cells inside a worksheet's XML and nothing else: every byte outside the edited <c> elements
// (and the rows that receive a new cell) stays as it was.

import type { CellEdit, FillRefusal } from "../core/workbook/plan";
import { formatRange, parseCell, parseRange, rangeContains, type RangeRef } from "../core/workbook/address";
import { isWritableValue } from "./cell-xml";
import { elementPattern, findElement, findElements, parseAttributes } from "./xml";
import { applyPatches } from "./patches";
import { editRow, rowXml, type RowEdit } from "./row-edit";

export interface SheetEditResult {
  readonly xml: string;
  readonly written: readonly CellEdit[];
  readonly refused: readonly { readonly edit: CellEdit; readonly reason: FillRefusal }[];
}

interface RowSlot {
  readonly row: number;
  readonly start: number;
  readonly end: number;
  readonly openAttributes: string;
  readonly inner: string | undefined;
}

interface SheetLayout {
  readonly prefix: string;
  /** Offsets of the sheetData content (where rows live). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Text replacing `<sheetData/>` when the sheet has no rows yet ("" otherwise). */
  readonly selfClosing?: { readonly start: number; readonly end: number; readonly attributes: string };
  readonly rows: readonly RowSlot[];
  readonly merges: readonly RangeRef[];
  readonly arrayFormulas: readonly RangeRef[];
  readonly columnStyles: readonly { min: number; max: number; style: string }[];
}

function rowSlots(xml: string, contentStart: number, contentEnd: number): RowSlot[] {
  const rows: RowSlot[] = [];
  const pattern = elementPattern("row");
  pattern.lastIndex = contentStart;
  let previous = -1;
  for (let match = pattern.exec(xml); match && match.index < contentEnd; match = pattern.exec(xml)) {
    const attributes = parseAttributes(match[2]);
    previous = attributes.r !== undefined ? Number(attributes.r) - 1 : previous + 1;
    const end = match.index + match[0].length;
    rows.push({ row: previous, start: match.index, end, openAttributes: match[2], inner: match[3] });
  }
  return rows;
}

/** Space-separated A1 ranges ("A1:B2 D4") of several attributes, parsed; malformed ones are skipped. */
function rangesOf(refs: readonly (string | undefined)[]): RangeRef[] {
  return refs
    .flatMap((ref) => (ref ? ref.split(/\s+/).map((part) => parseRange(part)) : []))
    .filter((range): range is RangeRef => range !== undefined);
}

function columnStylesOf(xml: string): { min: number; max: number; style: string }[] {
  return findElements(findElement(xml, "cols")?.inner ?? "", "col")
    .filter((col) => col.attributes.style !== undefined)
    .map((col) => ({
      min: Number(col.attributes.min) - 1,
      max: Number(col.attributes.max) - 1,
      style: col.attributes.style ?? "0",
    }));
}

function layoutOf(xml: string): SheetLayout {
  const open = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])([^>]*?)(\/?)>/.exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const prefix = open[1];
  const contentStart = open.index + open[0].length;
  const selfClosing = open[3] === "/";
  const contentEnd = selfClosing ? contentStart : xml.indexOf(`</${prefix}sheetData`, contentStart);
  const merges = findElements(findElement(xml, "mergeCells")?.inner ?? "", "mergeCell");
  const arrayFormulas = findElements(xml.slice(contentStart, contentEnd), "f").filter(
    (f) => f.attributes.t === "array",
  );
  return {
    prefix,
    contentStart,
    contentEnd,
    ...(selfClosing ? { selfClosing: { start: open.index, end: contentStart, attributes: open[2] } } : {}),
    rows: rowSlots(xml, contentStart, contentEnd),
    merges: rangesOf(merges.map((merge) => merge.attributes.ref)),
    arrayFormulas: rangesOf(arrayFormulas.map((f) => f.attributes.ref)),
    columnStyles: columnStylesOf(xml),
  };
}

function refusalOf(edit: CellEdit, layout: SheetLayout): FillRefusal | undefined {
  const ref = parseCell(edit.cell);
  if (!ref) return "badAddress";
  if (!isWritableValue(edit.value)) return "badValue";
  const merge = layout.merges.find((range) => rangeContains(range, ref));
  if (merge && (merge.start.row !== ref.row || merge.start.column !== ref.column)) return "insideMerge";
  if (layout.arrayFormulas.some((range) => rangeContains(range, ref))) return "formulaCell";
  return undefined;
}

/**
 * Writes `edits` (all for this sheet) into the worksheet XML. Refuses, without writing, edits whose address is
 * malformed, whose value is not finite, that target a formula cell, or that fall inside a merge but not on its
 * top-left cell.
 */
export function editSheetXml(xml: string, edits: readonly CellEdit[]): SheetEditResult {
  const layout = layoutOf(xml);
  const { byRow, refused } = sortEdits(edits, layout);
  const patches: [number, number, string][] = [];
  const written: CellEdit[] = [];
  const columnStyle = (column: number) =>
    layout.columnStyles.find((span) => column >= span.min && column <= span.max)?.style;
  for (const [row, rowEdits] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const slot = layout.rows.find((candidate) => candidate.row === row);
    if (slot) {
      const result = editRow(layout.prefix, slot, rowEdits, columnStyle);
      refused.push(...result.refused);
      written.push(...result.written);
      patches.push([slot.start, slot.end, result.xml]);
    } else {
      // A new row goes before the first row below it; new rows at one offset stay in row order.
      const next = layout.rows.find((candidate) => candidate.row > row);
      const at = next ? next.start : layout.contentEnd;
      patches.push([at, at, rowXml(layout.prefix, row, rowEdits, columnStyle)]);
      written.push(...rowEdits.map((rowEdit) => rowEdit.edit));
    }
  }
  if (layout.selfClosing && patches.length > 0) {
    const { start, end, attributes } = layout.selfClosing;
    const rows = patches.map((patch) => patch[2]).join("");
    const data = `<${layout.prefix}sheetData${attributes}>${rows}</${layout.prefix}sheetData>`;
    return { xml: widenDimension(xml.slice(0, start) + data + xml.slice(end), written), written, refused };
  }
  return { xml: widenDimension(applyPatches(xml, patches), written), written, refused };
}

/** Refusals decided from the address alone, and the other edits grouped by row. */
function sortEdits(edits: readonly CellEdit[], layout: SheetLayout) {
  const refused: { edit: CellEdit; reason: FillRefusal }[] = [];
  const byRow = new Map<number, RowEdit[]>();
  for (const edit of edits) {
    const reason = refusalOf(edit, layout);
    const ref = parseCell(edit.cell);
    if (reason || !ref) refused.push({ edit, reason: reason ?? "badAddress" });
    else byRow.set(ref.row, [...(byRow.get(ref.row) ?? []), { edit, ref }]);
  }
  return { byRow, refused };
}

/** Keeps `<dimension ref>` covering every written cell (readers use it to size the used range). */
function widenDimension(xml: string, written: readonly CellEdit[]): string {
  const dimension = findElement(xml, "dimension");
  const range = dimension?.attributes.ref ? parseRange(dimension.attributes.ref) : undefined;
  if (!dimension || !range || written.length === 0) return xml;
  let { start, end } = range;
  for (const edit of written) {
    const ref = parseCell(edit.cell);
    if (!ref) continue;
    start = { row: Math.min(start.row, ref.row), column: Math.min(start.column, ref.column) };
    end = { row: Math.max(end.row, ref.row), column: Math.max(end.column, ref.column) };
  }
  const ref = formatRange({ start, end });
  if (ref === dimension.attributes.ref) return xml;
  const tag = xml
    .slice(dimension.start, dimension.end)
    .replace(/ref\s*=\s*("[^"]*"|'[^']*')/, `ref="${ref}"`);
  return xml.slice(0, dimension.start) + tag + xml.slice(dimension.end);
}

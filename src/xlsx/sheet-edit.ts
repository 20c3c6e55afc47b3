// Editing target cells inside a worksheet's XML and nothing else: every byte outside the edited <c> elements
// (and the rows that receive a new cell) stays as it was.

import type { CellEdit } from "../core/workbook/plan";
import { formatRange, parseCell, parseRange, rangeContains, type RangeRef } from "../core/workbook/address";
import { WorkbookReadError } from "./errors";
import { elementPattern, findElement, findElements, parseAttributes } from "./xml";
import { applyPatches } from "./patches";
import { editRow, rowXml, type RowEdit } from "./row-edit";

/** Where the sheet part comes from, for the message when it is damaged. */
export interface SheetPartOrigin {
  readonly file: string;
  readonly sheet: string;
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

function layoutOf(xml: string, origin: SheetPartOrigin): SheetLayout {
  const open = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])([^>]*?)(\/?)>/.exec(xml);
  // Every worksheet has <sheetData>, even an empty one: without it the part is cut or not a worksheet at all.
  if (!open) throw new WorkbookReadError("damaged", { file: origin.file, sheet: origin.sheet });
  const prefix = open[1];
  const contentStart = open.index + open[0].length;
  const selfClosing = open[3] === "/";
  const contentEnd = selfClosing ? contentStart : xml.indexOf(`</${prefix}sheetData`, contentStart);
  const content = xml.slice(contentStart, contentEnd);
  // Most sheets have no array formula: their (often thousands of) formulas are not parsed one by one for none.
  const arrayFormulas = /\bt\s*=\s*["']array["']/.test(content)
    ? findElements(content, "f").filter((f) => f.attributes.t === "array")
    : [];
  return {
    prefix,
    contentStart,
    contentEnd,
    ...(selfClosing ? { selfClosing: { start: open.index, end: contentStart, attributes: open[2] } } : {}),
    rows: rowSlots(xml, contentStart, contentEnd),
    arrayFormulas: rangesOf(arrayFormulas.map((f) => f.attributes.ref)),
    columnStyles: columnStylesOf(xml),
  };
}

/**
 * Writes `edits` (all for this sheet, all accepted by the fill plan) into the worksheet XML. A cell inside an array
 * formula's range cannot take a constant without breaking the array; the plan refuses those (the snapshot gives
 * each of them the formula), so one reaching here is a programming error.
 */
export function editSheetXml(xml: string, edits: readonly CellEdit[], origin: SheetPartOrigin): string {
  const layout = layoutOf(xml, origin);
  const byRow = editsByRow(edits, layout);
  const patches: [number, number, string][] = [];
  const columnStyle = (column: number) =>
    layout.columnStyles.find((span) => column >= span.min && column <= span.max)?.style;
  // A fill writes into most rows of a long schedule: rows are found by number, not searched for each edit.
  const slots = new Map<number, RowSlot>();
  for (const slot of layout.rows) if (!slots.has(slot.row)) slots.set(slot.row, slot);
  for (const [row, rowEdits] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const slot = slots.get(row);
    if (slot) patches.push([slot.start, slot.end, editRow(layout.prefix, slot, rowEdits, columnStyle)]);
    else {
      // A new row goes before the first row below it; new rows at one offset stay in row order.
      const next = layout.rows.find((candidate) => candidate.row > row);
      const at = next ? next.start : layout.contentEnd;
      patches.push([at, at, rowXml(layout.prefix, row, rowEdits, columnStyle)]);
    }
  }
  if (layout.selfClosing && patches.length > 0) {
    const { start, end, attributes } = layout.selfClosing;
    const rows = patches.map((patch) => patch[2]).join("");
    const data = `<${layout.prefix}sheetData${attributes}>${rows}</${layout.prefix}sheetData>`;
    return widenDimension(xml.slice(0, start) + data + xml.slice(end), edits);
  }
  return widenDimension(applyPatches(xml, patches), edits);
}

/** The edits grouped by 0-based row. */
function editsByRow(edits: readonly CellEdit[], layout: SheetLayout): Map<number, RowEdit[]> {
  const byRow = new Map<number, RowEdit[]>();
  for (const edit of edits) {
    const ref = parseCell(edit.cell);
    if (!ref)
      throw new Error(`xlsx door: "${edit.cell}" is not a cell address; the fill plan must refuse it`);
    if (layout.arrayFormulas.some((range) => rangeContains(range, ref)))
      throw new Error(
        `xlsx door: ${edit.sheet}!${edit.cell} is in an array formula; the fill plan must refuse it`,
      );
    byRow.set(ref.row, [...(byRow.get(ref.row) ?? []), { edit, ref }]);
  }
  return byRow;
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

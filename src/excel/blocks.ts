// Cell writes → rectangular blocks of 2-D arrays (null = leave the cell alone), each under a byte budget, so a
// block is one `range.numberFormat` + one `range.formulas` assignment. Pure: no Office calls here.

import { type CellPlan, type StylePlan, type CellRef, parseCell } from "../core/workbook";
import { cellProperties, hasRangeFormat } from "./styles";
import { TEXT_NUMBER_FORMAT, excelWouldReinterpret } from "./text";

export type CellInput = number | string | boolean | null;

export interface CellBlock {
  /** 0-based top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly formulas: readonly (readonly CellInput[])[];
  /** Absent when no cell of the block sets a number format. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Per-cell formats for `setCellProperties` (`{}` = unchanged); absent when not asked for or not needed. */
  readonly properties?: readonly (readonly Excel.SettableCellProperties[])[];
  /** Estimated request bytes of the two assignments. */
  readonly bytes: number;
  readonly cells: number;
}

interface Entry {
  readonly input: CellInput;
  readonly numberFormat: string | null;
  readonly properties: Excel.SettableCellProperties | null;
}

/** Fixed cost of a block's commands (object paths, property names) on top of its arrays. */
const BLOCK_OVERHEAD_BYTES = 256;
const NULL_BYTES = 5; // "null,"

function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length + 1;
}

/** What to put in `formulas` and `numberFormat` for one cell. Text Excel would reinterpret gets "@" first. */
export function cellEntry(
  plan: CellPlan,
  styles: Readonly<Record<string, StylePlan>>,
  withProperties = false,
): Entry {
  const style = plan.style ? styles[plan.style] : undefined;
  const properties = withProperties && style && hasRangeFormat(style) ? cellProperties(style) : null;
  return { ...contentOf(plan, style?.numberFormat ?? null), properties };
}

function contentOf(plan: CellPlan, styleFormat: string | null): Omit<Entry, "properties"> {
  const write = plan.write;
  switch (write.kind) {
    case "number":
      return { input: write.value, numberFormat: styleFormat };
    case "boolean":
      return { input: write.value, numberFormat: styleFormat };
    case "formula":
      return {
        input: write.formula.startsWith("=") ? write.formula : `=${write.formula}`,
        numberFormat: styleFormat,
      };
    case "text":
      return {
        input: write.value,
        numberFormat: excelWouldReinterpret(write.value) ? TEXT_NUMBER_FORMAT : styleFormat,
      };
    case "empty":
      return { input: "", numberFormat: styleFormat };
  }
}

/** Rows of entries by 0-based row, each row's entries by column; later writes to a cell win. */
function entriesByRow(
  cells: readonly CellPlan[],
  styles: Readonly<Record<string, StylePlan>>,
  withProperties: boolean,
): Map<number, Map<number, Entry>> {
  const rows = new Map<number, Map<number, Entry>>();
  for (const plan of cells) {
    const ref: CellRef | undefined = parseCell(plan.cell);
    if (!ref) throw new Error(`Excel door: bad cell address "${plan.cell}" in a plan`);
    const row = rows.get(ref.row) ?? new Map<number, Entry>();
    row.set(ref.column, cellEntry(plan, styles, withProperties));
    rows.set(ref.row, row);
  }
  return rows;
}

interface OpenBlock {
  top: number;
  left: number;
  right: number;
  rows: Map<number, Entry>[];
  contentBytes: number;
  cells: number;
  hasFormats: boolean;
  hasProperties: boolean;
}

function blockBytes(block: OpenBlock): number {
  const width = block.right - block.left + 1;
  const nulls = block.rows.length * width - block.cells;
  const arrays = 1 + (block.hasFormats ? 1 : 0) + (block.hasProperties ? 1 : 0);
  return BLOCK_OVERHEAD_BYTES + block.contentBytes + nulls * NULL_BYTES * arrays;
}

function close(block: OpenBlock): CellBlock {
  const width = block.right - block.left + 1;
  const line = <T>(row: Map<number, Entry>, pick: (entry: Entry) => T) =>
    Array.from({ length: width }, (_, index) => {
      const entry = row.get(block.left + index);
      return entry ? pick(entry) : null;
    });
  return {
    top: block.top,
    left: block.left,
    formulas: block.rows.map((row) => line(row, (entry) => entry.input)),
    numberFormats: block.hasFormats
      ? block.rows.map((row) => line(row, (entry) => entry.numberFormat))
      : undefined,
    properties: block.hasProperties
      ? block.rows.map((row) => line(row, (entry) => entry.properties).map((properties) => properties ?? {}))
      : undefined,
    bytes: blockBytes(block),
    cells: block.cells,
  };
}

/**
 * Groups the cells of one sheet into blocks of consecutive rows whose estimated payload stays under `maxBytes`.
 * A gap of more than `maxGapRows` empty rows starts a new block rather than sending rows of nulls.
 */
export function cellBlocks(
  cells: readonly CellPlan[],
  styles: Readonly<Record<string, StylePlan>>,
  maxBytes: number,
  options: { readonly withProperties?: boolean; readonly maxGapRows?: number } = {},
): CellBlock[] {
  const maxGapRows = options.maxGapRows ?? 2;
  const rows = entriesByRow(cells, styles, options.withProperties ?? false);
  const blocks: CellBlock[] = [];
  let open: OpenBlock | undefined;
  for (const rowIndex of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(rowIndex) as Map<number, Entry>;
    const columns = [...row.keys()];
    const entries = [...row.values()];
    const content = entries.reduce(
      (sum, entry) =>
        sum + jsonSize(entry.input) + jsonSize(entry.numberFormat) + jsonSize(entry.properties ?? {}),
      0,
    );
    const hasFormats = entries.some((entry) => entry.numberFormat !== null);
    const hasProperties = entries.some((entry) => entry.properties !== null);
    if (open) {
      const gap = rowIndex - (open.top + open.rows.length);
      const candidate: OpenBlock = {
        ...open,
        left: Math.min(open.left, ...columns),
        right: Math.max(open.right, ...columns),
        rows: [...open.rows, ...Array.from({ length: gap }, () => new Map<number, Entry>()), row],
        contentBytes: open.contentBytes + content,
        cells: open.cells + row.size,
        hasFormats: open.hasFormats || hasFormats,
        hasProperties: open.hasProperties || hasProperties,
      };
      if (gap <= maxGapRows && blockBytes(candidate) <= maxBytes) {
        open = candidate;
        continue;
      }
      blocks.push(close(open));
    }
    open = {
      top: rowIndex,
      left: Math.min(...columns),
      right: Math.max(...columns),
      rows: [row],
      contentBytes: content,
      cells: row.size,
      hasFormats,
      hasProperties,
    };
    if (blockBytes(open) > maxBytes)
      throw new Error(`Excel door: row ${rowIndex + 1} alone exceeds the request budget`);
  }
  if (open) blocks.push(close(open));
  return blocks;
}

/** Groups cells into few rectangles: runs of adjacent columns per row, stacked when rows repeat the same run. */
export function rectangles(
  cells: readonly CellRef[],
): { top: number; left: number; bottom: number; right: number }[] {
  const byRow = new Map<number, number[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell.column]);
  const done: { top: number; left: number; bottom: number; right: number }[] = [];
  let open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (let start = 0; start < columns.length;) {
      let end = start;
      while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end += 1;
      const key = `${columns[start]}:${columns[end]}`;
      const previous = open.get(key);
      if (previous && previous.bottom === row - 1) {
        previous.bottom = row;
        next.set(key, previous);
        open.delete(key);
      } else {
        next.set(key, { top: row, left: columns[start], bottom: row, right: columns[end] });
      }
      start = end + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

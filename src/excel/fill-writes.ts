// A fill plan's edits → queued range writes: edits grouped by rectangles of adjacent cells (one `values` assignment
// each, cut in row slices under a byte budget), text Excel would reinterpret given the Text format "@" first. Only
// the edited cells are in a rectangle: a range holding a locked cell of a protected sheet is refused whole.

import type { Finding } from "../core/findings";
import { type CellEdit, type CellRef, type FillRefusal, formatRange, parseCell } from "../core/workbook";
import type { QueuedOp } from "./batches";
import { rectangles } from "./blocks";
import { TEXT_NUMBER_FORMAT, excelWouldReinterpret } from "./text";

/** What the writer must know of the workbook before writing: sheet protection and each target's number format. */
export interface FillTargets {
  isProtected(sheet: string): boolean;
  numberFormatOf(sheet: string, cell: CellRef): string | undefined;
}

/** The cells one queued write covers, row by row as its `values`: what to check when its sync fails. */
export interface FillSpan {
  readonly sheet: string;
  readonly address: string;
  readonly cells: readonly { readonly edit: CellEdit; readonly input: Input }[];
}

export interface FillWrites {
  readonly ops: QueuedOp[];
  /** `spans[i]` is what `ops[i]` writes. */
  readonly spans: FillSpan[];
  readonly written: CellEdit[];
  /** Edits this door cannot write faithfully (see `excel.fill.textNeedsFormat`). */
  readonly refused: FillRefusal[];
  /** Range writes queued (rectangles, or slices of large ones). */
  readonly blocks: number;
}

export type Input = number | string | boolean;

interface Entry {
  readonly edit: CellEdit;
  readonly ref: CellRef;
  readonly input: Input;
  readonly numberFormat: string | null;
}

/** Fixed cost of one range write's commands (object path, property names) on top of its arrays. */
const WRITE_OVERHEAD_BYTES = 256;

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length + 1;

/** What goes in `values`: numbers and booleans as they are, text as text, a cleared cell as "". */
function inputOf(edit: CellEdit): Input {
  if (edit.value === null) return "";
  if (typeof edit.value === "number" && edit.asText) return String(edit.value);
  return edit.value;
}

function textNeedsFormat(edit: CellEdit): FillRefusal {
  const finding: Finding = {
    code: "excel.fill.textNeedsFormat",
    severity: "error",
    location: { sheet: edit.sheet, cell: edit.cell },
    messageKey: "excel.fill.textNeedsFormat",
    params: { sheet: edit.sheet, cell: edit.cell },
  };
  return { edit, finding };
}

/** Entries per sheet, a later edit of a cell replacing an earlier one, and the edits that cannot be written. */
function entriesOf(edits: readonly CellEdit[], targets: FillTargets) {
  const bySheet = new Map<string, Map<string, Entry>>();
  const written: CellEdit[] = [];
  const refused: FillRefusal[] = [];
  for (const edit of edits) {
    const ref = parseCell(edit.cell);
    if (!ref) throw new Error(`Excel door: "${edit.cell}" is not a cell address; the fill plan refuses it`);
    const input = inputOf(edit);
    const alreadyText = targets.numberFormatOf(edit.sheet, ref) === TEXT_NUMBER_FORMAT;
    const needsFormat = typeof input === "string" && !alreadyText && excelWouldReinterpret(input);
    // Formats cannot change on a protected sheet, unlocked cells included; without "@" the text would not stay text.
    if (needsFormat && targets.isProtected(edit.sheet)) {
      refused.push(textNeedsFormat(edit));
      continue;
    }
    const sheet = bySheet.get(edit.sheet) ?? new Map<string, Entry>();
    sheet.set(`${ref.row},${ref.column}`, {
      edit,
      ref,
      input,
      numberFormat: needsFormat ? TEXT_NUMBER_FORMAT : null,
    });
    bySheet.set(edit.sheet, sheet);
    written.push(edit);
  }
  return { bySheet, written, refused };
}

/** One rectangle's rows, cut into slices whose estimated request stays under `maxBytes`. */
function slices(rows: readonly (readonly Entry[])[], maxBytes: number): Entry[][][] {
  const out: Entry[][][] = [];
  let current: Entry[][] = [];
  let bytes = WRITE_OVERHEAD_BYTES;
  for (const row of rows) {
    const rowBytes = row.reduce((sum, entry) => sum + bytesOf(entry.input) + bytesOf(entry.numberFormat), 0);
    if (current.length > 0 && bytes + rowBytes > maxBytes) {
      out.push(current);
      current = [];
      bytes = WRITE_OVERHEAD_BYTES;
    }
    current.push([...row]);
    bytes += rowBytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function addressOf(rows: readonly (readonly Entry[])[]): string {
  const first = rows[0][0].ref;
  const last = rows[rows.length - 1][rows[0].length - 1].ref;
  return formatRange({ start: first, end: last });
}

function writeOp(sheet: Excel.Worksheet, rows: readonly (readonly Entry[])[]): QueuedOp {
  const address = addressOf(rows);
  const values = rows.map((row) => row.map((entry) => entry.input));
  const hasFormats = rows.some((row) => row.some((entry) => entry.numberFormat !== null));
  const formats = hasFormats ? rows.map((row) => row.map((entry) => entry.numberFormat)) : undefined;
  return {
    bytes: WRITE_OVERHEAD_BYTES + bytesOf(values) + (formats ? bytesOf(formats) : 0),
    apply: () => {
      const range = sheet.getRange(address);
      // The "@" goes first, in the same batch: the value is then taken as typed text.
      if (formats) range.numberFormat = formats as (string | null)[][];
      range.values = values;
    },
  };
}

/** The range writes of a fill, in plan order of sheets; `maxBytes` bounds one write (a quarter of a request). */
export function fillWrites(
  edits: readonly CellEdit[],
  targets: FillTargets,
  worksheet: (name: string) => Excel.Worksheet,
  maxBytes: number,
): FillWrites {
  const { bySheet, written, refused } = entriesOf(edits, targets);
  const ops: QueuedOp[] = [];
  const spans: FillSpan[] = [];
  for (const [name, entries] of bySheet) {
    const sheet = worksheet(name);
    for (const box of rectangles([...entries.values()].map((entry) => entry.ref))) {
      const rows: Entry[][] = [];
      for (let row = box.top; row <= box.bottom; row += 1) {
        const line: Entry[] = [];
        for (let column = box.left; column <= box.right; column += 1)
          line.push(entries.get(`${row},${column}`) as Entry);
        rows.push(line);
      }
      for (const slice of slices(rows, maxBytes)) {
        ops.push(writeOp(sheet, slice));
        const cells = slice.flat().map(({ edit, input }) => ({ edit, input }));
        spans.push({ sheet: name, address: addressOf(slice), cells });
      }
    }
  }
  return { ops, spans, written, refused, blocks: ops.length };
}

// A cell's value and column, from the text of its <c> element: the per-cell rules of the worksheet scan.

import type { CellValue } from "../core/workbook/snapshot";
import { MAX_COLUMNS, MAX_ROWS, parseCell } from "../core/workbook/address";
import { serialFromIso } from "./date-cell";
import { WorkbookReadError } from "./errors";

export interface ScanContext {
  readonly file: string;
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly maxCells: number;
}

export const isTrue = (value: string | undefined) => value === "1" || value === "true";

export function tooManyCells(context: ScanContext): WorkbookReadError {
  return new WorkbookReadError("tooManyCells", {
    file: context.file,
    sheet: context.sheet,
    max: context.maxCells,
  });
}

function numberOrText(raw: string): CellValue {
  const number = Number(raw);
  // A number cell whose value is not a number (a hand-edited or broken file): kept as the text it holds, so
  // the reader reports it rather than taking the cell as blank and losing what was typed.
  return Number.isFinite(number) ? { type: "number", value: number } : { type: "text", value: raw };
}

/** The 0-based column of a cell reference ("AB12" → 27); the plain form is read without a pattern, per cell. */
export function columnOf(ref: string): number | undefined {
  let column = 0;
  let letters = 0;
  for (; letters < ref.length; letters++) {
    const code = ref.charCodeAt(letters) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  const digits = ref.length - letters;
  let plain = letters > 0 && letters <= 3 && digits > 0 && digits <= 7 && column <= MAX_COLUMNS;
  for (let i = letters; plain && i < ref.length; i++)
    plain = ref.charCodeAt(i) >= 0x30 && ref.charCodeAt(i) <= 0x39;
  if (plain && Number(ref.slice(letters)) <= MAX_ROWS && ref.charCodeAt(letters) !== 0x30) return column - 1;
  return parseCell(ref)?.column;
}

/** A cell's value from its type and its <v> text (undefined when it has none) or inline string. */
export function cellValueOf(
  type: string | undefined,
  raw: string | undefined,
  inline: string | undefined,
  context: ScanContext,
): CellValue {
  if (type === "inlineStr") return { type: "text", value: inline ?? "" };
  // A formula's empty text result is <v></v>; any other type with a blank <v> holds nothing.
  if (type === "str") return raw === undefined ? { type: "empty" } : { type: "text", value: raw };
  if (raw === undefined || raw.trim() === "") return { type: "empty" };
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(raw)];
      // A text missing from the shared-strings part (part lost or cut): reading "" would blank every label and id
      // and drown the reader in "row not found" findings; the file is damaged, and that is what is said.
      if (text === undefined)
        throw new WorkbookReadError("missingStrings", { file: context.file, sheet: context.sheet });
      return { type: "text", value: text };
    }
    case "d": {
      const date = serialFromIso(raw);
      return date ? { type: "number", value: date.serial } : { type: "text", value: raw };
    }
    case "b":
      return { type: "boolean", value: isTrue(raw.trim()) };
    case "e":
      return { type: "error", value: raw };
    default:
      return numberOrText(raw);
  }
}

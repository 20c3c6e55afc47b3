// How Excel turns what is written to `values`/`formulas` into cell content, and how it reports it back.
// Modelled: formulas ("=…"), strings that Excel would take as formulas ("+x", "-x", "@x"), numbers in text
// ("1.1", "-3", "5%", "1e3"), TRUE/FALSE, error literals, and the "@" (Text) number format that keeps a string
// as text. Not modelled: dates typed as text and locale-specific separators (the door must avoid both anyway).

import type { FakeCell } from "./state";

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** Input accepted for one cell of a 2-D `values`/`formulas` array; null leaves the cell unchanged. */
export type CellInput = number | string | boolean | null;

export function isCellInput(value: unknown): value is CellInput {
  return value === null || ["number", "string", "boolean"].includes(typeof value);
}

function setConstant(cell: FakeCell, kind: FakeCell["kind"], value: number | string | boolean): void {
  cell.kind = kind;
  cell.value = value;
  delete cell.formula;
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.kind = "empty";
  cell.value = "";
  cell.formula = formula;
}

/** Applies one input; returns false when Excel would refuse it (InvalidArgument). */
export function applyInput(cell: FakeCell, input: Exclude<CellInput, null>): boolean {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return false;
    setConstant(cell, "number", input);
    return true;
  }
  if (typeof input === "boolean") {
    setConstant(cell, "boolean", input);
    return true;
  }
  applyText(cell, input);
  return true;
}

function applyText(cell: FakeCell, text: string): void {
  const trimmed = text.trim();
  if (text === "") return setConstant(cell, "empty", "");
  if (cell.numberFormat === "@") return setConstant(cell, "text", text);
  if (text.startsWith("=") && text.length > 1) return setFormula(cell, text);
  if (NUMBER_TEXT.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const number = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return setConstant(cell, "number", percent ? number / 100 : number);
  }
  // Excel's entry parser takes a leading + - @ as the start of a formula ("-abc" becomes =-abc, #NAME?).
  if (/^[+\-@]/.test(text) && text.length > 1) return setFormula(cell, `=${text.replace(/^@/, "")}`);
  if (/^(true|false)$/i.test(trimmed)) return setConstant(cell, "boolean", trimmed.toLowerCase() === "true");
  if (ERROR_TEXT.test(trimmed)) return setConstant(cell, "error", trimmed);
  return setConstant(cell, "text", text);
}

export function readValue(cell: FakeCell): number | string | boolean {
  return cell.value;
}

export function readFormula(cell: FakeCell): number | string | boolean {
  return cell.formula ?? cell.value;
}

export function readValueType(cell: FakeCell): string {
  const types: Record<FakeCell["kind"], string> = {
    empty: "Empty",
    number: "Double",
    text: "String",
    boolean: "Boolean",
    error: "Error",
  };
  return types[cell.kind];
}

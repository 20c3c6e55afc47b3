// Scanning a worksheet's XML into sparse cells, with the cell-count bound checked as we go.

import type { CellValue } from "../core/workbook/snapshot";
import { parseCell } from "../core/workbook/address";
import { WorkbookReadError } from "./errors";
import { shiftFormula } from "./formula-shift";
import { decodeXml, elementPattern, findElement, findElements, parseAttributes, readStringItem } from "./xml";

export interface ScannedCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula?: string;
  readonly style: number;
}

export interface ScannedRow {
  readonly row: number;
  readonly hidden: boolean;
  /** The row's own style, when `customFormat` says it applies to cells not written in the XML. */
  readonly style?: number;
}

export interface ScanContext {
  readonly file: string;
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly maxCells: number;
}

interface SharedMaster {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

function valueOf(type: string | undefined, inner: string, context: ScanContext): CellValue {
  if (type === "inlineStr") {
    const is = findElement(inner, "is");
    return { type: "text", value: is ? readStringItem(is.inner ?? "") : "" };
  }
  const v = findElement(inner, "v");
  if (!v || v.inner === undefined) return { type: "empty" };
  const raw = decodeXml(v.inner);
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(raw)];
      // A text missing from the shared-strings part (part lost or cut): reading "" would blank every label and id
      // and drown the reader in "row not found" findings; the file is damaged, and that is what is said.
      if (text === undefined)
        throw new WorkbookReadError("missingStrings", { file: context.file, sheet: context.sheet });
      return { type: "text", value: text };
    }
    case "str":
    case "d":
      return { type: "text", value: raw };
    case "b":
      return { type: "boolean", value: raw.trim() === "1" || raw.trim() === "true" };
    case "e":
      return { type: "error", value: raw };
    default: {
      if (raw.trim() === "") return { type: "empty" };
      const number = Number(raw);
      // A number cell whose value is not a number (a hand-edited or broken file): kept as the text it holds, so
      // the reader reports it rather than taking the cell as blank and losing what was typed.
      return Number.isFinite(number) ? { type: "number", value: number } : { type: "text", value: raw };
    }
  }
}

function formulaOf(
  inner: string,
  row: number,
  column: number,
  masters: Map<string, SharedMaster>,
): string | undefined {
  const f = findElement(inner, "f");
  if (!f) return undefined;
  const text = decodeXml(f.inner ?? "");
  if (f.attributes.t === "shared" && f.attributes.si !== undefined) {
    if (text !== "") masters.set(f.attributes.si, { row, column, text });
    else {
      const master = masters.get(f.attributes.si);
      if (!master) return undefined;
      return `=${shiftFormula(master.text, row - master.row, column - master.column)}`;
    }
  }
  return text === "" ? undefined : `=${text}`;
}

function tooMany(context: ScanContext): never {
  throw new WorkbookReadError("tooManyCells", {
    file: context.file,
    sheet: context.sheet,
    max: context.maxCells,
  });
}

/** Counts <c> elements without building anything, so a huge sheet is refused before any cell object exists. */
function checkCellCount(sheetData: string, context: ScanContext): void {
  const pattern = /<(?:[\w.-]+:)?c[\s/>]/g;
  let count = 0;
  while (pattern.test(sheetData)) if (++count > context.maxCells) tooMany(context);
}

/** Every row and cell of the sheet data, in document order. Rows and cells without `r` follow the previous one. */
export function scanSheetData(
  xml: string,
  context: ScanContext,
): { rows: ScannedRow[]; cells: ScannedCell[] } {
  const sheetData = findElement(xml, "sheetData")?.inner ?? "";
  checkCellCount(sheetData, context);
  const rows: ScannedRow[] = [];
  const cells: ScannedCell[] = [];
  const masters = new Map<string, SharedMaster>();
  const rowPattern = elementPattern("row");
  let rowIndex = -1;
  for (let match = rowPattern.exec(sheetData); match; match = rowPattern.exec(sheetData)) {
    const attributes = parseAttributes(match[2]);
    rowIndex = attributes.r !== undefined ? Number(attributes.r) - 1 : rowIndex + 1;
    const custom = attributes.customFormat === "1" || attributes.customFormat === "true";
    rows.push({
      row: rowIndex,
      hidden: attributes.hidden === "1" || attributes.hidden === "true",
      ...(custom && attributes.s !== undefined ? { style: Number(attributes.s) } : {}),
    });
    let columnIndex = -1;
    for (const cell of findElements(match[3] ?? "", "c")) {
      const ref = cell.attributes.r !== undefined ? parseCell(cell.attributes.r) : undefined;
      columnIndex = ref ? ref.column : columnIndex + 1;
      const inner = cell.inner ?? "";
      const formula = formulaOf(inner, rowIndex, columnIndex, masters);
      cells.push({
        row: rowIndex,
        column: columnIndex,
        value: valueOf(cell.attributes.t, inner, context),
        ...(formula !== undefined ? { formula } : {}),
        style: Number(cell.attributes.s ?? 0),
      });
      if (cells.length > context.maxCells) tooMany(context);
    }
  }
  return { rows, cells };
}

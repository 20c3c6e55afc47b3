// Loaded ranges → snapshot cells: typed values (through valueTypes), formulas told apart from text, number formats,
// and with ExcelApi 1.9 fills and locked flags.

import type { CellSnapshot, CellValue } from "../core/workbook";

export interface CellProperties {
  readonly format?: {
    readonly fill?: { readonly color?: string };
    readonly protection?: { readonly locked?: boolean };
  };
}

/** A block of rows loaded in one go: its values, formulas, formats and types, and its cell properties. */
export interface Block {
  readonly range: Excel.Range;
  readonly properties?: OfficeExtension.ClientResult<CellProperties[][]>;
}

/** Estimated response bytes per cell for values + formulas + numberFormat + valueTypes + properties. */
export const READ_BYTES_PER_CELL = { plain: 80, detailed: 180 } as const;

/** What `getCellProperties` asks of a block: the fills and locks. */
export const BLOCK_PROPERTIES = { format: { fill: { color: true }, protection: true } } as const;

function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Double":
    case "Integer": // Excel.RangeValueType lists "Integer" beside "Double": both are numbers.
      return { type: "number", value: Number(value) };
    case "Boolean":
      return { type: "boolean", value: Boolean(value) };
    case "Error":
      return { type: "error", value: String(value) };
    case "String":
      return { type: "text", value: String(value) };
    default:
      return value === "" || value === null ? { type: "empty" } : { type: "text", value: String(value) };
  }
}

function cellOf(
  range: Excel.Range,
  properties: CellProperties[][] | undefined,
  r: number,
  c: number,
): CellSnapshot {
  const value = range.values[r][c];
  const formula = range.formulas[r][c];
  const numberFormat = String(range.numberFormat[r][c]);
  const format = properties?.[r]?.[c]?.format;
  const fill = format?.fill?.color?.replace("#", "").toUpperCase();
  // A text cell holding "=x" reads back the same in values and formulas; a real formula's value differs.
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  return {
    value: cellValue(value, range.valueTypes[r][c]),
    ...(isFormula ? { formula } : {}),
    ...(numberFormat !== "General" && numberFormat !== "" ? { numberFormat } : {}),
    ...(fill && fill !== "FFFFFF" ? { fill } : {}),
    ...(format?.protection?.locked !== undefined ? { locked: format.protection.locked } : {}),
  };
}

/** The dense rows of cells of synced blocks, top to bottom. */
export function blockCells(blocks: readonly Block[]): CellSnapshot[][] {
  const cells: CellSnapshot[][] = [];
  for (const block of blocks) {
    const properties = block.properties?.value;
    for (let r = 0; r < block.range.values.length; r += 1) {
      cells.push(block.range.values[r].map((_, c) => cellOf(block.range, properties, r, c)));
    }
  }
  return cells;
}

/** "'Offre A'!$A$2:$C$4" → "A2:C4". */
export function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

// The <sheetData> of a new sheet: the plan's cells and range styles, rows in order, cells in column order.

import type { CellWrite, RowPlan, SheetPlan } from "../../core/workbook/plan";
import { columnLetters, formatCell, parseCell, parseRange } from "../../core/workbook/address";
import { numberText } from "../cell-xml";
import { escapeXml } from "../xml";
import { storedFormula } from "./future-functions";
import type { SharedStrings } from "./shared-strings";
import type { Utf8Sink } from "./utf8-sink";

interface PlacedCell {
  write?: CellWrite;
  style?: number;
}

function styleIndex(name: string | undefined, xfIndex: ReadonlyMap<string, number>): number | undefined {
  if (name === undefined) return undefined;
  const index = xfIndex.get(name);
  if (index === undefined) throw new Error(`unknown style "${name}" in workbook plan`);
  return index;
}

/** Cells by row then column; range styles first, so a cell's own style wins where both apply. */
function placeCells(
  sheet: SheetPlan,
  xfIndex: ReadonlyMap<string, number>,
): Map<number, Map<number, PlacedCell>> {
  const rows = new Map<number, Map<number, PlacedCell>>();
  const at = (row: number, column: number) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    let cell = cells.get(column);
    if (!cell) cells.set(column, (cell = {}));
    return cell;
  };
  for (const { range, style } of sheet.rangeStyles ?? []) {
    const box = parseRange(range);
    if (!box) throw new Error(`bad range "${range}" in sheet ${sheet.name}`);
    const index = styleIndex(style, xfIndex);
    for (let r = box.start.row; r <= box.end.row; r++)
      for (let c = box.start.column; c <= box.end.column; c++) at(r, c).style = index;
  }
  for (const plan of sheet.cells) {
    const ref = parseCell(plan.cell);
    if (!ref) throw new Error(`bad cell "${plan.cell}" in sheet ${sheet.name}`);
    const cell = at(ref.row, ref.column);
    cell.write = plan.write;
    if (plan.style !== undefined) cell.style = styleIndex(plan.style, xfIndex);
  }
  return rows;
}

function cellXml(ref: string, cell: PlacedCell, strings: SharedStrings): string {
  const style = cell.style ? ` s="${cell.style}"` : "";
  const write = cell.write ?? { kind: "empty" };
  switch (write.kind) {
    case "number":
      if (!Number.isFinite(write.value))
        throw new Error(`cell ${ref}: ${write.value} is not a finite number`);
      return `<c r="${ref}"${style}><v>${numberText(write.value)}</v></c>`;
    case "text":
      return `<c r="${ref}"${style} t="s"><v>${strings.indexOf(write.value)}</v></c>`;
    case "boolean":
      return `<c r="${ref}"${style} t="b"><v>${write.value ? 1 : 0}</v></c>`;
    case "formula":
      // No cached value: the engine computes it on load (calcPr fullCalcOnLoad).
      return `<c r="${ref}"${style}><f>${escapeXml(storedFormula(write.formula))}</f></c>`;
    case "empty":
      return `<c r="${ref}"${style}/>`;
  }
}

function rowAttributes(plan: RowPlan | undefined): string {
  if (!plan) return "";
  const height = plan.height !== undefined ? ` ht="${plan.height}" customHeight="1"` : "";
  return `${height}${plan.hidden ? ' hidden="1"' : ""}`;
}

export interface SheetData {
  /** "A1:F20", or undefined for a sheet without cells. */
  readonly dimension: string | undefined;
  /** Writes `<sheetData>…</sheetData>`, a row at a time. */
  writeTo(sink: Utf8Sink): void;
}

/** A row's cells in column order, each with its A1 address (column letters worked out once per sheet). */
function rowXml(
  row: number,
  cells: ReadonlyMap<number, PlacedCell>,
  letters: string[],
  strings: SharedStrings,
): string {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  const number = String(row + 1);
  let xml = "";
  for (const column of columns)
    xml += cellXml(
      `${(letters[column] ??= columnLetters(column))}${number}`,
      cells.get(column) as PlacedCell,
      strings,
    );
  return xml;
}

/** The range the placed cells cover, as `<dimension ref>` says it. */
function dimensionOf(placed: ReadonlyMap<number, ReadonlyMap<number, PlacedCell>>): string | undefined {
  let minColumn = Infinity;
  let maxColumn = -1;
  let minRow = Infinity;
  let maxRow = -1;
  // A row placed has at least one cell.
  for (const [row, cells] of placed) {
    minRow = Math.min(minRow, row);
    maxRow = Math.max(maxRow, row);
    for (const column of cells.keys()) {
      minColumn = Math.min(minColumn, column);
      maxColumn = Math.max(maxColumn, column);
    }
  }
  return maxColumn < 0
    ? undefined
    : `${formatCell({ row: minRow, column: minColumn })}:${formatCell({ row: maxRow, column: maxColumn })}`;
}

export function buildSheetData(
  sheet: SheetPlan,
  xfIndex: ReadonlyMap<string, number>,
  strings: SharedStrings,
): SheetData {
  const placed = placeCells(sheet, xfIndex);
  return {
    dimension: dimensionOf(placed),
    writeTo(sink) {
      const rowPlans = new Map((sheet.rows ?? []).map((plan) => [plan.row - 1, plan]));
      const rowNumbers = [...new Set([...placed.keys(), ...rowPlans.keys()])].sort((a, b) => a - b);
      const letters: string[] = [];
      sink.write("<sheetData>");
      for (const row of rowNumbers) {
        // A row only sized or hidden has no cell.
        const cells = placed.get(row);
        const inner = cells ? rowXml(row, cells, letters, strings) : "";
        sink.write(`<row r="${row + 1}"${rowAttributes(rowPlans.get(row))}>${inner}</row>`);
      }
      sink.write("</sheetData>");
    },
  };
}

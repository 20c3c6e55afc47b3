// One worksheet's scan → a SheetSnapshot: dense cells over the used range, merges, hidden rows and columns.

import type {
  CellSnapshot,
  SheetSnapshot,
  SheetVisibility,
  PivotTableSnapshot,
  TableSnapshot,
} from "../core/workbook/snapshot";
import { EMPTY_VALUE } from "../core/workbook/snapshot";
import { isDateFormat } from "./date-cell";
import { WorkbookReadError } from "./errors";
import type { ColumnSpan, ScannedCell, ScannedRow, SheetScan } from "./sheet-scan";
import { DEFAULT_STYLE, type CellStyleInfo } from "./styles-read";

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "hidden";
  if (state === "veryHidden") return "veryHidden";
  return "visible";
}

/** Builds cell snapshots, sharing one frozen object per style for cells the XML does not list. */
class CellFactory {
  private readonly emptyByStyle = new Map<number, CellSnapshot>();
  constructor(private readonly styles: readonly CellStyleInfo[]) {}

  private info(style: number): CellStyleInfo {
    return this.styles[style] ?? DEFAULT_STYLE;
  }

  empty(style: number): CellSnapshot {
    let cell = this.emptyByStyle.get(style);
    if (!cell) {
      cell = Object.freeze({ value: EMPTY_VALUE, ...this.info(style) });
      this.emptyByStyle.set(style, cell);
    }
    return cell;
  }

  fromScan(scanned: ScannedCell): CellSnapshot {
    if (scanned.value.type === "empty" && scanned.formula === undefined) return this.empty(scanned.style);
    const info = this.info(scanned.style);
    // A date stored as ISO text shows as a date even when its style says nothing of dates.
    const dateFormat =
      scanned.dateFormat !== undefined && !isDateFormat(info.numberFormat) ? scanned.dateFormat : undefined;
    return {
      value: scanned.value,
      ...(scanned.formula !== undefined ? { formula: scanned.formula } : {}),
      ...info,
      ...(dateFormat !== undefined ? { numberFormat: dateFormat } : {}),
    };
  }
}

function boundingBox(cells: readonly ScannedCell[]) {
  if (cells.length === 0) return { row: 0, column: 0, rowCount: 0, columnCount: 0 };
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const { row, column } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

type Box = ReturnType<typeof boundingBox>;

const area = (box: Box) => box.rowCount * box.columnCount;

/**
 * The range to snapshot: every listed cell when that fits the bound; otherwise the cells holding a value or a
 * formula (formatting applied to whole rows or columns must not make a small table unreadable); else refused.
 */
function usedBox(cells: readonly ScannedCell[], input: SheetReadInput): Box {
  const all = boundingBox(cells);
  if (area(all) <= input.maxCells) return all;
  const filled = boundingBox(
    cells.filter((cell) => cell.value.type !== "empty" || cell.formula !== undefined),
  );
  if (area(filled) <= input.maxCells) return filled;
  throw new WorkbookReadError("tooManyCells", { file: input.file, sheet: input.sheet, max: input.maxCells });
}

function denseCells(
  box: Box,
  scanned: { rows: readonly ScannedRow[]; cells: readonly ScannedCell[] },
  columns: readonly ColumnSpan[],
  factory: CellFactory,
): CellSnapshot[][] {
  const rowStyle = new Map(
    scanned.rows.filter((row) => row.style !== undefined).map((row) => [row.row, row.style]),
  );
  const columnStyle = (column: number) =>
    columns.find((span) => column >= span.min && column <= span.max)?.style ?? 0;
  const defaults = Array.from({ length: box.columnCount }, (_, c) => columnStyle(box.column + c));
  const grid: CellSnapshot[][] = [];
  for (let r = 0; r < box.rowCount; r++) {
    const style = rowStyle.get(box.row + r);
    grid.push(defaults.map((columnDefault) => factory.empty(style ?? columnDefault)));
  }
  for (const cell of scanned.cells) {
    const row = grid[cell.row - box.row];
    if (row && cell.column >= box.column && cell.column - box.column < box.columnCount) {
      row[cell.column - box.column] = factory.fromScan(cell);
    }
  }
  return grid;
}

export interface SheetReadInput {
  readonly file: string;
  readonly sheet: string;
  readonly maxCells: number;
  readonly scan: SheetScan;
  readonly state: string | undefined;
  readonly styles: readonly CellStyleInfo[];
  readonly tables: readonly TableSnapshot[];
  readonly pivotTables: readonly PivotTableSnapshot[];
}

export function readSheet(input: SheetReadInput): SheetSnapshot {
  // The declared <dimension> is not trusted either way: Excel widens it to a styled cell far below the table
  // (which usedBox rightly ignores), and the cells were counted while streaming, which bounds time and memory.
  const { scan } = input;
  const box = usedBox(scan.cells, input);
  const hiddenColumns: number[] = [];
  for (const span of scan.columns)
    if (span.hidden) for (let c = span.min; c <= span.max; c++) hiddenColumns.push(c);
  return {
    name: input.sheet,
    visibility: visibilityOf(input.state),
    range: box,
    cells: denseCells(box, scan, scan.columns, new CellFactory(input.styles)),
    merges: scan.merges,
    hiddenRows: scan.rows.filter((row) => row.hidden).map((row) => row.row),
    hiddenColumns,
    protected: scan.protected,
    tables: input.tables,
    ...(input.pivotTables.length > 0 ? { pivotTables: input.pivotTables } : {}),
  };
}

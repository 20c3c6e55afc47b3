// One worksheet's scan → a SheetSnapshot: dense cells over the used range, merges, hidden rows and columns.

import type {
  CellSnapshot,
  SheetSnapshot,
  SheetVisibility,
  PivotTableSnapshot,
  TableSnapshot,
} from "../core/workbook/snapshot";
import type { CellFactory } from "./cell-factory";
import { WorkbookReadError } from "./errors";
import type { ColumnSpan, ScannedCells, ScannedRow, SheetScan } from "./sheet-scan";

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "hidden";
  if (state === "veryHidden") return "veryHidden";
  return "visible";
}

interface Box {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The box around the scanned cells `keep` keeps (all of them without `keep`). */
function boundingBox(scanned: ScannedCells, keep?: (cell: CellSnapshot) => boolean): Box {
  const { positions, cells } = scanned;
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (let index = 0; index < cells.length; index++) {
    if (keep && !keep(cells[index])) continue;
    const row = positions[2 * index];
    const column = positions[2 * index + 1];
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return { row: 0, column: 0, rowCount: 0, columnCount: 0 };
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

const area = (box: Box) => box.rowCount * box.columnCount;

const holdsSomething = (cell: CellSnapshot) => cell.value.type !== "empty" || cell.formula !== undefined;

/**
 * The range to snapshot: every listed cell when that fits the bound; otherwise the cells holding a value or a
 * formula (formatting applied to whole rows or columns must not make a small table unreadable); else refused.
 */
function usedBox(cells: ScannedCells, input: SheetReadInput): Box {
  const all = boundingBox(cells);
  if (area(all) <= input.maxCells) return all;
  const filled = boundingBox(cells, holdsSomething);
  if (area(filled) <= input.maxCells) return filled;
  throw new WorkbookReadError("tooManyCells", { file: input.file, sheet: input.sheet, max: input.maxCells });
}

function denseCells(
  box: Box,
  scanned: { rows: readonly ScannedRow[]; cells: ScannedCells },
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
  const { positions, cells } = scanned.cells;
  for (let index = 0; index < cells.length; index++) {
    const row = grid[positions[2 * index] - box.row];
    const column = positions[2 * index + 1] - box.column;
    if (row && column >= 0 && column < box.columnCount) row[column] = cells[index];
  }
  return grid;
}

export interface SheetReadInput {
  readonly file: string;
  readonly sheet: string;
  readonly maxCells: number;
  readonly scan: SheetScan;
  readonly state: string | undefined;
  /** The factory the scan made its cells with: cells the XML does not list get its shared empty cells. */
  readonly factory: CellFactory;
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
    cells: denseCells(box, scan, scan.columns, input.factory),
    merges: scan.merges,
    hiddenRows: scan.rows.filter((row) => row.hidden).map((row) => row.row),
    hiddenColumns,
    protected: scan.protected,
    tables: input.tables,
    ...(input.pivotTables.length > 0 ? { pivotTables: input.pivotTables } : {}),
  };
}

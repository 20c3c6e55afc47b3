import * as path from "node:path";
import { promises as fs } from "node:fs";
import { readGridJson, type Grid } from "../../src/core/grid";
import {
  parseCell,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core/workbook";

/** The shared sample grids (CI has shared/ beside the repo). */
export const GRIDS_DIR = path.resolve(__dirname, "../../../shared/fixtures/grids");
export const GRID_NAMES = ["reference", "traiteur-a", "traiteur-b"] as const;

export async function loadFixtureGrid(name: string): Promise<{ json: unknown; grid: Grid }> {
  const json = JSON.parse(await fs.readFile(path.join(GRIDS_DIR, `${name}.json`), "utf8")) as unknown;
  const read = readGridJson(json);
  if (!read.grid) throw new Error(`fixture ${name} is not a readable grid`);
  return { json, grid: read.grid };
}

/**
 * What an ideal door would read from a workbook written from this plan: values as written, formulas without a
 * cached value, lock flags and formats from the named styles, protection as planned. Lets the reader be tested on
 * the plan alone; the integration tests do the same through real files.
 */
export function planSnapshot(plan: WorkbookPlan, source = "plan.xlsx"): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = plan.sheets.map((sheet) => {
    const byRef = new Map<string, CellSnapshot>();
    let rows = 0;
    let columns = 0;
    for (const cell of sheet.cells) {
      const ref = parseCell(cell.cell);
      if (!ref) throw new Error(`bad cell ${cell.cell}`);
      rows = Math.max(rows, ref.row + 1);
      columns = Math.max(columns, ref.column + 1);
      const style = cell.style ? plan.styles[cell.style] : undefined;
      const write = cell.write;
      const value: CellSnapshot["value"] =
        write.kind === "number" || write.kind === "text" || write.kind === "boolean"
          ? ({ type: write.kind, value: write.value } as CellSnapshot["value"])
          : { type: "empty" };
      byRef.set(`${ref.row}:${ref.column}`, {
        value,
        ...(write.kind === "formula" ? { formula: write.formula } : {}),
        ...(style?.numberFormat ? { numberFormat: style.numberFormat } : {}),
        locked: style?.locked ?? true,
      });
    }
    const cells = Array.from({ length: rows }, (_r, row) =>
      Array.from(
        { length: columns },
        (_c, column) => byRef.get(`${row}:${column}`) ?? { value: { type: "empty" } },
      ),
    ) as CellSnapshot[][];
    return {
      name: sheet.name,
      visibility: sheet.visibility ?? "visible",
      range: { row: 0, column: 0, rowCount: rows, columnCount: columns },
      cells,
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      protected: sheet.protection !== undefined,
    };
  });
  return {
    source,
    sheets,
    names: (plan.names ?? []).map((name) => ({ name: name.name, ref: name.ref })),
  };
}

/** A copy of the snapshot with one cell replaced (sheet by name, A1 address). */
export function withCell(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  address: string,
  cell: CellSnapshot,
): WorkbookSnapshot {
  const ref = parseCell(address);
  if (!ref) throw new Error(`bad cell ${address}`);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const rowCount = Math.max(sheet.range.rowCount, ref.row + 1);
      const columnCount = Math.max(sheet.range.columnCount, ref.column + 1);
      const cells = Array.from({ length: rowCount }, (_r, row) =>
        Array.from(
          { length: columnCount },
          (_c, column) => sheet.cells[row]?.[column] ?? { value: { type: "empty" } },
        ),
      ) as CellSnapshot[][];
      cells[ref.row][ref.column] = cell;
      return { ...sheet, cells, range: { ...sheet.range, rowCount, columnCount } };
    }),
  };
}

/** The sheet and A1 cell a defined name of the snapshot points at. */
export function namedCell(snapshot: WorkbookSnapshot, name: string): { sheet: string; cell: string } {
  const found = snapshot.names.find((one) => one.name === name);
  if (!found) throw new Error(`no name ${name}`);
  const bang = found.ref.lastIndexOf("!");
  const sheet = found.ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, cell: found.ref.slice(bang + 1).replace(/\$/g, "") };
}

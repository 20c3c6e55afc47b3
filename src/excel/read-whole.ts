// The whole workbook in TWO syncs: (1) the sheets (names, visibility, protection), the workbook's name and defined
// names, its tables and pivot tables (with each one's sheet), (2) for every sheet its names and its used range
// loaded whole — values, formulas, number formats, types, with ExcelApi 1.9 fills, locks and hidden lines from A1
// to the range's end, with 1.13 the merged areas — each table's range and columns, and each pivot table's range
// (1.8). No frame sync first: the size of the response is not known before it comes. When Excel refuses it as too
// large (over 5 MB on the web), nothing is lost but that sync: the caller reads again by row blocks (read.ts), one
// more sync per ~4 MB, as the data truly needs.

import type { Finding } from "../core/findings";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook";
import { BLOCK_PROPERTIES, type CellProperties } from "./read-cells";
import { type PivotReach, pivotDetails, unplacedPivotFindings } from "./read-pivots";
import { type SheetContents, definedNames, sheetSnapshot } from "./read-sheet";
import type { TableDetails } from "./read-tables";
import { type WorkbookNaming, queueWorkbookName } from "./workbook-name";

export interface WholeReadOptions {
  readonly range?: string;
  /** How the snapshot names the workbook (its name in Excel loaded with the first sync). */
  readonly naming: WorkbookNaming;
  /** Fills, locks and hidden lines (ExcelApi 1.9). */
  readonly detailed: boolean;
  /** Merged areas (ExcelApi 1.13). */
  readonly withMerges: boolean;
  /** Pivot tables by name (1.3) or with their ranges (1.8). */
  readonly pivots: PivotReach;
}

/** The snapshot, or null when Excel refused the response; `syncs` counts the refused one too. */
export interface WholeRead {
  readonly snapshot: WorkbookSnapshot | null;
  readonly syncs: number;
  /** Pivot tables known by name only (ExcelApi 1.3 without 1.8): their cells could not be checked. */
  readonly findings: readonly Finding[];
}

const TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

interface Loaded {
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
  readonly names: Excel.NamedItemCollection;
  readonly contents: SheetContents;
}

function queueSheet(
  sheet: Excel.Worksheet,
  tables: readonly Excel.Table[],
  pivots: readonly Excel.PivotTable[],
  options: WholeReadOptions,
): Loaded {
  const names = sheet.names.load("items/name, items/formula, items/visible");
  // getUsedRange, not …OrNullObject: a blank sheet gives A1 ("it will not throw an error"), so every call below
  // has a range to work on.
  const range = options.range ? sheet.getRange(options.range) : sheet.getUsedRange();
  range.load("rowIndex, columnIndex, rowCount, columnCount, values, formulas, numberFormat, valueTypes");
  const properties = options.detailed
    ? (range.getCellProperties(BLOCK_PROPERTIES) as OfficeExtension.ClientResult<CellProperties[][]>)
    : undefined;
  const details: TableDetails[] = tables.map((table) => ({
    table,
    range: table.getRange().load("address"),
    columns: table.columns.load("items/name"),
  }));
  const contents: SheetContents = {
    blocks: [{ range, properties }],
    tables: details,
    pivots: pivots.map((pivot) => pivotDetails(pivot, options.pivots)),
  };
  if (options.withMerges) contents.merges = sheet.getRange().getMergedAreasOrNullObject().load("address");
  if (options.detailed) {
    const fromA1 = sheet.getRange("A1").getBoundingRect(range);
    contents.rows = fromA1.getRowProperties({ rowIndex: true, rowHidden: true });
    contents.columns = fromA1.getColumnProperties({ columnIndex: true, columnHidden: true });
  }
  return { sheet, range, names, contents };
}

/** Excel's used range of a blank sheet is its empty A1: read as no cells at all. */
function isBlank(range: Excel.Range): boolean {
  if (range.rowCount !== 1 || range.columnCount !== 1 || range.rowIndex !== 0 || range.columnIndex !== 0)
    return false;
  return range.values[0][0] === "" && range.formulas[0][0] === "";
}

function snapshotOf(loaded: Loaded): SheetSnapshot {
  const sheet = sheetSnapshot(loaded, loaded.contents);
  if (!isBlank(loaded.range)) return sheet;
  return { ...sheet, range: { row: 0, column: 0, rowCount: 0, columnCount: 0 }, cells: [] };
}

export async function readWhole(
  context: Excel.RequestContext,
  options: WholeReadOptions,
): Promise<WholeRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility, items/position, items/protection/protected");
  const workbookNames = context.workbook.names.load("items/name, items/formula, items/visible");
  const tables = context.workbook.tables.load(
    "items/name, items/showHeaders, items/showTotals, items/worksheet/name",
  );
  const pivots =
    options.pivots === "none"
      ? undefined
      : context.workbook.pivotTables.load("items/name, items/worksheet/name");
  const source = queueWorkbookName(context, options.naming);
  await context.sync();
  const tablesOf = (name: string) => tables.items.filter((table) => table.worksheet.name === name);
  const pivotsOf = (name: string) => (pivots?.items ?? []).filter((pivot) => pivot.worksheet.name === name);
  const loaded = worksheets.items.map((sheet) =>
    queueSheet(sheet, tablesOf(sheet.name), pivotsOf(sheet.name), options),
  );
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code === TOO_LARGE) return { snapshot: null, syncs: 2, findings: [] };
    throw error;
  }
  const sheets = loaded.map(snapshotOf);
  const names = [
    ...definedNames(workbookNames.items),
    ...loaded.flatMap((one) => definedNames(one.names.items, one.sheet.name)),
  ];
  const findings = loaded.flatMap((one) => unplacedPivotFindings(one.sheet.name, one.contents.pivots));
  return { snapshot: { source: source(), sheets, names }, syncs: 2, findings };
}

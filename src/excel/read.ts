// readSnapshot: the open workbook → a door-neutral WorkbookSnapshot, in ONE Excel.run. The whole workbook is read in
// 2 syncs (read-whole.ts: the sheets, names and tables, then every sheet's used range at once) unless Excel refuses
// that response as too large (over 5 MB on the web): then, as when the caller names the sheets, (1) the sheets'
// frames: used range (address only), protection, names and tables, (2) contents in row blocks whose estimated
// response (READ_BYTES_PER_CELL) stays under the payload budget, with the tables' ranges and columns; one more sync
// per ~4 MB. Named sheets take 2 syncs, which leaves a read-decide-write action (fillOpenWorkbook) its third for
// writing.
//
// What the Excel door knows vs the xlsx door: the workbook's name as Excel shows it (ExcelApi 1.7, loaded with the
// first sync; see workbook-name.ts), values (typed through valueTypes), formulas, number formats, sheet
// visibility, protection on/off, defined names, tables; with ExcelApi 1.8 the range of each pivot table (by name
// only with 1.3: then a finding says their cells could not be checked). With ExcelApi 1.9 also fills and locked flags
// (getCellProperties) and hidden rows/columns from A1 to the end of the range read; with 1.13 the merged areas of the
// whole sheet. It cannot tell a white fill from no fill (both read "#FFFFFF", reported as no fill), nor see hidden
// rows/columns below or right of the range. Formula results are Excel's live values (the xlsx door has the cached
// ones).

import type { Finding } from "../core/findings";
import type { WorkbookSnapshot } from "../core/workbook";
import { columnLetters } from "../core/workbook";
import { type QueuedOp, chunkByBytes } from "./batches";
import { CELL_PROPERTIES_API, MERGED_AREAS_API } from "./requirements";
import type { ExcelHost } from "./host";
import { BLOCK_PROPERTIES, type CellProperties, READ_BYTES_PER_CELL } from "./read-cells";
import {
  type PivotReach,
  loadPivotList,
  pivotDetailOps,
  pivotReach,
  unplacedPivotFindings,
} from "./read-pivots";
import { loadTableList, tableDetailOps } from "./read-tables";
import { type SheetContents, type SheetRead, definedNames, sheetSnapshot } from "./read-sheet";
import { readWhole } from "./read-whole";
import { type WorkbookNaming, queueWorkbookName, workbookNaming } from "./workbook-name";

export { READ_BYTES_PER_CELL } from "./read-cells";

export interface ReadOptions {
  /** Sheets to read (all when absent); names not found are ignored. Naming them saves a sync. */
  readonly sheets?: readonly string[];
  /** A1 range to read on each sheet instead of its used range, e.g. "A1:H200". */
  readonly range?: string;
  /**
   * Goes to `WorkbookSnapshot.source`, for messages; when absent, the workbook's name in Excel (ExcelApi 1.7), else
   * the catalog's "Ce classeur" in the host's language.
   */
  readonly source?: string;
  /** Response budget per sync in bytes (estimated with READ_BYTES_PER_CELL); default 4 MB. */
  readonly payloadLimitBytes?: number;
}

/** Estimated response bytes per row or column of getRowProperties / getColumnProperties. */
const LINE_PROPERTY_BYTES = 40;

interface Frames {
  readonly reads: SheetRead[];
  readonly workbookNames: Excel.NamedItemCollection;
  /** The workbook's name, loaded with the frames. */
  readonly source: () => string;
  readonly syncs: number;
}

/** What the read may load besides cells, from the host's requirement sets. */
interface Reach {
  readonly detailed: boolean;
  readonly withMerges: boolean;
  readonly pivots: PivotReach;
  readonly naming: WorkbookNaming;
}

function queueFrame(sheet: Excel.Worksheet, options: ReadOptions, pivots: PivotReach): SheetRead {
  sheet.load("name, visibility, position");
  const range = options.range ? sheet.getRange(options.range) : sheet.getUsedRangeOrNullObject();
  range.load("rowIndex, columnIndex, rowCount, columnCount");
  sheet.protection.load("protected");
  const names = sheet.names;
  names.load("items/name, items/formula, items/visible");
  const list = loadPivotList(sheet, pivots);
  return { sheet, range, names, tables: loadTableList(sheet), ...(list ? { pivots: list } : {}) };
}

function loadWorkbookNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  const names = context.workbook.names;
  names.load("items/name, items/formula, items/visible");
  return names;
}

/**
 * The named sheets' frames in one sync. When one of them does not exist the request fails whole (getItem): the
 * frames are then read from the sheet list, `syncs` counting the failed one.
 */
async function namedFrames(
  context: Excel.RequestContext,
  options: ReadOptions,
  wanted: readonly string[],
  reach: Reach,
): Promise<Frames> {
  const workbookNames = loadWorkbookNames(context);
  const source = queueWorkbookName(context, reach.naming);
  const unique = wanted.filter(
    (name, index) => wanted.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  const reads = unique.map((name) =>
    queueFrame(context.workbook.worksheets.getItem(name), options, reach.pivots),
  );
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ItemNotFound") throw error;
    const listed = await listedFrames(context, options, reach);
    return { ...listed, syncs: listed.syncs + 1 };
  }
  const sorted = reads.sort((a, b) => a.sheet.position - b.sheet.position);
  return { reads: sorted, workbookNames, source, syncs: 1 };
}

/** The sheet list first, then the frames of those wanted. */
async function listedFrames(
  context: Excel.RequestContext,
  options: ReadOptions,
  reach: Reach,
): Promise<Frames> {
  const workbookNames = loadWorkbookNames(context);
  const source = queueWorkbookName(context, reach.naming);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const wanted = options.sheets?.map((name) => name.toLowerCase());
  const selected = worksheets.items.filter((sheet) => !wanted || wanted.includes(sheet.name.toLowerCase()));
  const reads = selected.map((sheet) => queueFrame(sheet, options, reach.pivots));
  await context.sync();
  return { reads, workbookNames, source, syncs: 2 };
}

/** Reads the workbook open in Excel. */
export async function readSnapshot(host: ExcelHost, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return host.run(async (context) => (await readInContext(context, host, options)).snapshot);
}

/** What `readInContext` gives: the snapshot, the syncs it took, and what the host kept the door from seeing. */
export interface ContextRead {
  readonly snapshot: WorkbookSnapshot;
  readonly syncs: number;
  /** Pivot tables known by name only (ExcelApi 1.3 without 1.8): the fill plan could not refuse their cells. */
  readonly findings: readonly Finding[];
}

/** The read of `readSnapshot` inside a run the caller holds, with the number of syncs it took. */
export async function readInContext(
  context: Excel.RequestContext,
  host: Pick<ExcelHost, "isSetSupported" | "lang">,
  options: ReadOptions = {},
): Promise<ContextRead> {
  const limit = options.payloadLimitBytes ?? 4 * 1024 * 1024;
  const reach: Reach = {
    detailed: host.isSetSupported("ExcelApi", CELL_PROPERTIES_API),
    withMerges: host.isSetSupported("ExcelApi", MERGED_AREAS_API),
    pivots: pivotReach(host),
    naming: workbookNaming(host, options.source),
  };
  let refused = 0;
  if (!options.sheets) {
    const whole = await readWhole(context, { ...options, ...reach });
    if (whole.snapshot) return { snapshot: whole.snapshot, syncs: whole.syncs, findings: whole.findings };
    refused = whole.syncs;
  }
  const frames = options.sheets
    ? await namedFrames(context, options, options.sheets, reach)
    : await listedFrames(context, options, reach);
  const contents = queueContents(frames.reads, limit, reach);
  for (const batch of contents.batches) {
    for (const queued of batch) queued.apply();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of cells, not per line: Excel on the web refuses larger responses.
    await context.sync();
  }
  const sheets = frames.reads.map((read, index) => sheetSnapshot(read, contents.perSheet[index]));
  const names = [
    ...definedNames(frames.workbookNames.items),
    ...frames.reads.flatMap((read) => definedNames(read.names.items, read.sheet.name)),
  ];
  const snapshot = { source: frames.source(), sheets, names };
  const findings = frames.reads.flatMap((read, index) =>
    unplacedPivotFindings(read.sheet.name, contents.perSheet[index].pivots),
  );
  return { snapshot, syncs: refused + frames.syncs + contents.batches.length, findings };
}

function lineOp(read: SheetRead, contents: SheetContents, detailed: boolean, withMerges: boolean): QueuedOp {
  const lastRow = read.range.rowIndex + read.range.rowCount;
  const lastColumn = columnLetters(read.range.columnIndex + read.range.columnCount - 1);
  return {
    bytes: detailed ? (lastRow + read.range.columnCount) * LINE_PROPERTY_BYTES : 0,
    apply: () => {
      // Merged areas of the whole sheet; hidden lines from row 1 / column A to the end of the range read.
      if (withMerges) contents.merges = read.sheet.getRange().getMergedAreasOrNullObject().load("address");
      if (!detailed) return;
      contents.rows = read.sheet
        .getRange(`A1:A${lastRow}`)
        .getRowProperties({ rowIndex: true, rowHidden: true });
      contents.columns = read.sheet
        .getRange(`A1:${lastColumn}1`)
        .getColumnProperties({ columnIndex: true, columnHidden: true });
    },
  };
}

/** Plans the content loads: the tables' details, then row blocks whose estimated response fits `limit`. */
function queueContents(reads: readonly SheetRead[], limit: number, reach: Reach) {
  const { detailed, withMerges } = reach;
  const perSheet: SheetContents[] = [];
  const queues: QueuedOp[] = [];
  const perCell = detailed ? READ_BYTES_PER_CELL.detailed : READ_BYTES_PER_CELL.plain;
  const maxCells = Math.max(1, Math.floor(limit / perCell));
  for (const read of reads) {
    const tables = tableDetailOps(read.tables);
    const pivots = pivotDetailOps(read.pivots?.items ?? [], reach.pivots);
    const contents: SheetContents = { blocks: [], tables: tables.details, pivots: pivots.details };
    perSheet.push(contents);
    queues.push(...tables.ops, ...pivots.ops);
    if (read.range.isNullObject) continue;
    const { rowCount, columnCount } = read.range;
    const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
    queues.push(lineOp(read, contents, detailed, withMerges));
    for (let top = 0; top < rowCount; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - top);
      queues.push({
        bytes: rows * columnCount * perCell,
        apply: () => {
          const range = read.range.getCell(top, 0).getResizedRange(rows - 1, columnCount - 1);
          range.load("values, formulas, numberFormat, valueTypes");
          const properties = detailed
            ? (range.getCellProperties(BLOCK_PROPERTIES) as OfficeExtension.ClientResult<CellProperties[][]>)
            : undefined;
          contents.blocks.push({ range, properties });
        },
      });
    }
  }
  return { perSheet, batches: chunkByBytes(queues, limit) };
}

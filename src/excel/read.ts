// readSnapshot: the open workbook → a door-neutral WorkbookSnapshot, in ONE Excel.run and 3 syncs for up to ~23 000
// cells (~50 000 without cell properties): (1) sheets and names, (2) used ranges (address only) and protection,
// (3) contents in row blocks whose estimated response (READ_BYTES_PER_CELL) stays under the payload budget; only
// bigger sheets take more syncs, one per ~4 MB.
//
// What the Excel door knows vs the xlsx door: values (typed through valueTypes), formulas, number formats, sheet
// visibility, protection on/off, defined names. With ExcelApi 1.9 also fills and locked flags (getCellProperties)
// and hidden rows/columns from A1 to the end of the range read; with 1.13 the merged areas of the whole sheet.
// It cannot tell a white fill from no fill (both read "#FFFFFF", reported as no fill), nor see hidden rows/columns
// below or right of the range. Formula results are Excel's live values (the xlsx door has the cached ones).

import type {
  CellSnapshot,
  CellValue,
  DefinedNameSnapshot,
  SheetSnapshot,
  SheetVisibility,
  WorkbookSnapshot,
} from "../core/workbook";
import { columnLetters } from "../core/workbook";
import { type QueuedOp, chunkByBytes } from "./batches";
import { CELL_PROPERTIES_API, MERGED_AREAS_API } from "./requirements";
import type { ExcelHost } from "./host";

export interface ReadOptions {
  /** Sheets to read (all when absent); names not found are ignored. */
  readonly sheets?: readonly string[];
  /** A1 range to read on each sheet instead of its used range, e.g. "A1:H200". */
  readonly range?: string;
  /** Goes to `WorkbookSnapshot.source`, for messages. */
  readonly source?: string;
  /** Response budget per sync in bytes (estimated with READ_BYTES_PER_CELL); default 4 MB. */
  readonly payloadLimitBytes?: number;
}

/** Estimated response bytes per cell for values + formulas + numberFormat + valueTypes + properties. */
export const READ_BYTES_PER_CELL = { plain: 80, detailed: 180 } as const;

/** Estimated response bytes per row or column of getRowProperties / getColumnProperties. */
const LINE_PROPERTY_BYTES = 40;

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface CellProperties {
  readonly format?: {
    readonly fill?: { readonly color?: string };
    readonly protection?: { readonly locked?: boolean };
  };
}

interface Block {
  readonly range: Excel.Range;
  readonly properties?: OfficeExtension.ClientResult<CellProperties[][]>;
}

interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
  readonly names: Excel.NamedItemCollection;
}

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

function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function definedNames(items: readonly Excel.NamedItem[], sheet?: string): DefinedNameSnapshot[] {
  return items.map((item) => ({
    name: item.name,
    ...(sheet ? { sheet } : {}),
    ref: item.formula.replace(/^=/, ""),
    ...(item.visible ? {} : { hidden: true }),
  }));
}

/** Reads the workbook open in Excel. */
export async function readSnapshot(host: ExcelHost, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const limit = options.payloadLimitBytes ?? 4 * 1024 * 1024;
  const detailed = host.isSetSupported("ExcelApi", CELL_PROPERTIES_API);
  const withMerges = host.isSetSupported("ExcelApi", MERGED_AREAS_API);
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility");
    const workbookNames = context.workbook.names;
    workbookNames.load("items/name, items/formula, items/visible");
    await context.sync();

    const wanted = options.sheets?.map((name) => name.toLowerCase());
    const selected = worksheets.items.filter((sheet) => !wanted || wanted.includes(sheet.name.toLowerCase()));
    const reads: SheetRead[] = selected.map((sheet) => {
      const range = options.range ? sheet.getRange(options.range) : sheet.getUsedRangeOrNullObject();
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      sheet.protection.load("protected");
      const names = sheet.names;
      names.load("items/name, items/formula, items/visible");
      return { sheet, range, names };
    });
    await context.sync();

    const contents = queueContents(reads, limit, detailed, withMerges);
    for (const batch of contents.batches) {
      for (const queued of batch) queued.apply();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of cells, not per line: Excel on the web refuses larger responses.
      await context.sync();
    }
    const sheets = reads.map((read, index) => sheetSnapshot(read, contents.perSheet[index]));
    const names = [
      ...definedNames(workbookNames.items),
      ...reads.flatMap((read) => definedNames(read.names.items, read.sheet.name)),
    ];
    return { source: options.source ?? "", sheets, names };
  });
}

interface SheetContents {
  readonly blocks: Block[];
  merges?: Excel.RangeAreas;
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** Plans the content loads: row blocks whose estimated response fits `limit`, grouped into syncs under it. */
function queueContents(reads: readonly SheetRead[], limit: number, detailed: boolean, withMerges: boolean) {
  const perSheet: SheetContents[] = [];
  const queues: QueuedOp[] = [];
  const perCell = detailed ? READ_BYTES_PER_CELL.detailed : READ_BYTES_PER_CELL.plain;
  const maxCells = Math.max(1, Math.floor(limit / perCell));
  for (const read of reads) {
    const contents: SheetContents = { blocks: [] };
    perSheet.push(contents);
    if (read.range.isNullObject) continue;
    const { rowCount, columnCount } = read.range;
    const lastRow = read.range.rowIndex + rowCount;
    const lastColumn = columnLetters(read.range.columnIndex + columnCount - 1);
    const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
    queues.push({
      bytes: detailed ? (lastRow + columnCount) * LINE_PROPERTY_BYTES : 0,
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
    });
    for (let top = 0; top < rowCount; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - top);
      queues.push({
        bytes: rows * columnCount * perCell,
        apply: () => {
          const range = read.range.getCell(top, 0).getResizedRange(rows - 1, columnCount - 1);
          range.load("values, formulas, numberFormat, valueTypes");
          const properties = detailed
            ? (range.getCellProperties({
                format: { fill: { color: true }, protection: true },
              }) as OfficeExtension.ClientResult<CellProperties[][]>)
            : undefined;
          contents.blocks.push({ range, properties });
        },
      });
    }
  }
  return { perSheet, batches: chunkByBytes(queues, limit) };
}

function sheetSnapshot(read: SheetRead, contents: SheetContents): SheetSnapshot {
  const base = {
    name: read.sheet.name,
    visibility: VISIBILITY[read.sheet.visibility] ?? "visible",
    protected: read.sheet.protection.protected,
  };
  if (read.range.isNullObject) {
    return {
      ...base,
      range: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
      cells: [],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  }
  const cells: CellSnapshot[][] = [];
  for (const block of contents.blocks) {
    const properties = block.properties?.value;
    for (let r = 0; r < block.range.values.length; r += 1) {
      cells.push(block.range.values[r].map((_, c) => cellOf(block.range, properties, r, c)));
    }
  }
  const merges =
    contents.merges && !contents.merges.isNullObject
      ? contents.merges.address.split(",").map((area) => stripSheet(area.trim()))
      : [];
  return {
    ...base,
    range: {
      row: read.range.rowIndex,
      column: read.range.columnIndex,
      rowCount: read.range.rowCount,
      columnCount: read.range.columnCount,
    },
    cells,
    merges,
    hiddenRows: (contents.rows?.value ?? [])
      .filter((row) => row.rowHidden)
      .map((row) => row.rowIndex as number),
    hiddenColumns: (contents.columns?.value ?? [])
      .filter((column) => column.columnHidden)
      .map((column) => column.columnIndex as number),
  };
}

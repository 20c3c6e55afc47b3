// The xlsx door's reader: any .xlsx bytes → a WorkbookSnapshot. Browser-safe (our zip container and saxes; Node's
// zlib only through zip-codec.ts, which the browser builds swap), so the task pane can read a dropped bid file with
// the same code as the CLI.

import type { ZipPackage } from "./zip-parts";
import type { DefinedNameSnapshot, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { CellFactory } from "./cell-factory";
import { CellTagCounter } from "./cell-count";
import { SPREADSHEET } from "./namespaces";
import { openPackage, sheetElements, type SheetPart, type WorkbookPackage } from "./package";
import { readSheet } from "./sheet-read";
import { tooManyCells, type ScanContext } from "./cell-value";
import { SheetScanner } from "./sheet-scan";
import { SharedStringsReader } from "./string-items";
import { readCellStyles, type CellStyleInfo } from "./styles-read";
import { readPivotTables, readTables } from "./table-read";
import { readThemeColors } from "./theme-colors";
import { attributeOf } from "./xml-reader";
import { childOf, childrenOf, parseXmlTree, type XmlNode } from "./xml-tree";
import {
  checkDeclaredTotal,
  declaredSize,
  inflatePart,
  MAX_PART_BYTES,
  MAX_TOTAL_BYTES,
  parsePart,
  readPart,
} from "./zip-parts";

export interface ReadOptions {
  /** Upper bound on cells per sheet (used range area and listed cells); larger sheets are refused. */
  readonly maxCells?: number;
  /** Upper bound on one part's uncompressed size (default `MAX_PART_BYTES`). */
  readonly maxPartBytes?: number;
  /** Upper bound on the uncompressed size of all parts read (default `MAX_TOTAL_BYTES`). */
  readonly maxTotalBytes?: number;
}

/** Enough for any BPU/DQE with room to spare, small enough to keep memory bounded in a task pane. */
export const DEFAULT_MAX_CELLS = 500_000;

async function partTree(
  zip: ZipPackage,
  path: string | undefined,
  file: string,
): Promise<XmlNode | undefined> {
  const xml = path === undefined ? undefined : readPart(zip, path, file);
  return xml === undefined || path === undefined ? undefined : parseXmlTree(xml, { file, part: path });
}

async function readSharedStrings(pkg: WorkbookPackage): Promise<string[]> {
  const reader = new SharedStringsReader();
  if (pkg.sharedStringsPath) parsePart(pkg.zip, pkg.sharedStringsPath, pkg.fileName, reader);
  return reader.strings;
}

function readDefinedNames(workbook: XmlNode, sheetNames: readonly string[]): DefinedNameSnapshot[] {
  const names = childOf(workbook, SPREADSHEET, "definedNames");
  return childrenOf(names, SPREADSHEET, "definedName").map(({ tag, text }) => {
    const localSheetId = attributeOf(tag, "localSheetId");
    const local = localSheetId !== undefined ? sheetNames[Number(localSheetId)] : undefined;
    const hidden = attributeOf(tag, "hidden");
    return {
      name: attributeOf(tag, "name") ?? "",
      ...(local !== undefined ? { sheet: local } : {}),
      ref: text,
      ...(hidden === "1" || hidden === "true" ? { hidden: true } : {}),
    };
  });
}

// The smallest cell element, "<c/>": a part under 4 bytes per allowed cell cannot hold too many cells.
const SMALLEST_CELL_BYTES = 4;

/** A large sheet part has its cell tags counted (bytes, no parsing) first, to refuse a huge sheet quickly. */
async function refuseCrowdedSheet(
  pkg: WorkbookPackage,
  part: SheetPart,
  context: ScanContext,
): Promise<void> {
  const declared = declaredSize(pkg.zip, part.path);
  if (declared === undefined || declared <= context.maxCells * SMALLEST_CELL_BYTES) return;
  const counter = new CellTagCounter();
  const count = (bytes: Uint8Array) => {
    counter.add(bytes);
    if (counter.count > context.maxCells) throw tooManyCells(context);
  };
  inflatePart(pkg.zip, part.path, pkg.fileName, count, { total: false });
}

async function readOneSheet(
  pkg: WorkbookPackage,
  part: SheetPart,
  context: ScanContext,
  styles: readonly CellStyleInfo[],
): Promise<SheetSnapshot> {
  await refuseCrowdedSheet(pkg, part, context);
  const factory = new CellFactory(styles);
  const scanner = new SheetScanner(context, factory);
  parsePart(pkg.zip, part.path, pkg.fileName, scanner);
  const scan = scanner.result();
  return readSheet({
    file: context.file,
    sheet: context.sheet,
    maxCells: context.maxCells,
    scan,
    state: part.state,
    factory,
    tables: await readTables(pkg.zip, part.path, scan.tableIds, pkg.fileName),
    pivotTables: await readPivotTables(pkg.zip, part.path, pkg.fileName),
  });
}

/**
 * Reads every worksheet of an .xlsx into snapshots. Throws `WorkbookReadError` (naming `fileName`) for bytes
 * that are not a zip, a zip that is not a workbook, an encrypted workbook, a legacy .xls, a part that is not
 * well-formed XML, a sheet over the cell bound, or parts over the size bounds.
 */
export async function readWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const pkg = await openPackage(data, fileName, {
    maxPartBytes: options.maxPartBytes ?? MAX_PART_BYTES,
    maxTotalBytes: options.maxTotalBytes ?? MAX_TOTAL_BYTES,
  });
  const sheetPaths = pkg.sheets.map((sheet) => sheet.path);
  checkDeclaredTotal(
    pkg.zip,
    [pkg.sharedStringsPath, pkg.stylesPath, pkg.themePath, ...sheetPaths],
    fileName,
  );
  const sharedStrings = await readSharedStrings(pkg);
  const theme = readThemeColors(await partTree(pkg.zip, pkg.themePath, fileName));
  const styles = readCellStyles(await partTree(pkg.zip, pkg.stylesPath, fileName), theme);
  const sheets: SheetSnapshot[] = [];
  for (const part of pkg.sheets) {
    const context = { file: fileName, sheet: part.name, sharedStrings, maxCells };
    sheets.push(await readOneSheet(pkg, part, context, styles));
  }
  // localSheetId counts every sheet of the workbook, chart sheets included.
  const allSheetNames = sheetElements(pkg.workbook).map(({ tag }) => attributeOf(tag, "name") ?? "");
  return { source: fileName, sheets, names: readDefinedNames(pkg.workbook, allSheetNames) };
}

// The workbook the fake holds: plain data that tests assert on after the door has synced.

import { type Box, boxColumns, cellKey, parseAddress } from "./address";

export type FakeCellKind = "empty" | "number" | "text" | "boolean" | "error";

/** Format properties by path ("fill.color", "font.bold", "protection.locked", "borders.EdgeTop.style"…). */
export type FakeFormat = Record<string, string | number | boolean>;

export interface FakeCell {
  kind: FakeCellKind;
  /** "" when empty; for a formula, the cached result (the fake does not calculate: "" unless given). */
  value: number | string | boolean;
  /** With its leading "=", when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  format: FakeFormat;
}

/** Defaults Office.js reports for a cell nobody formatted. */
export const DEFAULT_FORMAT: Readonly<FakeFormat> = {
  "fill.color": "#FFFFFF",
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.size": 11,
  "font.color": "#000000",
  "font.name": "Calibri",
  "protection.locked": true,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};

export interface FakeValidation {
  box: Box;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface FakeProtection {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

export interface FakeName {
  name: string;
  /** With its leading "=", e.g. "=BPU!$D$12". */
  formula: string;
  visible: boolean;
  comment?: string;
}

export interface FakeTable {
  name: string;
  /** The whole table: header row (when shown), data rows, totals row (when shown). */
  box: Box;
  hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
  showTotals: boolean;
  /** Column names, left to right (the header cells' text when the table was created). */
  columns: string[];
}

/** A pivot table: its name and the cells its layout covers (filter area excluded). */
export interface FakePivotTable {
  name: string;
  box: Box;
}

export interface FakeConditionalFormat {
  box: Box;
  type: string;
  rule?: Record<string, unknown>;
  format: FakeFormat;
  criteria?: Record<string, unknown>;
}

export interface FakeChart {
  type: string;
  title: string;
  /** Anchor cells (A1) set by setPosition. */
  from?: string;
  to?: string;
  /** Ranges as absolute sheet-qualified references, e.g. "'Comparaison'!$B$2:$B$5". */
  series: { name: string; values?: string; categories?: string }[];
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<string, FakeCell>;
  merges: Box[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  freeze: { rows: number; columns: number };
  protection: FakeProtection;
  validations: FakeValidation[];
  names: FakeName[];
  tables: FakeTable[];
  pivotTables: FakePivotTable[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  /** Print settings: orientation, paperSize, printGridlines, zoom, printArea, printTitleRows. */
  pageLayout: Record<string, unknown>;
}

export interface FakeWorkbook {
  /** What `Workbook.name` gives (ExcelApi 1.7): the file's name as Excel shows it. */
  name: string;
  sheets: FakeSheet[];
  names: FakeName[];
  properties: Record<string, string>;
  /** Where `Range.select()` last moved the selection. */
  selection?: { sheet: string; address: string };
  /** Name of the sheet shown in Excel (`Worksheet.activate`); the first visible sheet when unset. */
  activeSheet?: string;
  /** Sequence for sheet ids. */
  nextId: number;
}

export function emptyCell(): FakeCell {
  return { kind: "empty", value: "", numberFormat: "General", format: {} };
}

export function newSheet(book: FakeWorkbook, name: string): FakeSheet {
  book.nextId += 1;
  return {
    id: `{sheet-${book.nextId}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, options: {} },
    validations: [],
    names: [],
    tables: [],
    pivotTables: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: {},
  };
}

export function findSheet(book: FakeWorkbook, name: string): FakeSheet | undefined {
  const wanted = name.toLowerCase();
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/** The sheet Excel shows: the one last activated, else the first visible one (as when a workbook opens). */
export function activeSheetOf(book: FakeWorkbook): FakeSheet | undefined {
  const chosen = book.activeSheet === undefined ? undefined : findSheet(book, book.activeSheet);
  return chosen ?? book.sheets.find((sheet) => sheet.visibility === "Visible");
}

/** The cell at A1 `address` of `sheet` (a fresh empty cell when never written), for assertions in tests. */
export function cellAt(sheet: FakeSheet, address: string): FakeCell {
  const box = parseAddress(address, "cellAt");
  return sheet.cells.get(cellKey(box.top, box.left)) ?? emptyCell();
}

/** A format property of a cell with Office's default when never set. */
export function formatOf(cell: FakeCell, path: string): string | number | boolean | undefined {
  return path in cell.format ? cell.format[path] : DEFAULT_FORMAT[path];
}

/**
 * Column names as Excel gives them when a table is created: the header cells' text, "Column<n>" for a blank
 * header or a table without one, and a number appended to a name already taken ("Prix", "Prix2").
 */
export function columnNames(sheet: FakeSheet, box: Box, hasHeaders: boolean): string[] {
  const names: string[] = [];
  for (let index = 0; index < boxColumns(box); index += 1) {
    const cell = hasHeaders ? sheet.cells.get(cellKey(box.top, box.left + index)) : undefined;
    const text = cell && cell.value !== "" ? String(cell.value) : `Column${index + 1}`;
    let name = text;
    for (let suffix = 2; names.some((taken) => taken.toLowerCase() === name.toLowerCase()); suffix += 1)
      name = `${text}${suffix}`;
    names.push(name);
  }
  return names;
}

/** What tests may give as a starting workbook. A string starting with "=" is a formula. */
/** The name Excel gives a new workbook not saved yet (in French); `FakeInit.name` sets another. */
export const DEFAULT_WORKBOOK_NAME = "Classeur1";

export interface FakeInit {
  /** The workbook's name (`Workbook.name`), e.g. "t-mairie.xlsx"; DEFAULT_WORKBOOK_NAME when absent. */
  readonly name?: string;
  readonly sheets?: readonly {
    readonly name: string;
    readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
    readonly cells?: Readonly<Record<string, number | string | boolean>>;
    readonly numberFormats?: Readonly<Record<string, string>>;
    readonly merges?: readonly string[];
    /** Format properties by cell ("protection.locked": false, "fill.color": "#FFFF00"…), as Office.js reports them. */
    readonly formats?: Readonly<Record<string, FakeFormat>>;
    /** 0-based hidden rows and columns. */
    readonly hiddenRows?: readonly number[];
    readonly hiddenColumns?: readonly number[];
    readonly protected?: boolean;
    /** Tables over the given cells; column names default to the header cells' text, as Excel names them. */
    readonly tables?: readonly {
      readonly name: string;
      readonly range: string;
      readonly hasHeaders?: boolean;
      readonly showTotals?: boolean;
      readonly columns?: readonly string[];
    }[];
    /** Pivot tables over the given cells (their layout's range, filter area excluded). */
    readonly pivotTables?: readonly { readonly name: string; readonly range: string }[];
  }[];
  readonly names?: readonly { readonly name: string; readonly formula: string }[];
}

export function createWorkbook(init: FakeInit = {}): FakeWorkbook {
  const book: FakeWorkbook = {
    name: init.name ?? DEFAULT_WORKBOOK_NAME,
    sheets: [],
    names: [],
    properties: {},
    nextId: 0,
  };
  for (const spec of init.sheets ?? [{ name: "Sheet1" }]) {
    const sheet = newSheet(book, spec.name);
    sheet.visibility = spec.visibility ?? "Visible";
    sheet.protection.protected = spec.protected ?? false;
    for (const [address, raw] of Object.entries(spec.cells ?? {})) {
      const box = parseAddress(address, "init");
      const cell = emptyCell();
      if (typeof raw === "string" && raw.startsWith("=")) Object.assign(cell, { formula: raw });
      else Object.assign(cell, { kind: typeof raw === "string" ? "text" : typeof raw, value: raw });
      sheet.cells.set(cellKey(box.top, box.left), cell);
    }
    for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
      const box = parseAddress(address, "init");
      const key = cellKey(box.top, box.left);
      const cell = sheet.cells.get(key) ?? emptyCell();
      cell.numberFormat = format;
      sheet.cells.set(key, cell);
    }
    for (const [address, format] of Object.entries(spec.formats ?? {})) {
      const box = parseAddress(address, "init");
      const key = cellKey(box.top, box.left);
      const cell = sheet.cells.get(key) ?? emptyCell();
      cell.format = { ...cell.format, ...format };
      sheet.cells.set(key, cell);
    }
    sheet.hiddenRows = new Set(spec.hiddenRows ?? []);
    sheet.hiddenColumns = new Set(spec.hiddenColumns ?? []);
    sheet.merges = (spec.merges ?? []).map((address) => parseAddress(address, "init"));
    sheet.tables = (spec.tables ?? []).map((table) => {
      const box = parseAddress(table.range, "init");
      const hasHeaders = table.hasHeaders ?? true;
      return {
        name: table.name,
        box,
        hasHeaders,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showTotals: table.showTotals ?? false,
        columns: [...(table.columns ?? columnNames(sheet, box, hasHeaders))],
      };
    });
    sheet.pivotTables = (spec.pivotTables ?? []).map((pivot) => ({
      name: pivot.name,
      box: parseAddress(pivot.range, "init"),
    }));
    book.sheets.push(sheet);
  }
  book.names = (init.names ?? []).map((name) => ({ ...name, visible: true }));
  return book;
}

// Excel.Range, faked strictly for the subset the Excel door uses (its format lives in format.ts).

import {
  type Box,
  FAKE_MAX_COLUMNS,
  FAKE_MAX_ROWS,
  boxColumns,
  boxRows,
  formatBox,
  parseAddress,
  quoteSheet,
} from "./address";
import { applyInput, isCellInput, readFormula, readValue, readValueType } from "./cells";
import { invalidArgument, invalidOperation } from "./errors";
import {
  type Batch,
  type FakeContext,
  FakeClientResult,
  FakeObject,
  type Loadable,
  loadPaths,
  strict,
} from "./runtime";
import {
  addMerge,
  checkCellCount,
  guardPivotTables,
  guardProtection,
  matrix,
  updateCells,
} from "./sheet-ops";
import { type FakeSheet, activeSheetOf, formatOf } from "./state";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./validation";
import { cellPropertyPaths } from "./cell-properties";
import { FakeRangeFormat } from "./format";

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly box: Box;
}

type Readers = Readonly<Record<string, (target: RangeTarget) => unknown>>;

/** Checks a 2-D input against the range's size (Office.js: InvalidArgument at sync) or spreads a single value. */
function cellsOf(input: unknown, box: Box, location: string): unknown[][] {
  if (!Array.isArray(input)) {
    return Array.from({ length: boxRows(box) }, () => Array.from({ length: boxColumns(box) }, () => input));
  }
  const fits =
    input.length === boxRows(box) &&
    input.every((row) => Array.isArray(row) && row.length === boxColumns(box));
  if (!fits) {
    throw invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return input as unknown[][];
}

export class FakeRange extends FakeObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeContext, resolver: () => RangeTarget | null, nullable = false) {
    super(context, "Range", resolver, nullable);
    const own = () => this.target();
    this.format = strict(new FakeRangeFormat(context, own), "RangeFormat");
    this.dataValidation = strict(new FakeDataValidation(context, own), "DataValidation");
    this.conditionalFormats = strict(
      new FakeConditionalFormatCollection(context, own),
      "ConditionalFormatCollection",
    );
  }

  protected override child(name: string): Loadable | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readers(): Readers {
    return {
      address: ({ sheet, box }) => `${quoteSheet(sheet.name)}!${formatBox(box)}`,
      rowIndex: ({ box }) => box.top,
      columnIndex: ({ box }) => box.left,
      rowCount: ({ box }) => boxRows(box),
      columnCount: ({ box }) => boxColumns(box),
      values: ({ sheet, box }) => matrix(sheet, box, readValue),
      formulas: ({ sheet, box }) => matrix(sheet, box, readFormula),
      valueTypes: ({ sheet, box }) => matrix(sheet, box, readValueType),
      numberFormat: ({ sheet, box }) => matrix(sheet, box, (cell) => cell.numberFormat),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.writeContent("values", input);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeContent("formulas", input);
  }

  private writeContent(name: string, input: unknown): void {
    const location = `Range.${name}`;
    this.write(name, input, ({ sheet, box }) => {
      const rows = cellsOf(input, box, location);
      checkCellCount(box, location);
      guardProtection(sheet, box, location);
      guardPivotTables(sheet, box, rows, location);
      for (const value of rows.flat())
        if (!isCellInput(value)) throw invalidArgument(location, `cell input ${JSON.stringify(value)}`);
      updateCells(sheet, box, (cell, r, c) => {
        const value = rows[r][c];
        if (value !== null && !applyInput(cell, value as string | number | boolean))
          throw invalidArgument(location, String(value));
      });
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, ({ sheet, box }) => {
      const rows = cellsOf(input, box, "Range.numberFormat");
      checkCellCount(box, "Range.numberFormat");
      guardProtection(sheet, box, "Range.numberFormat", true);
      updateCells(sheet, box, (cell, r, c) => {
        const value = rows[r][c];
        if (value === null) return;
        if (typeof value !== "string") throw invalidArgument("Range.numberFormat", JSON.stringify(value));
        cell.numberFormat = value === "" ? "General" : value;
      });
    });
  }

  set columnHidden(hidden: boolean) {
    this.write(
      "columnHidden",
      hidden,
      ({ sheet, box }) => {
        for (let column = box.left; column <= box.right; column += 1) {
          if (hidden) sheet.hiddenColumns.add(column);
          else sheet.hiddenColumns.delete(column);
        }
      },
      "ExcelApi 1.2",
    );
  }

  set rowHidden(hidden: boolean) {
    this.write(
      "rowHidden",
      hidden,
      ({ sheet, box }) => {
        checkCellCount({ ...box, left: 0, right: 0 }, "Range.rowHidden");
        for (let row = box.top; row <= box.bottom; row += 1) {
          if (hidden) sheet.hiddenRows.add(row);
          else sheet.hiddenRows.delete(row);
        }
      },
      "ExcelApi 1.2",
    );
  }

  getCell(row: number, column: number): FakeRange {
    this.context.call("Range.getCell");
    return strict(
      new FakeRange(this.context, () => {
        const target = this.target();
        if (target === null) return null;
        const top = target.box.top + row;
        const left = target.box.left + column;
        if (row < 0 || column < 0 || top >= FAKE_MAX_ROWS || left >= FAKE_MAX_COLUMNS)
          throw invalidArgument("Range.getCell", `${row},${column}`);
        return { sheet: target.sheet, box: { top, left, bottom: top, right: left } };
      }),
      "Range",
    );
  }

  /** The smallest range holding this one and `other` (ExcelApi 1.1); both must be on the same sheet. */
  getBoundingRect(other: FakeRange): FakeRange {
    this.context.call("Range.getBoundingRect", "ExcelApi 1.1");
    return strict(
      new FakeRange(this.context, () => {
        const target = this.target();
        const second = other.target();
        if (target === null || second === null) return null;
        if (target.sheet !== second.sheet) throw invalidArgument("Range.getBoundingRect", "another sheet");
        const box = {
          top: Math.min(target.box.top, second.box.top),
          left: Math.min(target.box.left, second.box.left),
          bottom: Math.max(target.box.bottom, second.box.bottom),
          right: Math.max(target.box.right, second.box.right),
        };
        return { sheet: target.sheet, box };
      }),
      "Range",
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    // 1.3, not the 1.2 of @types/office-js: office.js itself checks "Range.getResizedRange" against ExcelApi 1.3.
    this.context.call("Range.getResizedRange", "ExcelApi 1.3");
    return strict(
      new FakeRange(this.context, () => {
        const target = this.target();
        if (target === null) return null;
        const box = {
          ...target.box,
          bottom: target.box.bottom + deltaRows,
          right: target.box.right + deltaColumns,
        };
        if (
          box.bottom < box.top ||
          box.right < box.left ||
          box.bottom >= FAKE_MAX_ROWS ||
          box.right >= FAKE_MAX_COLUMNS
        ) {
          throw invalidArgument("Range.getResizedRange", `${deltaRows},${deltaColumns}`);
        }
        return { sheet: target.sheet, box };
      }),
      "Range",
    );
  }

  /**
   * Selects the range (recorded in `state.selection`). Stricter than the reference, which only says "Selects the
   * specified range in the Excel UI": the range's sheet must be the active one, as VBA's Range.Select requires and
   * as users report for Office.js (office-js issue #5118: select on another sheet does nothing). Activate first.
   */
  select(): void {
    this.invoke("select", [], ({ sheet, box }) => {
      if (sheet.visibility !== "Visible") throw invalidOperation("Range.select", "the sheet is hidden");
      const book = this.context.runtime.book;
      if (activeSheetOf(book) !== sheet)
        throw invalidOperation("Range.select", `the sheet "${sheet.name}" is not the active sheet`);
      book.selection = { sheet: sheet.name, address: formatBox(box) };
    });
  }

  merge(across = false): void {
    this.invoke("merge", [across], ({ sheet, box }) => addMerge(sheet, box, across), "ExcelApi 1.2");
  }

  unmerge(): void {
    this.invoke(
      "unmerge",
      [],
      ({ sheet, box }) => {
        sheet.merges = sheet.merges.filter(
          (merge) =>
            !(
              merge.top >= box.top &&
              merge.bottom <= box.bottom &&
              merge.left >= box.left &&
              merge.right <= box.right
            ),
        );
      },
      "ExcelApi 1.2",
    );
  }

  /** Per-cell formats in one call (ExcelApi 1.9): supports format/fill/color, format/font/*, format/protection/locked. */
  getCellProperties(spec: Readonly<Record<string, unknown>>): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>();
    const paths = loadPaths(spec);
    this.invoke(
      "getCellProperties",
      [spec],
      ({ sheet, box }, batch: Batch) => {
        // "format/protection" is a boolean in CellPropertiesFormatLoadOptions: it loads the whole protection object.
        const expanded = paths.flatMap((path) =>
          path === "format/protection"
            ? ["format/protection/locked", "format/protection/formulaHidden"]
            : [path],
        );
        const unknown = expanded.filter(
          (path) =>
            !/^format\/(fill\/color|font\/(bold|italic|color|size|name)|protection\/(locked|formulaHidden))$/.test(
              path,
            ),
        );
        if (unknown.length > 0) throw invalidArgument("Range.getCellProperties", unknown.join(", "));
        const cells = matrix(sheet, box, (cell) => {
          const format: Record<string, Record<string, unknown>> = {};
          for (const path of expanded) {
            const [, group, name] = path.split("/");
            const value = name === "formulaHidden" ? false : formatOf(cell, `${group}.${name}`);
            format[group] = { ...format[group], [name]: value };
          }
          return { format } as Record<string, unknown>;
        });
        result.settle(batch, cells);
      },
      "ExcelApi 1.9",
    );
    return result;
  }

  /** Per-cell formats in one call (ExcelApi 1.9); `{}` leaves a cell alone. Supported: fill, font, protection.locked,
   *  alignment, wrapText, indentLevel, borders top/bottom/left/right. */
  setCellProperties(input: unknown): void {
    this.invoke(
      "setCellProperties",
      [input],
      ({ sheet, box }) => {
        const rows = cellsOf(input, box, "Range.setCellProperties");
        const changes = rows.map((row) => row.map((entry) => cellPropertyPaths(entry)));
        checkCellCount(box, "Range.setCellProperties");
        guardProtection(sheet, box, "Range.setCellProperties", true);
        updateCells(sheet, box, (cell, r, c) => {
          for (const [path, value] of changes[r][c]) cell.format[path] = value;
        });
      },
      "ExcelApi 1.9",
    );
  }

  getRowProperties(spec: Readonly<Record<string, unknown>>): FakeClientResult<Record<string, unknown>[]> {
    const result = new FakeClientResult<Record<string, unknown>[]>();
    this.invoke(
      "getRowProperties",
      [spec],
      ({ sheet, box }, batch) => {
        checkCellCount({ ...box, left: 0, right: 0 }, "Range.getRowProperties");
        const rows = Array.from({ length: boxRows(box) }, (_, i) => ({
          rowIndex: box.top + i,
          rowHidden: sheet.hiddenRows.has(box.top + i),
        }));
        result.settle(batch, rows);
      },
      "ExcelApi 1.9",
    );
    return result;
  }

  getColumnProperties(spec: Readonly<Record<string, unknown>>): FakeClientResult<Record<string, unknown>[]> {
    const result = new FakeClientResult<Record<string, unknown>[]>();
    this.invoke(
      "getColumnProperties",
      [spec],
      ({ sheet, box }, batch) => {
        const columns = Array.from({ length: boxColumns(box) }, (_, i) => ({
          columnIndex: box.left + i,
          columnHidden: sheet.hiddenColumns.has(box.left + i),
        }));
        result.settle(batch, columns);
      },
      "ExcelApi 1.9",
    );
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.call("Range.getMergedAreasOrNullObject", "ExcelApi 1.13");
    const areas = strict(
      new FakeRangeAreas(this.context, () => {
        const target = this.target();
        if (target === null) return null;
        const inside = target.sheet.merges.filter(
          (merge) =>
            merge.top >= target.box.top &&
            merge.bottom <= target.box.bottom &&
            merge.left >= target.box.left &&
            merge.right <= target.box.right,
        );
        return inside.length === 0 ? null : { sheet: target.sheet, boxes: inside };
      }),
      "RangeAreas",
    );
    return areas;
  }
}

export class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; boxes: Box[] }> {
  constructor(context: FakeContext, resolver: () => { sheet: FakeSheet; boxes: Box[] } | null) {
    super(context, "RangeAreas", resolver, true);
    this.trackNull();
  }

  protected readers(): Readonly<Record<string, (target: { sheet: FakeSheet; boxes: Box[] }) => unknown>> {
    return {
      address: ({ sheet, boxes }) =>
        boxes.map((box) => `${quoteSheet(sheet.name)}!${formatBox(box)}`).join(", "),
      areaCount: ({ boxes }) => boxes.length,
    };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** A range of `sheet` resolved at sync time; a malformed address fails the request with InvalidArgument. */
export function rangeResolver(
  sheet: () => FakeSheet | null,
  address: string | undefined,
): () => RangeTarget | null {
  return () => {
    const found = sheet();
    if (found === null) return null;
    const box =
      address === undefined
        ? parseAddress("A:XFD", "Worksheet.getRange")
        : parseAddress(address, "Worksheet.getRange");
    return { sheet: found, box };
  };
}

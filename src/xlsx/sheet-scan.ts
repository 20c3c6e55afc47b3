// Scanning a worksheet part as it streams in: sparse cells with their values and formulas, rows, columns, merges,
// protection and table parts. The cell-count bound is checked at each <c>, so a huge sheet is refused before its
// cells fill memory.

import type { CellSnapshot } from "../core/workbook/snapshot";
import { EMPTY_VALUE } from "../core/workbook/snapshot";
import { parseRange, rangeContains, type RangeRef } from "../core/workbook/address";
import type { CellFactory } from "./cell-factory";
import { cellValueOf, columnOf, isTrue, tooManyCells, type ScanContext } from "./cell-value";
import { serialFromIso } from "./date-cell";
import { shiftFormula } from "./formula-shift";
import { RELATIONSHIPS, SPREADSHEET } from "./namespaces";
import { StringItemText } from "./string-items";
import { attributeOf, namespacedAttributeOf, type XmlHandler, type XmlTag } from "./xml-reader";

/**
 * The cells the part lists, as snapshots, with where each stands: `positions` holds the 0-based row and column of
 * `cells[i]` at 2i and 2i + 1 (no object per cell beside its snapshot: a sheet has tens of thousands of them).
 */
export interface ScannedCells {
  readonly positions: number[];
  readonly cells: CellSnapshot[];
}

export interface ScannedRow {
  readonly row: number;
  readonly hidden: boolean;
  /** The row's own style, when `customFormat` says it applies to cells not written in the XML. */
  readonly style?: number;
}

export interface ColumnSpan {
  readonly min: number;
  readonly max: number;
  readonly style?: number;
  readonly hidden: boolean;
}

export interface SheetScan {
  readonly rows: ScannedRow[];
  readonly cells: ScannedCells;
  readonly columns: ColumnSpan[];
  readonly merges: string[];
  readonly protected: boolean;
  /** Relationship ids of the sheet's table parts (`<tablePart r:id>`), in order. */
  readonly tableIds: string[];
}

interface SharedMaster {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

interface ArrayFormula {
  readonly range: RangeRef;
  readonly formula: string;
}

/** The fields of the <c> being read, reset at each cell. */
class OpenCell {
  row = 0;
  column = 0;
  type: string | undefined;
  style = 0;
  raw: string | undefined;
  inline: string | undefined;
  formulaText: string | undefined;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  arrayRef: string | undefined;

  /** Starts a new cell; one object serves every cell of the sheet. */
  reset(row: number, column: number, type: string | undefined, style: number): void {
    this.row = row;
    this.column = column;
    this.type = type;
    this.style = style;
    this.raw = this.inline = this.formulaText = undefined;
    this.formulaType = this.sharedIndex = this.arrayRef = undefined;
  }
}

/** The event handler that turns a worksheet part into a `SheetScan`. */
export class SheetScanner implements XmlHandler {
  private readonly scan: SheetScan = {
    rows: [],
    cells: { positions: [], cells: [] },
    columns: [],
    merges: [],
    protected: false,
    tableIds: [],
  };
  private protection = false;
  /** SpreadsheetML local names of the open elements ("" for elements of other vocabularies). */
  private readonly path: string[] = [];
  private rowIndex = -1;
  private columnIndex = -1;
  private readonly cell = new OpenCell();
  private collecting: "v" | "f" | undefined;
  private buffer = "";
  private inline: StringItemText | undefined;
  private readonly masters = new Map<string, SharedMaster>();
  private readonly arrays: ArrayFormula[] = [];

  constructor(
    private readonly context: ScanContext,
    private readonly factory: CellFactory,
  ) {}

  open(tag: XmlTag): void {
    const local = SPREADSHEET.has(tag.uri) ? tag.local : "";
    const parent = this.path[this.path.length - 1];
    this.path.push(local);
    if (this.inline) this.inline.open(local);
    else if (parent === "c") this.openInCell(local, tag);
    else if (parent === "row") {
      if (local === "c") this.openCell(tag);
    } else if (parent === "sheetData") {
      if (local === "row") this.openRow(tag);
    } else this.openOutsideData(parent, local, tag);
  }

  close(): void {
    const local = this.path.pop();
    const parent = this.path[this.path.length - 1];
    if (this.inline && !(local === "is" && parent === "c")) this.inline.close(local ?? "");
    else if (parent === "c") this.closeInCell(local);
    else if (local === "c" && parent === "row") this.closeCell();
  }

  text(text: string): void {
    if (this.collecting) this.buffer += text;
    else this.inline?.text(text);
  }

  /** The scan so far, array formulas spread over the cells they cover. */
  result(): SheetScan {
    this.spreadArrayFormulas();
    return { ...this.scan, protected: this.protection };
  }

  private openOutsideData(parent: string | undefined, local: string, tag: XmlTag): void {
    if (parent === "cols" && local === "col") {
      const style = attributeOf(tag, "style");
      this.scan.columns.push({
        min: Number(attributeOf(tag, "min")) - 1,
        max: Number(attributeOf(tag, "max")) - 1,
        ...(style !== undefined ? { style: Number(style) } : {}),
        hidden: isTrue(attributeOf(tag, "hidden")),
      });
    } else if (parent === "mergeCells" && local === "mergeCell") {
      this.scan.merges.push(attributeOf(tag, "ref") ?? "");
    } else if (parent === "tableParts" && local === "tablePart") {
      const id = namespacedAttributeOf(tag, RELATIONSHIPS, "id");
      if (id !== undefined) this.scan.tableIds.push(id);
    } else if (parent === "worksheet" && local === "sheetProtection") {
      this.protection = isTrue(attributeOf(tag, "sheet"));
    }
  }

  /** Rows and cells without `r` follow the previous one. */
  private openRow(tag: XmlTag): void {
    const r = attributeOf(tag, "r");
    this.rowIndex = r !== undefined ? Number(r) - 1 : this.rowIndex + 1;
    this.columnIndex = -1;
    const style = attributeOf(tag, "s");
    this.scan.rows.push({
      row: this.rowIndex,
      hidden: isTrue(attributeOf(tag, "hidden")),
      ...(isTrue(attributeOf(tag, "customFormat")) && style !== undefined ? { style: Number(style) } : {}),
    });
  }

  private openCell(tag: XmlTag): void {
    // Counted before anything is built: a sheet over the bound is refused as soon as it is known to be.
    if (this.scan.cells.cells.length >= this.context.maxCells) throw tooManyCells(this.context);
    const r = attributeOf(tag, "r");
    const column = r !== undefined ? columnOf(r) : undefined;
    this.columnIndex = column ?? this.columnIndex + 1;
    this.cell.reset(
      this.rowIndex,
      this.columnIndex,
      attributeOf(tag, "t"),
      Number(attributeOf(tag, "s") ?? 0),
    );
  }

  private openInCell(local: string, tag: XmlTag): void {
    if (local === "v") this.collecting = "v";
    else if (local === "f") {
      this.collecting = "f";
      this.cell.formulaType = attributeOf(tag, "t");
      this.cell.sharedIndex = attributeOf(tag, "si");
      this.cell.arrayRef = attributeOf(tag, "ref");
    } else if (local === "is") this.inline = new StringItemText();
    else return;
    this.buffer = "";
  }

  private closeInCell(local: string | undefined): void {
    if (local === "v") this.cell.raw = this.buffer;
    else if (local === "f") this.cell.formulaText = this.buffer;
    else if (local === "is" && this.inline) {
      this.cell.inline = this.inline.value;
      this.inline = undefined;
    }
    this.collecting = undefined;
  }

  private closeCell(): void {
    const cell = this.cell;
    const value = cellValueOf(cell.type, cell.raw, cell.inline, this.context);
    const formula = this.formulaOf(cell);
    const dateFormat =
      cell.type === "d" && value.type === "number" ? serialFromIso(cell.raw ?? "")?.format : undefined;
    this.push(cell.row, cell.column, this.factory.cell(value, formula, cell.style, dateFormat));
  }

  private push(row: number, column: number, snapshot: CellSnapshot): void {
    this.scan.cells.positions.push(row, column);
    this.scan.cells.cells.push(snapshot);
  }

  private formulaOf(cell: OpenCell): string | undefined {
    const text = cell.formulaText;
    if (text === undefined)
      return this.arrays.length > 0 ? this.arrayFormulaAt(cell.row, cell.column) : undefined;
    if (cell.formulaType === "shared" && cell.sharedIndex !== undefined) {
      if (text !== "") this.masters.set(cell.sharedIndex, { row: cell.row, column: cell.column, text });
      else {
        const master = this.masters.get(cell.sharedIndex);
        if (!master) return undefined;
        return `=${shiftFormula(master.text, cell.row - master.row, cell.column - master.column)}`;
      }
    }
    if (text === "") return undefined;
    if (cell.formulaType === "array" && cell.arrayRef !== undefined) {
      const range = parseRange(cell.arrayRef);
      if (range) this.arrays.push({ range, formula: `=${text}` });
    }
    return `=${text}`;
  }

  /** Every cell of an array formula's range shows the master's formula, as Office.js reports it. */
  private arrayFormulaAt(row: number, column: number): string | undefined {
    return this.arrays.find(({ range }) => rangeContains(range, { row, column }))?.formula;
  }

  /** Cells of an array range that the part does not list are added, counted against the bound like the others. */
  private spreadArrayFormulas(): void {
    if (this.arrays.length === 0) return;
    const { positions, cells } = this.scan.cells;
    const listed = new Set<string>();
    for (let index = 0; index < positions.length; index += 2)
      listed.add(`${positions[index]},${positions[index + 1]}`);
    for (const { range, formula } of this.arrays) {
      for (let row = range.start.row; row <= range.end.row; row++) {
        for (let column = range.start.column; column <= range.end.column; column++) {
          if (listed.has(`${row},${column}`)) continue;
          if (cells.length >= this.context.maxCells) throw tooManyCells(this.context);
          this.push(row, column, this.factory.cell(EMPTY_VALUE, formula, 0));
          listed.add(`${row},${column}`);
        }
      }
    }
  }
}

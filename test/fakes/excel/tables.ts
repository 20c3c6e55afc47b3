// Excel.TableCollection, Table and its columns (ExcelApi 1.1 unless noted), faked strictly.

import { intersects, parseAddress } from "./address";
import { invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";
import { FakeRange, type RangeTarget } from "./range";
import { type FakeContext, FakeCollection, FakeObject, type Loadable, strict } from "./runtime";
import {
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  activeSheetOf,
  columnNames,
  findSheet,
} from "./state";

function sheetOfTable(book: FakeWorkbook, table: FakeTable): FakeSheet | null {
  return book.sheets.find((sheet) => sheet.tables.includes(table)) ?? null;
}

export class FakeTableColumn extends FakeObject<{ table: FakeTable; index: number }> {
  constructor(context: FakeContext, resolver: () => { table: FakeTable; index: number } | null) {
    super(context, "TableColumn", resolver);
  }

  protected readers(): Readonly<Record<string, (target: { table: FakeTable; index: number }) => unknown>> {
    return {
      name: ({ table, index }) => table.columns[index],
      index: ({ index }) => index,
      id: ({ index }) => index + 1,
    };
  }

  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
}

export class FakeTableColumnCollection extends FakeCollection<FakeTable, FakeTableColumn> {
  constructor(context: FakeContext, resolver: () => FakeTable | null) {
    super(context, "TableColumnCollection", resolver);
  }

  protected listItems(table: FakeTable): FakeTableColumn[] {
    return table.columns.map((_name, index) =>
      strict(new FakeTableColumn(this.context, () => ({ table, index })), "TableColumn"),
    );
  }
}

/** Table.worksheet (ExcelApi 1.2): the sheet holding the table, loadable for its name. */
export class FakeTableWorksheet extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "Worksheet", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeSheet) => unknown>> {
    return { name: (sheet) => sheet.name };
  }

  get name(): string {
    return this.read("name");
  }
}

export class FakeTableObject extends FakeObject<FakeTable> {
  readonly columns: FakeTableColumnCollection;
  private worksheetObject: FakeTableWorksheet | undefined;

  constructor(
    context: FakeContext,
    resolver: () => FakeTable | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "Table", resolver);
    this.columns = strict(
      new FakeTableColumnCollection(context, () => this.target()),
      "TableColumnCollection",
    );
  }

  protected override child(name: string): Loadable | undefined {
    if (name === "worksheet") return this.worksheet;
    return name === "columns" ? this.columns : undefined;
  }

  get worksheet(): FakeTableWorksheet {
    this.context.call("Table.worksheet", "ExcelApi 1.2");
    this.worksheetObject ??= strict(
      new FakeTableWorksheet(this.context, () => {
        const table = this.target();
        return table && sheetOfTable(this.book, table);
      }),
      "Worksheet",
    );
    return this.worksheetObject;
  }

  protected readers(): Readonly<Record<string, (target: FakeTable) => unknown>> {
    return {
      name: (table) => table.name,
      style: (table) => table.style,
      showHeaders: (table) => table.hasHeaders,
      showTotals: (table) => table.showTotals,
      showBandedRows: (table) => table.showBandedRows,
    };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (table) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) throw invalidArgument("Table.name", name);
      const clash = this.book.sheets.some((sheet) =>
        sheet.tables.some((other) => other !== table && other.name.toLowerCase() === name.toLowerCase()),
      );
      if (clash) throw itemAlreadyExists("Table.name", name);
      table.name = name;
    });
  }

  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  set style(style: string) {
    this.write("style", style, (table) => (table.style = style));
  }
  set showBandedRows(value: boolean) {
    this.write("showBandedRows", value, (table) => (table.showBandedRows = value));
  }
  /** Excel adds the totals row below the table's last row (the table grows by one row) and removes it again. */
  set showTotals(value: boolean) {
    this.write("showTotals", value, (table) => {
      if (value !== table.showTotals)
        table.box = { ...table.box, bottom: table.box.bottom + (value ? 1 : -1) };
      table.showTotals = value;
    });
  }

  /** The whole table: header, data and totals rows. */
  getRange(): FakeRange {
    this.context.call("Table.getRange", "ExcelApi 1.1");
    return strict(
      new FakeRange(this.context, () => {
        const table = this.target();
        const sheet = table && sheetOfTable(this.book, table);
        return table && sheet ? { sheet, box: table.box } : null;
      }),
      "Range",
    );
  }
}

export class FakeTableCollection extends FakeCollection<FakeSheet, FakeTableObject> {
  constructor(
    context: FakeContext,
    resolver: () => FakeSheet | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "TableCollection", resolver);
  }

  protected listItems(sheet: FakeSheet): FakeTableObject[] {
    return sheet.tables.map((table) =>
      strict(new FakeTableObject(this.context, () => table, this.book), "Table"),
    );
  }

  /**
   * "The range object or source address determines the worksheet under which the table will be added. [...] If the
   * address does not contain a sheet name, the currently-active sheet is used" (TableCollection.add): even through
   * a worksheet's `tables`, a bare "A1:D5" lands on the active sheet. A Range argument needs ExcelApi 1.3.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTableObject {
    if (typeof address !== "string") this.context.call("TableCollection.add(Range)", "ExcelApi 1.3");
    let created: FakeTable | null = null;
    this.invoke(
      "add",
      [address, hasHeaders],
      () => {
        const { sheet, box } = this.source(address);
        if (sheet.tables.some((table) => intersects(table.box, box)))
          throw invalidOperation("TableCollection.add", "tables cannot overlap");
        if (sheet.merges.some((merge) => intersects(merge, box)))
          throw invalidOperation("TableCollection.add", "a table cannot contain merged cells");
        const count = this.book.sheets.reduce((sum, each) => sum + each.tables.length, 0);
        created = {
          name: `Table${count + 1}`,
          box,
          hasHeaders,
          style: "TableStyleMedium2",
          showBandedRows: true,
          showTotals: false,
          columns: columnNames(sheet, box, hasHeaders),
        };
        sheet.tables.push(created);
      },
      "ExcelApi 1.1",
    );
    return strict(new FakeTableObject(this.context, () => created, this.book), "Table");
  }

  /** The sheet and cells a table source designates, resolved at sync. */
  private source(address: string | FakeRange): RangeTarget {
    if (typeof address !== "string") {
      const target = address.target();
      if (target === null) throw invalidArgument("TableCollection.add", "null range");
      return target;
    }
    const bang = address.lastIndexOf("!");
    const box = parseAddress(address.slice(bang + 1), "TableCollection.add");
    if (bang < 0) {
      const active = activeSheetOf(this.book);
      if (!active) throw invalidOperation("TableCollection.add", "no active sheet");
      return { sheet: active, box };
    }
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = findSheet(this.book, name);
    if (!sheet) throw invalidArgument("TableCollection.add", `sheet of "${address}"`);
    return { sheet, box };
  }
}

/** Workbook.tables (ExcelApi 1.1): every table of every sheet, in sheet order; only listing is faked here. */
export class FakeWorkbookTableCollection extends FakeCollection<FakeWorkbook, FakeTableObject> {
  constructor(context: FakeContext, book: FakeWorkbook) {
    super(context, "TableCollection", () => book);
  }

  protected listItems(book: FakeWorkbook): FakeTableObject[] {
    return book.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => strict(new FakeTableObject(this.context, () => table, book), "Table")),
    );
  }
}

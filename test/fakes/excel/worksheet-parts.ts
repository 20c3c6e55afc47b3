// Parts of a fake worksheet: protection, frozen panes, tables and page layout.

import { intersects, parseAddress } from "./address";
import { invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";
import type { FakeRange, RangeTarget } from "./range";
import { type FakeContext, FakeCollection, FakeObject, strict } from "./runtime";
import { type FakeSheet, type FakeTable, type FakeWorkbook, activeSheetOf, findSheet } from "./state";

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "WorksheetProtection", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeSheet) => unknown>> {
    return {
      protected: (sheet) => sheet.protection.protected,
      options: (sheet) => ({ ...sheet.protection.options }),
    };
  }

  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Record<string, unknown> {
    return this.read("options");
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    if (password !== undefined) this.context.call("WorksheetProtection.protect(password)", "ExcelApi 1.7");
    // WorksheetProtectionOptions.selectionMode is "[Api set: ExcelApi 1.7]", the other options 1.2.
    if (options?.selectionMode !== undefined)
      this.context.call("WorksheetProtectionOptions.selectionMode", "ExcelApi 1.7");
    this.invoke(
      "protect",
      [options ?? {}, password === undefined ? undefined : "***"],
      (sheet) => {
        if (sheet.protection.protected)
          throw invalidOperation("WorksheetProtection.protect", "the worksheet is already protected");
        const mode = options?.selectionMode;
        if (mode !== undefined && !["Normal", "Unlocked", "None"].includes(String(mode)))
          throw invalidArgument("WorksheetProtection.protect", `selectionMode ${String(mode)}`);
        sheet.protection = { protected: true, options: { ...options }, password };
      },
      "ExcelApi 1.2",
    );
  }

  unprotect(password?: string): void {
    this.invoke(
      "unprotect",
      [password === undefined ? undefined : "***"],
      (sheet) => {
        if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
          throw invalidArgument("WorksheetProtection.unprotect", "wrong password");
        }
        sheet.protection = { protected: false, options: {} };
      },
      "ExcelApi 1.2",
    );
  }
}

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "WorksheetFreezePanes", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeSheet) => unknown>> {
    return {};
  }

  private freeze(
    op: string,
    arg: unknown,
    freeze: (sheet: FakeSheet) => { rows: number; columns: number },
  ): void {
    this.invoke(op, [arg], (sheet) => (sheet.freeze = freeze(sheet)), "ExcelApi 1.7");
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, () => ({ rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", count, () => ({ rows: 0, columns: count }));
  }

  freezeAt(frozen: string | FakeRange): void {
    this.freeze("freezeAt", frozen, (sheet) => {
      if (typeof frozen === "string") {
        const box = parseAddress(frozen, "WorksheetFreezePanes.freezeAt");
        return { rows: box.bottom + 1, columns: box.right + 1 };
      }
      const target = frozen.target() as RangeTarget;
      if (target.sheet !== sheet)
        throw invalidArgument("WorksheetFreezePanes.freezeAt", "the range is on another sheet");
      return { rows: target.box.bottom + 1, columns: target.box.right + 1 };
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", null, () => ({ rows: 0, columns: 0 }));
  }
}

export class FakeTableObject extends FakeObject<FakeTable> {
  constructor(
    context: FakeContext,
    resolver: () => FakeTable | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "Table", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeTable) => unknown>> {
    return {
      name: (table) => table.name,
      style: (table) => table.style,
      showTotals: (table) => table.showTotals,
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

  set style(style: string) {
    this.write("style", style, (table) => (table.style = style));
  }
  set showBandedRows(value: boolean) {
    this.write("showBandedRows", value, (table) => (table.showBandedRows = value));
  }
  set showTotals(value: boolean) {
    this.write("showTotals", value, (table) => (table.showTotals = value));
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

const PAGE_LAYOUT: Readonly<Record<string, (value: unknown) => boolean>> = {
  orientation: (value) => value === "Portrait" || value === "Landscape",
  paperSize: (value) => typeof value === "string" && value.length > 0,
  printGridlines: (value) => typeof value === "boolean",
  zoom: (value) => value !== null && typeof value === "object",
};

/** Excel.PageLayout (ExcelApi 1.9): the print settings are recorded in `sheet.pageLayout`. */
export class FakePageLayout extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "PageLayout", resolver);
    for (const [name, valid] of Object.entries(PAGE_LAYOUT)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (value: unknown) =>
          this.write(
            name,
            value,
            (sheet) => {
              if (!valid(value)) throw invalidArgument(`PageLayout.${name}`, JSON.stringify(value));
              sheet.pageLayout[name] = value;
            },
            "ExcelApi 1.9",
          ),
        enumerable: true,
      });
    }
  }

  protected readers(): Readonly<Record<string, (target: FakeSheet) => unknown>> {
    return Object.fromEntries(
      Object.keys(PAGE_LAYOUT).map((name) => [name, (sheet: FakeSheet) => sheet.pageLayout[name]]),
    );
  }

  setPrintArea(area: string): void {
    this.invoke(
      "setPrintArea",
      [area],
      (sheet) => {
        parseAddress(area, "PageLayout.setPrintArea");
        sheet.pageLayout.printArea = area;
      },
      "ExcelApi 1.9",
    );
  }

  setPrintTitleRows(rows: string): void {
    this.invoke(
      "setPrintTitleRows",
      [rows],
      (sheet) => {
        if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument("PageLayout.setPrintTitleRows", rows);
        sheet.pageLayout.printTitleRows = rows;
      },
      "ExcelApi 1.9",
    );
  }
}

// Parts of a fake worksheet: protection, frozen panes and page layout (tables are in tables.ts).

import { parseAddress } from "./address";
import { invalidArgument, invalidOperation } from "./errors";
import type { FakeRange, RangeTarget } from "./range";
import { type FakeContext, FakeObject } from "./runtime";
import type { FakeSheet } from "./state";

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

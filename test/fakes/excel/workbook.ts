// Excel.Workbook, Excel.Application and Excel.DocumentProperties: the roots of a fake request context.

import { apiNotFound } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { type FakeContext, FakeObject, strict } from "./runtime";
import type { FakeWorkbook } from "./state";
import { FakeWorkbookPivotTableCollection } from "./pivot-tables";
import { FakeWorkbookTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

const PROPERTIES = ["title", "subject", "author", "keywords", "comments", "company", "category", "manager"];

export class FakeDocumentProperties extends FakeObject<FakeWorkbook> {
  constructor(context: FakeContext, book: FakeWorkbook) {
    super(context, "DocumentProperties", () => book);
    for (const name of PROPERTIES) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (value: string) =>
          this.write(name, value, (target) => (target.properties[name] = value), "ExcelApi 1.7"),
        enumerable: true,
      });
    }
  }

  protected readers(): Readonly<Record<string, (target: FakeWorkbook) => unknown>> {
    return Object.fromEntries(
      PROPERTIES.map((name) => [name, (book: FakeWorkbook) => book.properties[name] ?? ""]),
    );
  }
}

export class FakeWorkbookObject extends FakeObject<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeWorkbookTableCollection;
  private propertiesObject: FakeDocumentProperties | undefined;
  private pivotCollection: FakeWorkbookPivotTableCollection | undefined;

  constructor(context: FakeContext, book: FakeWorkbook) {
    super(context, "Workbook", () => book);
    this.worksheets = strict(new FakeWorksheetCollection(context, book), "WorksheetCollection");
    this.names = strict(new FakeNamedItemCollection(context, () => book.names), "NamedItemCollection");
    this.tables = strict(new FakeWorkbookTableCollection(context, book), "TableCollection");
  }

  /** A load of `name` on a host without ExcelApi 1.7 fails its sync (stricter than Office.js, which may ignore it). */
  protected readers(): Readonly<Record<string, (target: FakeWorkbook) => unknown>> {
    return {
      name: (book) => {
        if (!this.context.runtime.requirements.isSetSupported("ExcelApi", "1.7"))
          throw apiNotFound("Workbook.name", "ExcelApi 1.7");
        return book.name;
      },
    };
  }

  /** As office.js: PropertyNotLoaded before a load and a sync, then ApiNotFound on a host without ExcelApi 1.7. */
  get name(): string {
    const name = this.read<string>("name");
    this.context.call("Workbook.name", "ExcelApi 1.7");
    return name;
  }

  get pivotTables(): FakeWorkbookPivotTableCollection {
    this.context.call("Workbook.pivotTables", "ExcelApi 1.3");
    this.pivotCollection ??= strict(
      new FakeWorkbookPivotTableCollection(this.context, this.context.runtime.book),
      "PivotTableCollection",
    );
    return this.pivotCollection;
  }

  get properties(): FakeDocumentProperties {
    this.context.call("Workbook.properties", "ExcelApi 1.7");
    this.propertiesObject ??= strict(
      new FakeDocumentProperties(this.context, this.context.runtime.book),
      "DocumentProperties",
    );
    return this.propertiesObject;
  }
}

export class FakeApplication extends FakeObject<FakeWorkbook> {
  constructor(context: FakeContext, book: FakeWorkbook) {
    super(context, "Application", () => book);
  }

  protected readers(): Readonly<Record<string, (target: FakeWorkbook) => unknown>> {
    return {};
  }

  /** Lasts until the next sync only: the door must call it again before each write sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke("suspendApiCalculationUntilNextSync", [], () => undefined, "ExcelApi 1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.invoke("suspendScreenUpdatingUntilNextSync", [], () => undefined, "ExcelApi 1.9");
  }
}

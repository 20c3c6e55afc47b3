// Excel.Worksheet and Excel.WorksheetCollection (their parts are in worksheet-parts.ts).

import { invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";
import { FakeChartCollection } from "./charts";
import { FakeNamedItemCollection } from "./names";
import { FakeFreezePanes, FakePageLayout, FakeWorksheetProtection } from "./worksheet-parts";
import { FakePivotTableCollection } from "./pivot-tables";
import { FakeTableCollection } from "./tables";
import { FakeRange, rangeResolver } from "./range";
import { type FakeContext, FakeCollection, FakeObject, type Loadable, strict } from "./runtime";
import { usedBox } from "./sheet-ops";
import { type FakeSheet, type FakeWorkbook, findSheet, newSheet } from "./state";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

function checkSheetName(book: FakeWorkbook, name: unknown, self?: FakeSheet): string {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    /^'|'$/.test(name)
  ) {
    throw invalidArgument("Worksheet.name", `sheet name ${JSON.stringify(name)}`);
  }
  const other = findSheet(book, name);
  if (other && other !== self) throw itemAlreadyExists("Worksheet.name", name);
  return name;
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  private namesCollection: FakeNamedItemCollection | undefined;
  private pivotCollection: FakePivotTableCollection | undefined;

  constructor(
    context: FakeContext,
    resolver: () => FakeSheet | null,
    nullable: boolean,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "Worksheet", resolver, nullable);
    const own = () => this.target();
    this.protection = strict(new FakeWorksheetProtection(context, own), "WorksheetProtection");
    this.freezePanes = strict(new FakeFreezePanes(context, own), "WorksheetFreezePanes");
    this.tables = strict(new FakeTableCollection(context, own, book), "TableCollection");
    this.charts = strict(new FakeChartCollection(context, "ChartCollection", own), "ChartCollection");
    this.pageLayout = strict(new FakePageLayout(context, own), "PageLayout");
  }

  protected override child(name: string): Loadable | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected readers(): Readonly<Record<string, (target: FakeSheet) => unknown>> {
    return {
      id: (sheet) => sheet.id,
      name: (sheet) => sheet.name,
      visibility: (sheet) => sheet.visibility,
      tabColor: (sheet) => sheet.tabColor,
      position: (sheet) => this.book.sheets.indexOf(sheet),
    };
  }

  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (sheet) => (sheet.name = checkSheetName(this.book, name, sheet)));
  }

  get visibility(): string {
    return this.read("visibility");
  }
  /** "ExcelApi 1.1 for reading visibility; 1.2 for setting it" (@types/office-js). */
  set visibility(visibility: string) {
    this.write(
      "visibility",
      visibility,
      (sheet) => {
        if (!VISIBILITIES.includes(visibility)) throw invalidArgument("Worksheet.visibility", visibility);
        const othersVisible = this.book.sheets.some(
          (other) => other !== sheet && other.visibility === "Visible",
        );
        if (visibility !== "Visible" && !othersVisible)
          throw invalidOperation("Worksheet.visibility", "a workbook must keep one visible sheet");
        sheet.visibility = visibility as FakeSheet["visibility"];
      },
      "ExcelApi 1.2",
    );
  }

  /** Deletes the sheet (ExcelApi 1.1) with its own names; the workbook must keep a visible sheet. */
  delete(): void {
    this.invoke("delete", [], (sheet) => {
      const othersVisible = this.book.sheets.some(
        (other) => other !== sheet && other.visibility === "Visible",
      );
      if (!othersVisible)
        throw invalidOperation("Worksheet.delete", "a workbook must keep one visible sheet");
      this.book.sheets = this.book.sheets.filter((other) => other !== sheet);
      if (this.book.activeSheet === sheet.name) this.book.activeSheet = undefined;
    });
  }

  /** Shows the sheet in Excel (ExcelApi 1.1); a hidden sheet cannot be shown this way. */
  activate(): void {
    this.invoke("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw invalidOperation("Worksheet.activate", "the sheet is hidden");
      this.book.activeSheet = sheet.name;
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.write(
      "tabColor",
      color,
      (sheet) => {
        if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color))
          throw invalidArgument("Worksheet.tabColor", color);
        sheet.tabColor = color.toUpperCase();
      },
      "ExcelApi 1.7",
    );
  }

  get names(): FakeNamedItemCollection {
    this.context.call("Worksheet.names", "ExcelApi 1.4");
    this.namesCollection ??= strict(
      new FakeNamedItemCollection(this.context, () => this.target()?.names ?? null),
      "NamedItemCollection",
    );
    return this.namesCollection;
  }

  get pivotTables(): FakePivotTableCollection {
    this.context.call("Worksheet.pivotTables", "ExcelApi 1.3");
    this.pivotCollection ??= strict(
      new FakePivotTableCollection(this.context, () => this.target(), this.book),
      "PivotTableCollection",
    );
    return this.pivotCollection;
  }

  getRange(address?: string): FakeRange {
    this.context.call("Worksheet.getRange");
    return strict(
      new FakeRange(
        this.context,
        rangeResolver(() => this.target(), address),
      ),
      "Range",
    );
  }

  /** "If the worksheet is blank, this function will return the top left cell" (ExcelApi 1.1): never null. */
  getUsedRange(valuesOnly = false): FakeRange {
    this.context.call("Worksheet.getUsedRange", "ExcelApi 1.1");
    return strict(
      new FakeRange(this.context, () => {
        const sheet = this.target();
        if (!sheet) return null;
        return { sheet, box: usedBox(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      }),
      "Range",
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.call("Worksheet.getUsedRangeOrNullObject", "ExcelApi 1.4");
    const range = strict(
      new FakeRange(
        this.context,
        () => {
          const sheet = this.target();
          const box = sheet ? usedBox(sheet, valuesOnly) : null;
          return sheet && box ? { sheet, box } : null;
        },
        true,
      ),
      "Range",
    );
    range.trackNull();
    return range;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbook, FakeWorksheet> {
  constructor(
    context: FakeContext,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "WorksheetCollection", () => book);
  }

  private sheet(resolver: () => FakeSheet | null, nullable: boolean): FakeWorksheet {
    return strict(new FakeWorksheet(this.context, resolver, nullable, this.book), "Worksheet");
  }

  protected listItems(book: FakeWorkbook): FakeWorksheet[] {
    return book.sheets.map((sheet) => this.sheet(() => sheet, false));
  }

  /** Resolved by name at the first sync that uses it, then bound to that sheet (a rename keeps it). */
  private byName(name: string): () => FakeSheet | null {
    let bound: FakeSheet | undefined;
    return () => (bound ??= findSheet(this.book, name)) ?? null;
  }

  getItem(name: string): FakeWorksheet {
    this.context.call("WorksheetCollection.getItem");
    return this.sheet(this.byName(name), false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.call("WorksheetCollection.getItemOrNullObject", "ExcelApi 1.4");
    const sheet = this.sheet(this.byName(name), true);
    sheet.trackNull();
    return sheet;
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.invoke("add", [name], (book) => {
      const chosen = name ?? `Sheet${book.sheets.length + 1}`;
      created = newSheet(book, checkSheetName(book, chosen));
      book.sheets.push(created);
    });
    return this.sheet(() => created, false);
  }
}

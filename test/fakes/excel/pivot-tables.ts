// Excel.PivotTableCollection, PivotTable (ExcelApi 1.3) and its PivotLayout (1.8), faked strictly as far as the door
// reads them: names, the sheet each sits on, and the range its layout covers (getRange: "the range the PivotTable
// exists on, excluding the filter area").

import { FakeRange } from "./range";
import { type FakeContext, FakeCollection, FakeObject, type Loadable, strict } from "./runtime";
import type { FakePivotTable, FakeSheet, FakeWorkbook } from "./state";
import { FakeTableWorksheet } from "./tables";

function sheetOfPivot(book: FakeWorkbook, pivot: FakePivotTable): FakeSheet | null {
  return book.sheets.find((sheet) => sheet.pivotTables.includes(pivot)) ?? null;
}

/** PivotTable.layout (ExcelApi 1.8): only its range is faked. */
export class FakePivotLayout extends FakeObject<FakePivotTable> {
  constructor(
    context: FakeContext,
    resolver: () => FakePivotTable | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "PivotLayout", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakePivotTable) => unknown>> {
    return {};
  }

  getRange(): FakeRange {
    this.context.call("PivotLayout.getRange", "ExcelApi 1.8");
    return strict(
      new FakeRange(this.context, () => {
        const pivot = this.target();
        const sheet = pivot && sheetOfPivot(this.book, pivot);
        return pivot && sheet ? { sheet, box: pivot.box } : null;
      }),
      "Range",
    );
  }
}

export class FakePivotTableObject extends FakeObject<FakePivotTable> {
  private layoutObject: FakePivotLayout | undefined;
  private worksheetObject: FakeTableWorksheet | undefined;

  constructor(
    context: FakeContext,
    resolver: () => FakePivotTable | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "PivotTable", resolver);
  }

  protected override child(name: string): Loadable | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  protected readers(): Readonly<Record<string, (target: FakePivotTable) => unknown>> {
    return { name: (pivot) => pivot.name };
  }

  get name(): string {
    return this.read("name");
  }

  get worksheet(): FakeTableWorksheet {
    this.context.call("PivotTable.worksheet", "ExcelApi 1.3");
    this.worksheetObject ??= strict(
      new FakeTableWorksheet(this.context, () => {
        const pivot = this.target();
        return pivot && sheetOfPivot(this.book, pivot);
      }),
      "Worksheet",
    );
    return this.worksheetObject;
  }

  get layout(): FakePivotLayout {
    this.context.call("PivotTable.layout", "ExcelApi 1.8");
    this.layoutObject ??= strict(
      new FakePivotLayout(this.context, () => this.target(), this.book),
      "PivotLayout",
    );
    return this.layoutObject;
  }
}

const pivotOf = (context: FakeContext, pivot: FakePivotTable, book: FakeWorkbook) =>
  strict(new FakePivotTableObject(context, () => pivot, book), "PivotTable");

/** Worksheet.pivotTables (ExcelApi 1.3): the sheet's pivot tables; only listing is faked. */
export class FakePivotTableCollection extends FakeCollection<FakeSheet, FakePivotTableObject> {
  constructor(
    context: FakeContext,
    resolver: () => FakeSheet | null,
    private readonly book: FakeWorkbook,
  ) {
    super(context, "PivotTableCollection", resolver);
  }

  protected listItems(sheet: FakeSheet): FakePivotTableObject[] {
    return sheet.pivotTables.map((pivot) => pivotOf(this.context, pivot, this.book));
  }
}

/** Workbook.pivotTables (ExcelApi 1.3): every sheet's pivot tables, in sheet order; only listing is faked. */
export class FakeWorkbookPivotTableCollection extends FakeCollection<FakeWorkbook, FakePivotTableObject> {
  constructor(context: FakeContext, book: FakeWorkbook) {
    super(context, "PivotTableCollection", () => book);
  }

  protected listItems(book: FakeWorkbook): FakePivotTableObject[] {
    return book.sheets.flatMap((sheet) =>
      sheet.pivotTables.map((pivot) => pivotOf(this.context, pivot, book)),
    );
  }
}

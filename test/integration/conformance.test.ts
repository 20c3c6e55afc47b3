// Conformance of the two doors: the same plan applied through the Excel door (onto the strict fake) and through the
// xlsx door (writeWorkbook then readWorkbook) must read back the same, on what both doors can know.
//
// Compared per plan sheet: visibility, protection on/off, merged areas, hidden rows/columns, and for every cell with
// a value or a formula: the value (not for formulas: the fake does not calculate and a new file has no cached
// results), the formula, the number format, the fill and the locked flag (absent = Excel's default, locked).
// Defined names and tables (name, range) are compared workbook-wide. Hidden rows/columns are compared within the
// used range (the plan writes a cell beyond them): the Excel door does not look below or right of it.
// Data validations and conditional formats are not in the snapshots: they are compared between the fake's state and
// the xlsx file's XML, and so are the tables' names and ranges. The tables a snapshot holds (SheetSnapshot.tables,
// read by the Excel door, by the xlsx door after its reader's rewrite) are compared at the end. Not compared (in
// neither snapshot): column widths, row heights, frozen panes, charts, print settings, tab colours, document
// properties.
// Known, accepted difference: a text cell Excel would misread ("1.1", "=x") carries the "@" format in Excel (that is
// how Office.js keeps it text) while the file stores a plain string; "@" on a text cell is therefore ignored.

import JSZip from "jszip";
import type {
  CellSnapshot,
  CellValue,
  DefinedNameSnapshot,
  SheetSnapshot,
  TableSnapshot,
  WorkbookPlan,
} from "../../src/core/workbook";
import { columnLetters, formatCell, parseRange } from "../../src/core/workbook";
import { applyPlan, createExcelHost, readSnapshot } from "../../src/excel";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { createFakeExcel, findSheet, formatBox } from "../fakes/excel";
import type { FakeConditionalFormat, FakeValidation, FakeWorkbook } from "../fakes/excel/state";
import { REPRESENTATIVE_PLAN, gridPlan, tenderPlan } from "../fakes/excel/sample-plans";

interface CellView {
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly locked: boolean;
}

interface SheetView {
  readonly visibility: string;
  readonly protected: boolean;
  readonly merges: readonly string[];
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly cells: Readonly<Record<string, CellView>>;
}

function cellView(cell: CellSnapshot): CellView {
  const isText = cell.value.type === "text";
  const numberFormat = cell.numberFormat === "@" && isText ? undefined : cell.numberFormat;
  return {
    ...(cell.formula ? { formula: cell.formula } : { value: cell.value }),
    ...(numberFormat && numberFormat !== "General" ? { numberFormat } : {}),
    ...(cell.fill ? { fill: cell.fill.toUpperCase() } : {}),
    locked: cell.locked ?? true,
  };
}

function sheetView(sheet: SheetSnapshot): SheetView {
  const cells: Record<string, CellView> = {};
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value.type === "empty" && !cell.formula) return;
      cells[`${columnLetters(sheet.range.column + c)}${sheet.range.row + r + 1}`] = cellView(cell);
    }),
  );
  return {
    visibility: sheet.visibility,
    protected: sheet.protected ?? false,
    merges: [...sheet.merges].sort(),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    cells,
  };
}

function namesView(names: readonly DefinedNameSnapshot[]) {
  const unquote = (ref: string) => ref.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, "$1!");
  return [...names]
    .map((name) => ({
      name: name.name,
      sheet: name.sheet ?? null,
      ref: unquote(name.ref),
      hidden: name.hidden ?? false,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface ValidationView {
  readonly range: string;
  readonly type: string;
  readonly operator?: string;
  readonly formula1?: string;
  readonly formula2?: string;
}

const FAKE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "whole",
  decimal: "decimal",
  textLength: "textLength",
  list: "list",
  custom: "custom",
};

function listSource(text: string): string {
  return text.replace(/^=/, "").replace(/^"(.*)"$/, "$1");
}

function fakeValidations(validations: readonly FakeValidation[]): ValidationView[] {
  return validations.map(({ box, rule }) => {
    const [kind, body] = Object.entries(rule)[0] as [string, Record<string, unknown>];
    const type = FAKE_TYPES[kind];
    if (type === "list") return { range: formatBox(box), type, formula1: listSource(String(body.source)) };
    if (type === "custom")
      return { range: formatBox(box), type, formula1: String(body.formula).replace(/^=/, "") };
    const operator = String(body.operator).replace(/To$/, "");
    return {
      range: formatBox(box),
      type,
      operator: operator[0].toLowerCase() + operator.slice(1),
      formula1: String(body.formula1),
      ...(body.formula2 !== undefined ? { formula2: String(body.formula2) } : {}),
    };
  });
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

interface ConditionalView {
  readonly range: string;
  readonly type: string;
  readonly operator?: string;
  readonly formula1?: string;
  readonly colors?: readonly string[];
}

interface SheetExtras {
  readonly validations: ValidationView[];
  readonly conditionalFormats: ConditionalView[];
}

function xlsxConditionalFormats(xml: string): ConditionalView[] {
  return [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)].map(
    (match) => {
      const rule = /<cfRule\b([^>]*)>/.exec(match[2])?.[1] ?? "";
      const type = /type="([^"]*)"/.exec(rule)?.[1] ?? "";
      if (type === "colorScale") {
        return {
          range: match[1],
          type,
          colors: [...match[2].matchAll(/rgb="([0-9A-Fa-f]{6,8})"/g)].map((color) =>
            color[1].slice(-6).toUpperCase(),
          ),
        };
      }
      const formula = /<formula>([\s\S]*?)<\/formula>/.exec(match[2])?.[1];
      return {
        range: match[1],
        type,
        operator: /operator="([^"]*)"/.exec(rule)?.[1],
        formula1: formula && decode(formula),
      };
    },
  );
}

/** Validations and conditional formats of each sheet, and the tables, read from the file's XML (not in snapshots). */
async function xlsxExtras(
  data: Uint8Array,
): Promise<{ sheets: Map<string, SheetExtras>; tables: TableView[] }> {
  const zip = await JSZip.loadAsync(data);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((match) => [
      /Id="([^"]+)"/.exec(match[0])?.[1],
      /Target="([^"]+)"/.exec(match[0])?.[1],
    ]),
  );
  const out = new Map<string, SheetExtras>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(match[0])?.[1] ?? "");
    const target = targets.get(/r:id="([^"]+)"/.exec(match[0])?.[1]) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const views = [...xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)].map(
      (validation) => {
        const attribute = (key: string) => new RegExp(`\\b${key}="([^"]*)"`).exec(validation[1])?.[1];
        const formula = (tag: string) => {
          const found = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(validation[2] ?? "")?.[1];
          return found === undefined ? undefined : decode(found);
        };
        const type = attribute("type") ?? "none";
        const base = { range: attribute("sqref") ?? "", type };
        if (type === "list") return { ...base, formula1: listSource(formula("formula1") ?? "") };
        if (type === "custom") return { ...base, formula1: formula("formula1") ?? "" };
        const formula2 = formula("formula2");
        return {
          ...base,
          operator: attribute("operator") ?? "between",
          formula1: formula("formula1") ?? "",
          ...(formula2 !== undefined ? { formula2 } : {}),
        };
      },
    );
    out.set(name, { validations: views, conditionalFormats: xlsxConditionalFormats(xml) });
  }
  const tables: TableView[] = [];
  for (const file of Object.values(zip.files).filter((entry) =>
    /^xl\/tables\/[^/]+\.xml$/.test(entry.name),
  )) {
    const xml = await file.async("string");
    const table = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
    tables.push({
      name: /\bname="([^"]*)"/.exec(table)?.[1] ?? "",
      ref: /\bref="([^"]*)"/.exec(table)?.[1] ?? "",
    });
  }
  return { sheets: out, tables: tables.sort((a, b) => a.name.localeCompare(b.name)) };
}

interface TableView {
  readonly name: string;
  readonly ref: string;
}

function fakeTables(book: FakeWorkbook): TableView[] {
  return book.sheets
    .flatMap((sheet) => sheet.tables.map((table) => ({ name: table.name, ref: formatBox(table.box) })))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function lowerFirst(text: string): string {
  return text[0].toLowerCase() + text.slice(1);
}

function fakeConditionalFormats(formats: readonly FakeConditionalFormat[]): ConditionalView[] {
  return formats.map((format) => {
    if (format.type === "ColorScale") {
      const criteria = format.criteria as Record<string, { color: string } | undefined>;
      const stops = [criteria.minimum, criteria.midpoint, criteria.maximum].filter(
        (stop) => stop !== undefined,
      );
      return {
        range: formatBox(format.box),
        type: "colorScale",
        colors: stops.map((stop) => stop.color.replace("#", "")),
      };
    }
    const rule = format.rule ?? {};
    return {
      range: formatBox(format.box),
      type: "cellIs",
      operator: lowerFirst(String(rule.operator)),
      formula1: String(rule.formula1),
    };
  });
}

async function throughExcelDoor(plan: WorkbookPlan) {
  const fake = createFakeExcel({ sheets: [{ name: "Existing" }] });
  const host = createExcelHost(fake.Excel, fake.Office);
  const report = await applyPlan(plan, { host });
  expect(report).toMatchObject({ applied: true, findings: [] });
  return {
    snapshot: await readSnapshot(host, { sheets: plan.sheets.map((sheet) => sheet.name) }),
    state: fake.state,
  };
}

async function throughXlsxDoor(plan: WorkbookPlan) {
  const data = await writeWorkbook(plan);
  return { snapshot: await readWorkbook(data, "conformance.xlsx"), extras: await xlsxExtras(data) };
}

const SCOPED_NAMES_PLAN: WorkbookPlan = {
  styles: { input: { locked: false, fill: "E2EFDA", numberFormat: "0.00" } },
  sheets: [
    {
      name: "Offre A",
      cells: [
        { cell: "A1", write: { kind: "text", value: "+33 1 23 45 67 89" } },
        { cell: "A2", write: { kind: "text", value: "@traiteur" } },
        { cell: "B2", write: { kind: "number", value: -0.5 }, style: "input" },
        { cell: "C2", write: { kind: "formula", formula: "=B2*2" } },
        { cell: "D2", write: { kind: "text", value: "TRUE" } },
        { cell: "F6", write: { kind: "text", value: "fin" } },
      ],
      rows: [{ row: 5, hidden: true }],
      columns: [{ column: "E", hidden: true }],
      merges: ["A4:C4"],
      validations: [{ range: "B2", rule: { type: "whole", operator: "greaterThanOrEqual", min: 0 } }],
      protection: { password: "grille" },
    },
  ],
  names: [
    { name: "Total", ref: "'Offre A'!$C$2", sheet: "Offre A" },
    { name: "Cache", ref: "'Offre A'!$B$2", hidden: true },
  ],
};

/** The grid's first row (row 2) becomes the table's header: a header cell holds its column's name as text. */
const TABLE_GRID = gridPlan(40).sheets[0];
const TABLE_HEADERS = "ABCDEFGHIJ".split("").map((column) => ({
  cell: `${column}2`,
  write: { kind: "text" as const, value: `Colonne ${column}` },
}));

const TABLE_PLAN: WorkbookPlan = {
  styles: { alert: { font: { color: "9C0006" }, fill: "FFC7CE" }, price: { numberFormat: "0.00" } },
  sheets: [
    {
      ...TABLE_GRID,
      cells: [...TABLE_HEADERS, ...TABLE_GRID.cells.filter((cell) => !/^[A-J]2$/.test(cell.cell))],
      tables: [{ name: "Lignes", range: "A2:J5", style: "TableStyleLight9" }],
      conditionalFormats: [
        { type: "cellValue", range: "B2:B5", operator: "lessThan", values: ["0"], style: "alert" },
        { type: "colorScale", range: "C2:C5", colors: ["F8696B", "FFEB84", "63BE7B"] },
      ],
    },
  ],
};

const PLANS: readonly [string, WorkbookPlan][] = [
  [
    "a representative BPU: text that stays text, formulas, formats, merges, lists, protection, names, a hidden sheet",
    REPRESENTATIVE_PLAN,
  ],
  ["a sheet-scoped name, a hidden name, hidden row and column, a password", SCOPED_NAMES_PLAN],
  ["500 mixed cells", gridPlan(500)],
  ["a table with a cell-value rule and a colour scale", TABLE_PLAN],
  ["a buyer's tender: a protected sheet with merged inputs and a table", tenderPlan(5)],
];

describe("conformance: Excel door and xlsx door give the same workbook", () => {
  it.each(PLANS)("%s", async (_title, plan) => {
    const excel = await throughExcelDoor(plan);
    const xlsx = await throughXlsxDoor(plan);
    for (const sheetPlan of plan.sheets) {
      const fromExcel = excel.snapshot.sheets.find((sheet) => sheet.name === sheetPlan.name);
      const fromFile = xlsx.snapshot.sheets.find((sheet) => sheet.name === sheetPlan.name);
      if (!fromExcel || !fromFile) throw new Error(`sheet ${sheetPlan.name} missing from a door's snapshot`);
      expect({ sheet: sheetPlan.name, ...sheetView(fromExcel) }).toEqual({
        sheet: sheetPlan.name,
        ...sheetView(fromFile),
      });
      const fakeSheet = findSheet(excel.state as FakeWorkbook, sheetPlan.name);
      const extras = xlsx.extras.sheets.get(sheetPlan.name);
      expect(fakeValidations(fakeSheet?.validations ?? [])).toEqual(extras?.validations ?? []);
      expect(fakeConditionalFormats(fakeSheet?.conditionalFormats ?? [])).toEqual(
        extras?.conditionalFormats ?? [],
      );
    }
    expect(namesView(excel.snapshot.names)).toEqual(namesView(xlsx.snapshot.names));
    expect(fakeTables(excel.state)).toEqual(xlsx.extras.tables);
  });
});

describe("conformance: the comparison sees real differences", () => {
  it("catches a door that would write the text 1.1 as a number", async () => {
    const [bpu, ...others] = REPRESENTATIVE_PLAN.sheets;
    const cells = bpu.cells.map((cell) =>
      cell.cell === "A4" ? { cell: "A4", write: { kind: "number" as const, value: 1.1 } } : cell,
    );
    const excel = await throughExcelDoor({ ...REPRESENTATIVE_PLAN, sheets: [{ ...bpu, cells }, ...others] });
    const xlsx = await throughXlsxDoor(REPRESENTATIVE_PLAN);
    const fromExcel = sheetView(excel.snapshot.sheets.find((sheet) => sheet.name === "BPU") as SheetSnapshot);
    const fromFile = sheetView(xlsx.snapshot.sheets.find((sheet) => sheet.name === "BPU") as SheetSnapshot);
    expect(fromExcel.cells.A4).toEqual({ value: { type: "number", value: 1.1 }, locked: true });
    expect(fromFile.cells.A4).toEqual({ value: { type: "text", value: "1.1" }, locked: true });
    expect(fromExcel).not.toEqual(fromFile);
  });

  it("compares tables and conditional formats that both doors really wrote", async () => {
    const excel = await throughExcelDoor(TABLE_PLAN);
    const xlsx = await throughXlsxDoor(TABLE_PLAN);
    expect(fakeTables(excel.state)).toEqual([{ name: "Lignes", ref: "A2:J5" }]);
    expect(xlsx.extras.sheets.get("BPU")?.conditionalFormats.map((format) => format.type)).toEqual([
      "cellIs",
      "colorScale",
    ]);
  });
});

/** The tables a plan writes, as a snapshot must read them: header texts from the plan's own cells. */
function plannedTables(plan: WorkbookPlan, sheetName: string): TableSnapshot[] {
  const sheet = plan.sheets.find((one) => one.name === sheetName);
  return (sheet?.tables ?? []).map((table) => {
    const range = parseRange(table.range);
    if (!range) throw new Error(table.range);
    const columns: string[] = [];
    for (let column = range.start.column; column <= range.end.column; column += 1) {
      const at = formatCell({ row: range.start.row, column });
      const write = sheet?.cells.find((cell) => cell.cell === at)?.write;
      if (write?.kind !== "text")
        throw new Error(`the conformance plans name their columns with text (${at})`);
      columns.push(write.value);
    }
    return { name: table.name, range: table.range, hasHeader: true, hasTotals: false, columns };
  });
}

describe("conformance: the tables both doors read", () => {
  const tender = tenderPlan(5);

  it("the Excel door reads back the tables the plan wrote: name, range, header row, column names", async () => {
    const excel = await throughExcelDoor(tender);
    const bpu = excel.snapshot.sheets.find((sheet) => sheet.name === "BPU");
    expect(bpu?.tables).toEqual(plannedTables(tender, "BPU"));
    expect(bpu?.tables?.[0].columns).toEqual(["Réf", "Désignation", "Prix HT", "TVA", "Prix TTC"]);
    expect(excel.snapshot.sheets.find((sheet) => sheet.name === "Notes")?.tables).toEqual([]);
  });

  test("the tables read by both doors from the same plan are equal", async () => {
    // Column names from text headers only: Excel names a blank or formula header in its own language.
    const excel = await throughExcelDoor(tender);
    const xlsx = await throughXlsxDoor(tender);
    for (const sheetPlan of tender.sheets) {
      const tables = (snapshot: { sheets: readonly SheetSnapshot[] }) =>
        snapshot.sheets.find((sheet) => sheet.name === sheetPlan.name)?.tables;
      expect({ sheet: sheetPlan.name, tables: tables(xlsx.snapshot) }).toEqual({
        sheet: sheetPlan.name,
        tables: tables(excel.snapshot),
      });
    }
  });
});

import type { WorkbookPlan } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { entriesOf, entryText } from "./xlsx-package";
import { FULL_PLAN } from "./xlsx-plans";
import { cellAt, sheetNamed } from "../helpers/snapshot";

/** A fixed salt, 00 01 02 … 0f: the output no longer depends on the random generator. */
const countingBytes = (length: number) => Uint8Array.from({ length }, (_v, i) => i);

describe("writeWorkbook then readWorkbook", () => {
  let data: Uint8Array;
  let book: WorkbookSnapshot;
  beforeAll(async () => {
    data = await writeWorkbook(FULL_PLAN, { randomBytes: countingBytes });
    book = await readWorkbook(data, "plan.xlsx");
  });

  test("values come back typed; text that looks like a number or a formula stays text", () => {
    const bpu = sheetNamed(book, "BPU");
    expect(cellAt(bpu, "A4").value).toEqual({ type: "text", value: "1.1" });
    expect(cellAt(bpu, "B4")).toMatchObject({ value: { type: "text", value: "=pas une formule" } });
    expect(cellAt(bpu, "B4").formula).toBeUndefined();
    expect(cellAt(bpu, "B5").value).toEqual({ type: "text", value: "Cocktail 8 pièces & « coupe »" });
    expect(cellAt(bpu, "H5").value).toEqual({ type: "text", value: "  espaces  " });
    expect(cellAt(bpu, "C5").value).toEqual({ type: "number", value: 1.005 });
    expect(cellAt(bpu, "H4").value).toEqual({ type: "boolean", value: true });
    // Formulas carry no cached value: the engine computes them on load.
    expect(cellAt(bpu, "E4")).toMatchObject({ value: { type: "empty" }, formula: "=ROUND(C4*(1+D4),2)" });
    expect(cellAt(sheetNamed(book, "Comparaison des offres"), "B4").formula).toBe("=BPU!G6");
  });

  test("number formats, fills and locks follow the named styles, range styles included", () => {
    const bpu = sheetNamed(book, "BPU");
    expect(cellAt(bpu, "C4")).toMatchObject({ numberFormat: "#,##0.00 €", fill: "FFF2CC", locked: false });
    expect(cellAt(bpu, "C8")).toMatchObject({
      value: { type: "empty" },
      numberFormat: "#,##0.00 €",
      locked: false,
    });
    expect(cellAt(bpu, "D4")).toMatchObject({ numberFormat: "0.0%", locked: true });
    expect(cellAt(bpu, "A4").numberFormat).toBe("@");
    expect(cellAt(bpu, "A3")).toMatchObject({ fill: "DDEBF7", locked: true });
    expect(cellAt(bpu, "F4").numberFormat).toBeUndefined();
  });

  test("sheet structure: visibility, merges, hidden rows and columns, protection, names", () => {
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["BPU", "visible"],
      ["Comparaison des offres", "visible"],
      ["Listes", "hidden"],
      ["Interne", "veryHidden"],
    ]);
    const bpu = sheetNamed(book, "BPU");
    expect(bpu.merges).toEqual(["A1:G1", "A6:F6"]);
    expect(bpu.hiddenRows).toEqual([7]);
    expect(bpu.hiddenColumns).toEqual([7]);
    expect(bpu.protected).toBe(true);
    expect(sheetNamed(book, "Listes").protected).toBe(false);
    expect(book.names).toEqual([
      { name: "PrixHT", ref: "BPU!$C$4:$C$5" },
      { name: "TauxTVA", ref: "Listes!$A$1:$A$3" },
      { name: "Version", sheet: "Interne", ref: "Interne!$A$1", hidden: true },
      { name: "_xlnm.Print_Titles", sheet: "BPU", ref: "BPU!$1:$3" },
      { name: "_xlnm.Print_Area", sheet: "BPU", ref: "BPU!$A$1:$G$6" },
    ]);
  });

  test("validations with prompts and errors, protection, freeze, print setup in the sheet XML", async () => {
    const xml = await entryText(data, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(
      '<dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Prix" error="Un montant entre 0 et 10 000 €" promptTitle="Prix" prompt="Prix HT en euros" sqref="C4:C9"><formula1>0</formula1><formula2>10000</formula2></dataValidation>',
    );
    expect(xml).toContain('type="whole" operator="greaterThanOrEqual"');
    expect(xml).toContain('type="textLength" operator="lessThanOrEqual"');
    expect(xml).toContain('errorStyle="warning"');
    expect(xml).toContain("<formula1>Listes!$A$1:$A$3</formula1>");
    expect(xml).toContain(
      '<dataValidation type="list" showErrorMessage="1" sqref="H4:H5"><formula1>&quot;oui,non&quot;</formula1>',
    );
    expect(xml).toContain(
      '<dataValidation type="custom" allowBlank="1" showErrorMessage="1" sqref="G4:G5"><formula1>G4&gt;=0</formula1>',
    );
    expect(xml).toMatch(
      /<sheetProtection algorithmName="SHA-512" hashValue="[A-Za-z0-9+/]{86}==" saltValue="AAECAwQFBgcICQoLDA0ODw==" spinCount="100000" sheet="1" objects="1" scenarios="1" formatColumns="0"\/>/,
    );
    expect(xml).toContain(
      '<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>',
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain(
      '<cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1000</formula></cfRule>',
    );
    expect(xml).toContain('<cfRule type="colorScale" priority="2">');
    expect(await entryText(data, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  test("tables, chart, drawing and document properties are parts of the package", async () => {
    const entries = await entriesOf(data);
    expect([...entries.keys()].filter((p) => p.endsWith("/"))).toEqual([]);
    for (const part of [
      "xl/tables/table1.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "docProps/core.xml",
      "docProps/app.xml",
    ]) {
      expect(entries.has(part)).toBe(true);
    }
    const table = await entryText(data, "xl/tables/table1.xml");
    expect(table).toContain('ref="A1:B4"');
    expect(table).toContain('<tableColumn id="1" name="Offre"/><tableColumn id="2" name="Total HT"/>');
    const chart = await entryText(data, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    // A workbook without a theme leaves "automatic" fills to the reader: LibreOffice drew no bar.
    expect(chart).toContain('<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>');
    expect(chart).toContain("<c:f>'Comparaison des offres'!$B$2:$B$4</c:f>");
    const types = await entryText(data, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/tables/table1.xml"');
    expect(await entryText(data, "docProps/core.xml")).toContain("<dc:title>BPU standard</dc:title>");
  });

  test("the same plan and salt give the same bytes", async () => {
    const again = await writeWorkbook(FULL_PLAN, { randomBytes: countingBytes });
    expect(Buffer.from(again).equals(Buffer.from(data))).toBe(true);
  });
});

describe("writeWorkbook refuses malformed plans", () => {
  const base: WorkbookPlan = { styles: {}, sheets: [{ name: "A", cells: [] }] };
  test.each([
    ["a sheet name with a slash", { ...base, sheets: [{ name: "A/B", cells: [] }] }],
    [
      "duplicate sheet names",
      {
        ...base,
        sheets: [
          { name: "A", cells: [] },
          { name: "a", cells: [] },
        ],
      },
    ],
    ["no visible sheet", { ...base, sheets: [{ name: "A", visibility: "hidden", cells: [] }] }],
    [
      "an unknown style",
      {
        ...base,
        sheets: [{ name: "A", cells: [{ cell: "A1", write: { kind: "number", value: 1 }, style: "nope" }] }],
      },
    ],
    [
      "a bad address",
      { ...base, sheets: [{ name: "A", cells: [{ cell: "1A", write: { kind: "number", value: 1 } }] }] },
    ],
    [
      "an infinite number",
      {
        ...base,
        sheets: [{ name: "A", cells: [{ cell: "A1", write: { kind: "number", value: Infinity } }] }],
      },
    ],
    [
      "a literal list item holding a comma",
      {
        ...base,
        sheets: [
          {
            name: "A",
            cells: [],
            validations: [{ range: "A1", rule: { type: "list", items: ["1,5 €", "2 €"] } }],
          },
        ],
      },
    ],
  ] as [string, WorkbookPlan][])("%s", async (_label, plan) => {
    await expect(writeWorkbook(plan)).rejects.toThrow();
  });
});

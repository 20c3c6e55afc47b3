import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CellEdit, FillReport } from "../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { t } from "../../src/i18n";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { applyFillPlan, fillWorkbookBytes } from "../../src/xlsx/fill";
import { dropFormulaResults } from "../../src/xlsx/formula-results";
import { fillWorkbookFile } from "../../src/xlsx/node-files";
import { readWorkbook } from "../../src/xlsx/read";
import { buildXlsx, entriesOf, entryText } from "./xlsx-package";
import { cellAt, sheetNamed } from "../helpers/snapshot";

const SHARED = path.resolve(__dirname, "../../../shared");

/** The sheet XML with the given cells' <c> elements cut out: what must not change at all. */
function withoutCells(xml: string, cells: readonly string[]): string {
  let out = xml.replace(/<dimension [^>]*\/>/, "");
  for (const cell of cells)
    out = out.replace(new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`), "");
  return out;
}

/** [cell, code] of each refused edit. */
function refusals(report: FillReport): [string, string][] {
  return report.refused.map(({ finding }) => [finding.location?.cell ?? "", finding.code]);
}

async function tender(name: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(SHARED, "fixtures/tenders", name)));
}

describe("fillWorkbookBytes on t-departement (BPU and DQE on one protected sheet)", () => {
  const edits: CellEdit[] = [
    { sheet: "BPU-DQE", cell: "D15", value: 24.5 },
    { sheet: "bpu-dqe", cell: "$D$16", value: 31.05 },
    { sheet: "BPU-DQE", cell: "C8", value: '=HYPERLINK("http://x")' },
    { sheet: "BPU-DQE", cell: "B50", value: "1.1" },
    { sheet: "BPU-DQE", cell: "B8", value: "x" },
    { sheet: "BPU-DQE", cell: "F15", value: 99 },
    { sheet: "BPU-DQE", cell: "A13", value: "x" },
    { sheet: "Nope", cell: "D15", value: 1 },
    { sheet: "BPU-DQE", cell: "D0", value: 1 },
    { sheet: "BPU-DQE", cell: "D17", value: Number.NaN },
  ];

  test("writes prices and texts in input cells; refuses formulas, merge interiors, locked cells, bad sheets, addresses and values", async () => {
    const input = await tender("t-departement.xlsx");
    const before = input.slice();
    const { data, report } = await fillWorkbookBytes(input, "t-departement.xlsx", edits);
    expect(input).toEqual(before);
    expect(report.written).toEqual([
      { sheet: "BPU-DQE", cell: "D15", value: 24.5 },
      { sheet: "BPU-DQE", cell: "D16", value: 31.05 },
      { sheet: "BPU-DQE", cell: "C8", value: '=HYPERLINK("http://x")' },
    ]);
    expect(refusals(report)).toEqual([
      ["B50", "workbook.fill.lockedCell"],
      ["B8", "workbook.fill.insideMerge"],
      ["F15", "workbook.fill.formulaCell"],
      ["A13", "workbook.fill.insideMerge"],
      ["D15", "workbook.fill.sheetMissing"],
      ["D0", "workbook.fill.badAddress"],
      ["D17", "workbook.fill.badValue"],
    ]);
    const at = (cell: string) => report.refused.find((r) => r.finding.location?.cell === cell)?.finding;
    const formula = at("F15");
    expect(formula && t("fr", formula.messageKey, formula.params)).toContain("formule");
    const merged = at("A13");
    expect(merged?.params).toMatchObject({ merge: "A12:A13", anchor: "A12" });
    expect(merged && t("en", merged.messageKey, merged.params)).toContain("Fill A12.");

    const sheet = sheetNamed(await readWorkbook(data, "out.xlsx"), "BPU-DQE");
    expect(cellAt(sheet, "D15").value).toEqual({ type: "number", value: 24.5 });
    expect(cellAt(sheet, "D16").value).toEqual({ type: "number", value: 31.05 });
    expect(cellAt(sheet, "C8")).toMatchObject({ value: { type: "text", value: '=HYPERLINK("http://x")' } });
    expect(cellAt(sheet, "C8").formula).toBeUndefined();
    expect(cellAt(sheet, "B50").value).toEqual({ type: "empty" });
    expect(cellAt(sheet, "F15").formula).toBe("=ROUND(D15*(1+E15),2)");
  });

  test("every untouched part is byte-identical; the sheet changes only in the target cells", async () => {
    const input = await tender("t-departement.xlsx");
    const { data } = await fillWorkbookBytes(input, "t-departement.xlsx", edits);
    const before = await entriesOf(input);
    const after = await entriesOf(data);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter(
      (p) => Buffer.compare(Buffer.from(before.get(p) ?? []), Buffer.from(after.get(p) ?? [])) !== 0,
    );
    expect(changed.sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const sheetBefore = await entryText(input, "xl/worksheets/sheet1.xml");
    const sheetAfter = await entryText(data, "xl/worksheets/sheet1.xml");
    const targets = ["D15", "D16", "C8"];
    expect(sheetAfter).not.toBe(sheetBefore);
    // Apart from the targets: the sheet as it was, its formulas without the results saved from the old prices.
    expect(withoutCells(sheetAfter, targets)).toBe(withoutCells(dropFormulaResults(sheetBefore), targets));
    expect(sheetAfter.match(/<f>/g)?.length).toBe(sheetBefore.match(/<f>/g)?.length);
    // The style of each written cell is kept (price format, unlocked).
    for (const cell of targets) {
      const style = (xml: string) => new RegExp(`<c r="${cell}"( s="\\d+")?`).exec(xml)?.[1];
      expect(style(sheetAfter)).toBe(style(sheetBefore));
    }
    const workbookBefore = await entryText(input, "xl/workbook.xml");
    const workbookAfter = await entryText(data, "xl/workbook.xml");
    expect(workbookAfter).toContain('fullCalcOnLoad="1"');
    expect(workbookAfter.replace(' fullCalcOnLoad="1"', "")).toBe(workbookBefore);
  });

  test("merges, validations, protection and unlocked cells read back as before", async () => {
    const input = await tender("t-departement.xlsx");
    const { data } = await fillWorkbookBytes(input, "t-departement.xlsx", edits);
    const before = sheetNamed(await readWorkbook(input, "in.xlsx"), "BPU-DQE");
    const after = sheetNamed(await readWorkbook(data, "out.xlsx"), "BPU-DQE");
    expect(after.merges).toEqual(before.merges);
    expect(after.protected).toBe(true);
    expect(after.cells.map((row) => row.map((c) => c.locked))).toEqual(
      before.cells.map((row) => row.map((c) => c.locked)),
    );
    expect(await entryText(data, "xl/worksheets/sheet1.xml")).toContain("<dataValidation ");
  });
});

describe("applyFillPlan creates missing rows and cells in order", () => {
  const book = () =>
    buildXlsx({
      sharedStrings: ["1.1", "Prix"],
      styles: `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>`,
      workbookExtra: "<definedNames/>",
      sheets: [
        {
          name: "BPU",
          body: `<dimension ref="A2:B4"/><cols><col min="4" max="4" width="12" style="1"/></cols><sheetData><row r="2" spans="1:2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row><row r="4" spans="1:2"><c r="B4"><v>7</v></c></row></sheetData>`,
        },
      ],
    });

  test("new cells keep column order and take the column's style; new rows land between existing ones", async () => {
    const edits: CellEdit[] = [
      { sheet: "bpu", cell: "E4", value: true },
      { sheet: "BPU", cell: "A4", value: 3 },
      { sheet: "BPU", cell: "D4", value: 12.5 },
      { sheet: "BPU", cell: "C3", value: 10, asText: true },
      { sheet: "BPU", cell: "A1", value: " titre " },
      { sheet: "BPU", cell: "B2", value: null },
      { sheet: "BPU", cell: "F6", value: -0 },
    ];
    const { data, report } = await fillWorkbookBytes(await book(), "b.xlsx", edits, { overwrite: true });
    expect(report.refused).toEqual([]);
    const xml = await entryText(data, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dimension ref="A1:F6"/>');
    expect(xml).toContain(
      '<row r="4" spans="1:5"><c r="A4"><v>3</v></c><c r="B4"><v>7</v></c><c r="D4" s="1"><v>12.5</v></c><c r="E4" t="b"><v>1</v></c></row>',
    );
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 4, 6]);
    const sheet = sheetNamed(await readWorkbook(data, "b.xlsx"), "BPU");
    expect(cellAt(sheet, "A1").value).toEqual({ type: "text", value: " titre " });
    expect(cellAt(sheet, "A2").value).toEqual({ type: "text", value: "1.1" });
    expect(cellAt(sheet, "B2").value).toEqual({ type: "empty" });
    expect(cellAt(sheet, "C3").value).toEqual({ type: "text", value: "10" });
    expect(cellAt(sheet, "D4")).toMatchObject({
      value: { type: "number", value: 12.5 },
      locked: false,
      numberFormat: "#,##0.00",
    });
    expect(cellAt(sheet, "F6").value).toEqual({ type: "number", value: 0 });
    expect(await entryText(data, "xl/workbook.xml")).toContain(
      '<definedNames/><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });

  test("nothing written: the bytes come back unchanged", async () => {
    const input = await book();
    const { data, report } = await fillWorkbookBytes(input, "b.xlsx", [
      { sheet: "X", cell: "A1", value: 1 },
      { sheet: "BPU", cell: "B4", value: 8 },
    ]);
    expect(report.written).toEqual([]);
    expect(refusals(report)).toEqual([
      ["A1", "workbook.fill.sheetMissing"],
      ["B4", "workbook.fill.notEmpty"],
    ]);
    expect(report.refused[1].finding.severity).toBe("warning");
    expect(Buffer.from(data).equals(Buffer.from(input))).toBe(true);
  });

  test("a value is kept unless overwrite is asked; a later edit of the same cell sees the earlier one", async () => {
    const input = await book();
    const edits: CellEdit[] = [
      { sheet: "BPU", cell: "B4", value: 8 },
      { sheet: "BPU", cell: "C4", value: "a" },
      { sheet: "BPU", cell: "C4", value: "b" },
    ];
    const kept = await fillWorkbookBytes(input, "b.xlsx", edits);
    expect(kept.report.written.map((edit) => edit.value)).toEqual(["a"]);
    expect(refusals(kept.report)).toEqual([
      ["B4", "workbook.fill.notEmpty"],
      ["C4", "workbook.fill.notEmpty"],
    ]);
    const replaced = await fillWorkbookBytes(input, "b.xlsx", edits, { overwrite: true });
    expect(replaced.report.refused).toEqual([]);
    const sheet = sheetNamed(await readWorkbook(replaced.data, "b.xlsx"), "BPU");
    expect(cellAt(sheet, "B4").value).toEqual({ type: "number", value: 8 });
    expect(cellAt(sheet, "C4").value).toEqual({ type: "text", value: "b" });
  });

  test("text over 32 767 characters is refused; exactly 32 767 is written", async () => {
    const { data, report } = await fillWorkbookBytes(await book(), "b.xlsx", [
      { sheet: "BPU", cell: "A6", value: "x".repeat(32_768) },
      { sheet: "BPU", cell: "A7", value: "y".repeat(32_767) },
    ]);
    expect(refusals(report)).toEqual([["A6", "workbook.fill.textTooLong"]]);
    const sheet = sheetNamed(await readWorkbook(data, "b.xlsx"), "BPU");
    expect(cellAt(sheet, "A6").value).toEqual({ type: "empty" });
    expect(cellAt(sheet, "A7").value).toEqual({ type: "text", value: "y".repeat(32_767) });
  });
});

describe("applyFillPlan on damaged parts", () => {
  test("a sheet part without <sheetData> is a damaged workbook, named", async () => {
    const input = await buildXlsx({ sheets: [{ name: "BPU", body: '<dimension ref="A1"/>' }] });
    const plan = { edits: [{ sheet: "BPU", cell: "A1", value: 1 }], refused: [], recalculate: ["BPU"] };
    const failure = applyFillPlan(input, "cut.xlsx", plan);
    await expect(failure).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(failure).rejects.toMatchObject({
      messageKey: "workbook.read.damaged",
      params: { file: "cut.xlsx", sheet: "BPU" },
    });
  });
});

describe("fillWorkbookFile", () => {
  test("writes the output atomically and never the input", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-fill-"));
    try {
      const input = path.join(dir, "t-mairie.xlsx");
      await fs.copyFile(path.join(SHARED, "fixtures/tenders/t-mairie.xlsx"), input);
      const original = await fs.readFile(input);
      await expect(
        fillWorkbookFile(input, input, [{ sheet: "BPU", cell: "D13", value: 1 }]),
      ).rejects.toMatchObject({ messageKey: "workbook.write.sameAsInput", params: { file: input } });
      const output = path.join(dir, "out", "rempli.xlsx");
      const { report } = await fillWorkbookFile(input, output, [{ sheet: "BPU", cell: "D13", value: 18.4 }]);
      expect(report.written).toHaveLength(1);
      expect((await fs.readFile(input)).equals(original)).toBe(true);
      expect((await fs.readdir(path.dirname(output))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      const sheet = sheetNamed(await readWorkbook(new Uint8Array(await fs.readFile(output)), output), "BPU");
      expect(cellAt(sheet, "D13").value).toEqual({ type: "number", value: 18.4 });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("fillWorkbookBytes on a returned bid (cached formula results present)", () => {
  test("bid-c: filling its blank cook price keeps every other cell; its formulas lose their saved results", async () => {
    const input = new Uint8Array(await fs.readFile(path.join(SHARED, "fixtures/bids/bid-c.xlsx")));
    const before = sheetNamed(await readWorkbook(input, "bid-c.xlsx"), "BPU-DQE");
    const blank = before.cells
      .flatMap((row, r) =>
        row.map((cell, c) => ({ cell, r: r + before.range.row, c: c + before.range.column })),
      )
      // The price column D: unlocked, in euros; the company name cell (also unlocked) is text.
      .filter(
        ({ cell, c }) =>
          c === 3 && cell.locked === false && cell.value.type === "empty" && cell.numberFormat?.includes("€"),
      );
    expect(blank).toHaveLength(1);
    const target = `D${blank[0].r + 1}`;
    const { data, report } = await fillWorkbookBytes(input, "bid-c.xlsx", [
      { sheet: "BPU-DQE", cell: target, value: 35 },
    ]);
    expect(report.written).toHaveLength(1);
    const after = sheetNamed(await readWorkbook(data, "bid-c.xlsx"), "BPU-DQE");
    expect(cellAt(after, target).value).toEqual({ type: "number", value: 35 });
    const others = (sheet: SheetSnapshot) =>
      sheet.cells.map((row, r) =>
        row.filter((_c, c) => !(r === blank[0].r - sheet.range.row && c === 3 - sheet.range.column)),
      );
    // Untouched cells read back exactly as before, but formulas: the results they saved are dropped, as every
    // program that opens the file computes them anew (Excel for fullCalcOnLoad, LibreOffice for the missing value).
    const unsaved = (sheet: SheetSnapshot) =>
      others(sheet).map((row) =>
        row.map((cell) => (cell.formula === undefined ? cell : { ...cell, value: { type: "empty" } })),
      );
    expect(others(after)).toEqual(unsaved(before));
    expect(
      others(after)
        .flat()
        .filter((cell) => cell.formula !== undefined).length,
    ).toBeGreaterThan(50);
  });
});

describe("dropFormulaResults", () => {
  test("drops a formula's saved value with its type and value metadata, and nothing else", () => {
    const sheet =
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1">' +
      '<x:c r="A1" s="3"><x:v>12.5</x:v></x:c>' +
      '<x:c r="B1" s="4" t="str"><x:f>A1&amp;"€"</x:f><x:v>12.5€</x:v></x:c>' +
      '<x:c r="C1" t="e" vm="1" cm="1"><x:f t="shared" ref="C1:C2" si="0">1/0</x:f><x:v>#DIV/0!</x:v></x:c>' +
      '<x:c r="D1"><x:f>A1*2</x:f></x:c>' +
      '<x:c r="E1" t="s"><x:v>3</x:v></x:c>' +
      "</x:row></x:sheetData></x:worksheet>";
    expect(dropFormulaResults(sheet)).toBe(
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1">' +
        '<x:c r="A1" s="3"><x:v>12.5</x:v></x:c>' +
        '<x:c r="B1" s="4"><x:f>A1&amp;"€"</x:f></x:c>' +
        '<x:c r="C1" cm="1"><x:f t="shared" ref="C1:C2" si="0">1/0</x:f></x:c>' +
        '<x:c r="D1"><x:f>A1*2</x:f></x:c>' +
        '<x:c r="E1" t="s"><x:v>3</x:v></x:c>' +
        "</x:row></x:sheetData></x:worksheet>",
    );
  });

  test("the same text when no formula saved a result", () => {
    const constants =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1</f></c></row></sheetData></worksheet>';
    expect(dropFormulaResults(constants)).toBe(constants);
  });
});

// One rule, one place: the same buyer's workbook, built through each door from one plan, read back into snapshots;
// the core's fill plan made from each snapshot with the same writes must be the same (edits and refusals, findings
// included), and each door must then write exactly those cells with the same values and leave every other cell as
// it was. The Excel door runs on the strict fake, in a number of syncs that does not grow with the edits.

import {
  buildFillPlan,
  formatCell,
  type CellEdit,
  type CellSnapshot,
  type FillPlan,
  type SheetSnapshot,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core/workbook";
import { applyFillPlan as applyInExcel, applyPlan, createExcelHost, readSnapshot } from "../../src/excel";
import { applyFillPlan as applyToFile, fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { createFakeExcel } from "../fakes/excel";
import { tenderPlan } from "../fakes/excel/sample-plans";
import { buildXlsx } from "../unit/xlsx-package";

const FILE = "dce.xlsx";
const SHEETS = ["BPU", "Notes"];

/** Every rule but the table's: the xlsx door reads tables after the XML reader's merge (see the last tests). */
function wanted(lines: number): CellEdit[] {
  const prices = Array.from({ length: lines }, (_, index) => ({
    sheet: "BPU",
    cell: `C${index + 5}`,
    value: Math.round((9.5 + index * 0.35) * 100) / 100,
  }));
  return [
    ...prices,
    { sheet: "bpu", cell: "$B$2", value: "Traiteur du Parc" },
    { sheet: "BPU", cell: "C2", value: "x" },
    { sheet: "BPU", cell: "E5", value: 1 },
    { sheet: "BPU", cell: "B5", value: "Plateau royal" },
    { sheet: "Notes", cell: "B3", value: "1.1" },
    { sheet: "Notes", cell: "B4", value: "=SUM(A1)" },
    { sheet: "Notes", cell: "B5", value: true },
    { sheet: "Notes", cell: "C4", value: 10, asText: true },
    { sheet: "Notes", cell: "C5", value: null },
    { sheet: "Notes", cell: "B2", value: "nouveau" },
    { sheet: "Notes", cell: "B6", value: "x".repeat(32_768) },
    { sheet: "Annexe", cell: "A1", value: 1 },
    { sheet: "Notes", cell: "A0", value: 1 },
    { sheet: "Notes", cell: "C3", value: Number.NaN },
  ];
}

async function excelDoor(plan: WorkbookPlan) {
  const fake = createFakeExcel({ sheets: [{ name: "Feuil1" }] });
  const host = createExcelHost(fake.Excel, fake.Office);
  expect((await applyPlan(plan, { host })).applied).toBe(true);
  const read = () => readSnapshot(host, { sheets: SHEETS, source: FILE });
  return { fake, host, read };
}

async function xlsxDoor(plan: WorkbookPlan) {
  const data = await writeWorkbook(plan);
  return { data, snapshot: await readWorkbook(data, FILE) };
}

/** What both doors can say of a cell's content: its value, or its formula. */
function contentOf(cell: CellSnapshot): unknown {
  return cell.formula !== undefined ? { formula: cell.formula } : cell.value;
}

/** Non-empty cells of the given sheets by "Sheet!A1". */
function contents(book: WorkbookSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of book.sheets.filter((one) => SHEETS.includes(one.name))) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value.type === "empty" && cell.formula === undefined) return;
        const at = formatCell({ row: sheet.range.row + r, column: sheet.range.column + c });
        out.set(`${sheet.name}!${at}`, contentOf(cell));
      }),
    );
  }
  return out;
}

/** The cells whose content differs between two readings. */
function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key))).sort();
}

const codes = (plan: FillPlan) =>
  plan.refused.map(({ finding }) => `${finding.location?.cell} ${finding.code}`);

describe("fill conformance: one plan, applied by both doors", () => {
  it.each([10, 1_000])(
    "%i lines: the same plan from both snapshots, the same cells written",
    async (lines) => {
      const workbook = tenderPlan(lines);
      const excel = await excelDoor(workbook);
      const file = await xlsxDoor(workbook);
      const excelBefore = await excel.read();

      const fromExcel = buildFillPlan(excelBefore, wanted(lines));
      const fromFile = buildFillPlan(file.snapshot, wanted(lines));
      expect(fromExcel).toEqual(fromFile);
      expect(codes(fromFile)).toEqual([
        "C6 workbook.fill.notEmpty",
        "C2 workbook.fill.insideMerge",
        "E5 workbook.fill.formulaCell",
        "B5 workbook.fill.lockedCell",
        "B2 workbook.fill.notEmpty",
        "B6 workbook.fill.textTooLong",
        "A1 workbook.fill.sheetMissing",
        "A0 workbook.fill.badAddress",
        "C3 workbook.fill.badValue",
      ]);
      expect(fromFile.edits).toHaveLength(lines - 1 + 6);

      excel.fake.resetStats();
      const excelReport = await applyInExcel(fromExcel, { host: excel.host });
      expect(excelReport).toMatchObject({ applied: true, refused: fromExcel.refused, syncs: 2 });
      expect(excelReport.written).toEqual(fromExcel.edits);
      expect(excel.fake.stats.syncs).toBe(2);
      const fileReport = await applyToFile(file.data, FILE, fromFile);
      expect(fileReport.report.written).toEqual(fromFile.edits);

      const excelAfter = contents(await excel.read());
      const fileAfter = contents(await readWorkbook(fileReport.data, FILE));
      // Written cells only: "Notes!C5" is cleared while already empty, so it does not show as a change.
      const targets = fromFile.edits
        .filter((edit) => edit.value !== null)
        .map((edit) => `${edit.sheet}!${edit.cell}`)
        .sort();
      expect(changed(contents(excelBefore), excelAfter)).toEqual(targets);
      expect(changed(contents(file.snapshot), fileAfter)).toEqual(targets);
      expect(excelAfter).toEqual(fileAfter);
      expect(fileAfter.get("Notes!B3")).toEqual({ type: "text", value: "1.1" });
      expect(fileAfter.get("Notes!B4")).toEqual({ type: "text", value: "=SUM(A1)" });
      expect(fileAfter.get("Notes!C4")).toEqual({ type: "text", value: "10" });
      expect(fileAfter.get("BPU!C5")).toEqual({ type: "number", value: 9.5 });
    },
  );

  it("overwrite: both doors replace the kept values the same way", async () => {
    const workbook = tenderPlan(3);
    const excel = await excelDoor(workbook);
    const file = await xlsxDoor(workbook);
    const edits: CellEdit[] = [
      { sheet: "BPU", cell: "C6", value: 13.2 },
      { sheet: "Notes", cell: "B2", value: "nouveau" },
    ];
    const plan = buildFillPlan(await excel.read(), edits, { overwrite: true });
    expect(plan).toEqual(buildFillPlan(file.snapshot, edits, { overwrite: true }));
    expect(plan.refused).toEqual([]);
    await applyInExcel(plan, { host: excel.host });
    const filled = await fillWorkbookBytes(file.data, FILE, edits, { overwrite: true });
    const excelAfter = contents(await excel.read());
    expect(excelAfter).toEqual(contents(await readWorkbook(filled.data, FILE)));
    expect(excelAfter.get("BPU!C6")).toEqual({ type: "number", value: 13.2 });
    expect(excelAfter.get("Notes!B2")).toEqual({ type: "text", value: "nouveau" });
  });

  it("the Excel door refuses a table's header from the tables it reads", async () => {
    const excel = await excelDoor(tenderPlan(3));
    const plan = buildFillPlan(await excel.read(), [{ sheet: "BPU", cell: "D4", value: "TVA %" }]);
    expect(plan.refused.map(({ finding }) => [finding.code, finding.params])).toEqual([
      ["workbook.fill.tableHeader", { file: FILE, sheet: "BPU", cell: "D4", table: "Lignes", column: "TVA" }],
    ]);
  });

  test("both doors refuse a table's header cell the same way", async () => {
    const workbook = tenderPlan(3);
    const edits: CellEdit[] = [{ sheet: "BPU", cell: "D4", value: "TVA %" }];
    const fromExcel = buildFillPlan(await (await excelDoor(workbook)).read(), edits);
    const fromFile = buildFillPlan((await xlsxDoor(workbook)).snapshot, edits);
    expect(fromFile).toEqual(fromExcel);
  });

  test("every cell of an array formula is refused", async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: "S",
          body: '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:B1">TRANSPOSE(D1:D2)</f><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    const sheet: SheetSnapshot | undefined = (await readWorkbook(data, "array.xlsx")).sheets[0];
    expect(sheet?.cells[0][1].formula).toBeDefined();
    const { report } = await fillWorkbookBytes(data, "array.xlsx", [{ sheet: "S", cell: "B1", value: 5 }], {
      overwrite: true,
    });
    expect(report.refused.map(({ finding }) => finding.code)).toEqual(["workbook.fill.formulaCell"]);
  });
});

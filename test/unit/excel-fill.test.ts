// The Excel door's fill against the strict fake: it writes exactly the fill plan's edits (numbers as numbers, text
// that stays text), in rectangles, in a number of syncs that does not grow with the edits, and decides nothing.

import { buildFillPlan, type CellEdit, type FillPlan } from "../../src/core/workbook";
import { applyFillPlan, applyPlan, createExcelHost, fillOpenWorkbook, readSnapshot } from "../../src/excel";
import { t } from "../../src/i18n";
import { cellAt, createFakeExcel, findSheet, type FakeExcelOptions, type FakeInit } from "../fakes/excel";
import { tenderPlan } from "../fakes/excel/sample-plans";

function setup(init?: FakeInit, options?: FakeExcelOptions) {
  const fake = createFakeExcel(init, options);
  return { fake, host: createExcelHost(fake.Excel, fake.Office) };
}

function sheet(fake: ReturnType<typeof createFakeExcel>, name: string) {
  const found = findSheet(fake.state, name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

/** The tender in the fake, and the plan of `wanted` made from the door's own snapshot. */
async function tender(lines: number, wanted: (lines: number) => CellEdit[], overwrite = false) {
  const { fake, host } = setup({ sheets: [{ name: "Feuil1" }] });
  expect((await applyPlan(tenderPlan(lines), { host })).applied).toBe(true);
  const snapshot = await readSnapshot(host, { sheets: ["BPU", "Notes"] });
  const plan = buildFillPlan(snapshot, wanted(lines), { overwrite });
  fake.resetStats();
  return { fake, host, plan };
}

const prices = (lines: number): CellEdit[] =>
  Array.from({ length: lines }, (_, index) => ({
    sheet: "BPU",
    cell: `C${index + 5}`,
    value: 10 + index / 4,
  }));

describe("Excel door applyFillPlan", () => {
  it("writes numbers as numbers, text that stays text, booleans, and clears", async () => {
    const { fake, host } = setup({ sheets: [{ name: "Notes", cells: { C9: "ancien", D1: 7 } }] });
    const edits: CellEdit[] = [
      { sheet: "Notes", cell: "A1", value: 24.5 },
      { sheet: "Notes", cell: "A2", value: "1.1" },
      { sheet: "Notes", cell: "A3", value: "=SUM(A1)" },
      { sheet: "Notes", cell: "A4", value: "-50 % sur le dessert" },
      { sheet: "Notes", cell: "A5", value: 10, asText: true },
      { sheet: "Notes", cell: "A6", value: true },
      { sheet: "Notes", cell: "A7", value: "Traiteur du Parc" },
      { sheet: "Notes", cell: "C9", value: null },
    ];
    const report = await applyFillPlan({ edits, refused: [], recalculate: [] }, { host });
    expect(report).toMatchObject({ applied: true, written: edits, refused: [], findings: [] });
    const notes = sheet(fake, "Notes");
    expect(cellAt(notes, "A1")).toMatchObject({ kind: "number", value: 24.5, numberFormat: "General" });
    expect(cellAt(notes, "A2")).toMatchObject({ kind: "text", value: "1.1", numberFormat: "@" });
    expect(cellAt(notes, "A3")).toMatchObject({ kind: "text", value: "=SUM(A1)" });
    expect(cellAt(notes, "A3").formula).toBeUndefined();
    expect(cellAt(notes, "A4")).toMatchObject({ kind: "text", value: "-50 % sur le dessert" });
    expect(cellAt(notes, "A5")).toMatchObject({ kind: "text", value: "10" });
    expect(cellAt(notes, "A6")).toMatchObject({ kind: "boolean", value: true });
    expect(cellAt(notes, "A7")).toMatchObject({
      kind: "text",
      value: "Traiteur du Parc",
      numberFormat: "General",
    });
    expect(cellAt(notes, "C9").kind).toBe("empty");
    expect(cellAt(notes, "D1")).toMatchObject({ kind: "number", value: 7 });
    // A1:A7 is one rectangle, C9 another: two range writes.
    expect(report.blocks).toBe(2);
  });

  it.each([10, 1_000])(
    "writes %i prices in 2 syncs, as few rectangles as the column allows",
    async (lines) => {
      const { fake, host, plan } = await tender(lines, prices);
      // C6 already holds the buyer's 12.50: kept, and said so.
      expect(plan.edits).toHaveLength(lines - 1);
      expect(plan.refused.map((refusal) => [refusal.finding.location?.cell, refusal.finding.code])).toEqual([
        ["C6", "workbook.fill.notEmpty"],
      ]);
      const report = await applyFillPlan(plan, { host });
      expect(report).toMatchObject({ applied: true, syncs: 2, blocks: lines > 2 ? 2 : 1 });
      expect(fake.stats.syncs).toBe(2);
      // One values assignment per rectangle, not one call per cell.
      expect(fake.stats.calls).toBeLessThan(20);
      expect(fake.stats.requests[1].suspendedCalculation).toBe(true);
      const bpu = sheet(fake, "BPU");
      expect(cellAt(bpu, "C5")).toMatchObject({ kind: "number", value: 10 });
      expect(cellAt(bpu, "C6")).toMatchObject({ kind: "number", value: 12.5 });
      expect(cellAt(bpu, `C${lines + 4}`)).toMatchObject({ kind: "number", value: 10 + (lines - 1) / 4 });
      expect(report.written).toEqual(plan.edits);
      expect(report.refused).toEqual(plan.refused);
    },
  );

  it("cuts megabytes of text into requests under the limit, adding syncs only for the megabytes", async () => {
    const limit = 300_000;
    const { fake, host } = setup({ sheets: [{ name: "Notes" }] }, { limits: { requestBytes: limit } });
    const edits: CellEdit[] = Array.from({ length: 1_000 }, (_, index) => ({
      sheet: "Notes",
      cell: `B${index + 1}`,
      value: `Remarque ${index} `.padEnd(1_000, "x"),
    }));
    const report = await applyFillPlan(
      { edits, refused: [], recalculate: [] },
      { host, payloadLimitBytes: limit * 0.8 },
    );
    expect(report.syncs).toBe(fake.stats.syncs);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.stats.syncs).toBeLessThan(10);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
    expect(cellAt(sheet(fake, "Notes"), "B1000").value).toBe(edits[999].value);
  });

  it("on a protected sheet writes unlocked cells; text Excel would reinterpret is refused, unless already Text", async () => {
    const wanted = () => [
      { sheet: "BPU", cell: "B2", value: "Traiteur du Parc" },
      { sheet: "BPU", cell: "C5", value: "1.5" },
      { sheet: "BPU", cell: "C7", value: 9.9 },
    ];
    const { fake, host, plan } = await tender(3, wanted);
    expect(plan.refused).toEqual([]);
    const report = await applyFillPlan(plan, { host });
    expect(report.written.map((edit) => edit.cell)).toEqual(["B2", "C7"]);
    expect(report.refused).toHaveLength(1);
    const finding = report.refused[0].finding;
    expect(finding).toMatchObject({
      code: "excel.fill.textNeedsFormat",
      location: { sheet: "BPU", cell: "C5" },
    });
    expect(t("fr", finding.messageKey, finding.params)).toContain("apostrophe");
    const bpu = sheet(fake, "BPU");
    expect(cellAt(bpu, "B2").value).toBe("Traiteur du Parc");
    expect(cellAt(bpu, "C5").kind).toBe("empty");
    expect(cellAt(bpu, "C7")).toMatchObject({ kind: "number", value: 9.9 });
    expect(bpu.protection.protected).toBe(true);

    // A cell the buyer formatted as Text takes such text as it is, without a format change.
    bpu.cells.get("4,2")!.numberFormat = "@";
    const again = await applyFillPlan({ edits: [plan.edits[1]], refused: [], recalculate: [] }, { host });
    expect(again.refused).toEqual([]);
    expect(cellAt(bpu, "C5")).toMatchObject({ kind: "text", value: "1.5", numberFormat: "@" });
  });

  it("writes nothing and says why when Excel lacks ExcelApi 1.4", async () => {
    const { fake, host } = setup({ sheets: [{ name: "Notes" }] }, { requirements: { ExcelApi: "1.3" } });
    const report = await applyFillPlan(
      { edits: [{ sheet: "Notes", cell: "A1", value: 1 }], refused: [], recalculate: [] },
      { host },
    );
    expect(report).toMatchObject({ applied: false, written: [], syncs: 0 });
    expect(report.findings).toEqual([
      expect.objectContaining({ messageKey: "excel.feature.cells.missing", params: { version: "1.4" } }),
    ]);
    expect(fake.stats.syncs).toBe(0);
    expect(cellAt(sheet(fake, "Notes"), "A1").kind).toBe("empty");
  });
});

describe("Excel door fillOpenWorkbook: read, decide, write in one run", () => {
  it.each([10, 1_000])("fills %i lines in 3 syncs, the plan made from the fresh snapshot", async (lines) => {
    const { fake, host } = setup({ sheets: [{ name: "Feuil1" }] });
    await applyPlan(tenderPlan(lines), { host });
    fake.resetStats();
    let seen: FillPlan | undefined;
    const wanted = [...prices(lines), { sheet: "BPU", cell: "C4", value: "Prix" }];
    const report = await fillOpenWorkbook({ host, read: { sheets: ["BPU"] } }, (snapshot) => {
      seen = buildFillPlan(snapshot, wanted);
      return seen;
    });
    expect(fake.stats.syncs).toBe(3);
    expect(report).toMatchObject({ applied: true, syncs: 3 });
    expect(report.written).toEqual(seen?.edits);
    // The table's header comes from Excel's own tables: refused with its column's name.
    const header = report.refused.find((refusal) => refusal.finding.location?.cell === "C4")?.finding;
    expect(header).toMatchObject({
      code: "workbook.fill.tableHeader",
      params: { table: "Lignes", column: "Prix HT" },
    });
    expect(cellAt(sheet(fake, "BPU"), "C4").value).toBe("Prix HT");
    expect(cellAt(sheet(fake, "BPU"), `C${lines + 4}`).kind).toBe("number");
  });

  it("a named sheet that is gone: the read takes the sheet list, and the plan refuses its edits", async () => {
    const { fake, host } = setup({ sheets: [{ name: "Notes" }] });
    const report = await fillOpenWorkbook({ host, read: { sheets: ["BPU", "Notes"] } }, (snapshot) =>
      buildFillPlan(snapshot, [
        { sheet: "BPU", cell: "C5", value: 1 },
        { sheet: "Notes", cell: "A1", value: "ok" },
      ]),
    );
    expect(report.written).toEqual([{ sheet: "Notes", cell: "A1", value: "ok" }]);
    expect(report.refused.map((refusal) => refusal.finding.code)).toEqual(["workbook.fill.sheetMissing"]);
    expect(cellAt(sheet(fake, "Notes"), "A1").value).toBe("ok");
    expect(fake.stats.requests.filter((request) => request.failed === "ItemNotFound")).toHaveLength(1);
  });

  it("decides nothing: what the plan refuses is never written, what it accepts always is", async () => {
    const { fake, host } = setup({ sheets: [{ name: "Notes", cells: { A1: "=1+1", B1: "x" } }] });
    const report = await fillOpenWorkbook({ host, read: { sheets: ["Notes"] } }, () => ({
      edits: [{ sheet: "Notes", cell: "C1", value: 3 }],
      refused: [],
      recalculate: [],
    }));
    expect(report.written).toHaveLength(1);
    const notes = sheet(fake, "Notes");
    expect(cellAt(notes, "A1").formula).toBe("=1+1");
    expect(cellAt(notes, "B1").value).toBe("x");
    expect(cellAt(notes, "C1").value).toBe(3);
  });
});

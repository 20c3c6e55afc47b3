// The Excel door's applyPlan against the strict fake: constant syncs, payload blocks, text that stays text,
// requirement sets checked before use.

import { applyPlan, createExcelHost } from "../../src/excel";
import { FAKE_PAYLOAD_LIMIT, cellAt, createFakeExcel, findSheet, formatOf } from "../fakes/excel";
import { REPRESENTATIVE_PLAN, gridPlan } from "../fakes/excel/sample-plans";
import type { FakeExcelOptions, FakeInit } from "../fakes/excel";

function setup(init?: FakeInit, options?: FakeExcelOptions) {
  const fake = createFakeExcel(init, options);
  return { fake, host: createExcelHost(fake.Excel, fake.Office) };
}

function sheet(fake: ReturnType<typeof createFakeExcel>, name: string) {
  const found = findSheet(fake.state, name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

describe("Excel door applyPlan: syncs and payload", () => {
  it.each([10, 1_000, 20_000])(
    "writes %i cells in the same 2 syncs, calculation suspended",
    async (count) => {
      const { fake, host } = setup();
      const report = await applyPlan(gridPlan(count), { host });
      expect(report.applied).toBe(true);
      expect(report.cellsWritten).toBe(count);
      expect(fake.stats.syncs).toBe(2);
      expect(report.syncs).toBe(2);
      expect(fake.stats.requests[1].suspendedCalculation).toBe(true);
      expect(fake.stats.requests[1].suspendedScreenUpdating).toBe(true);
      const last = gridPlan(count).sheets[0].cells[count - 1];
      expect(cellAt(sheet(fake, "BPU"), last.cell).kind).not.toBe("empty");
    },
  );

  it("keeps API calls far below the number of cells (arrays per block, formats per rectangle)", async () => {
    const { fake, host } = setup();
    await applyPlan(gridPlan(20_000), { host });
    expect(fake.stats.calls).toBeLessThan(200);
  });

  it("falls back to one format call per rectangle of same-style cells below ExcelApi 1.9, with the same result", async () => {
    const modern = setup();
    const older = setup(undefined, { requirements: { ExcelApi: "1.8" } });
    await applyPlan(REPRESENTATIVE_PLAN, { host: modern.host });
    await applyPlan(REPRESENTATIVE_PLAN, { host: older.host });
    for (const address of ["A1", "A3", "F3", "C4", "C5", "A4", "D5"]) {
      expect(cellAt(sheet(older.fake, "BPU"), address).format).toEqual(
        cellAt(sheet(modern.fake, "BPU"), address).format,
      );
    }
    expect(older.fake.stats.syncs).toBe(2);
    expect(older.fake.stats.requests[1].suspendedScreenUpdating).toBe(false);
  });

  it("cuts megabytes into requests under the limit, adding syncs only for the extra megabytes", async () => {
    const limit = 300_000;
    const { fake, host } = setup(undefined, { limits: { requestBytes: limit } });
    const report = await applyPlan(gridPlan(20_000, 60), { host, payloadLimitBytes: limit * 0.8 });
    expect(report.applied).toBe(true);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
    // Requests are well filled: every write request but the last carries over half the budget, so the number of
    // syncs follows the megabytes, not the cells.
    const writes = fake.stats.requests.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.slice(0, -1).every((request) => request.bytes > limit * 0.4)).toBe(true);
    expect(report.syncs).toBe(fake.stats.syncs);
    expect(fake.stats.requests.slice(1).every((request) => request.suspendedCalculation)).toBe(true);
    expect(cellAt(sheet(fake, "BPU"), "J2001").kind).not.toBe("empty");
  });

  it("fails like Excel on the web when the door's budget is set above the real limit (the fake checks)", async () => {
    const { host } = setup(undefined, { limits: { requestBytes: 300_000 } });
    await expect(
      applyPlan(gridPlan(20_000, 60), { host, payloadLimitBytes: FAKE_PAYLOAD_LIMIT }),
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});

describe("Excel door applyPlan: what lands in the workbook", () => {
  it("writes text that looks like a number or a formula as text, under the '@' format", async () => {
    const { fake, host } = setup();
    await applyPlan(REPRESENTATIVE_PLAN, { host });
    const bpu = sheet(fake, "BPU");
    expect(cellAt(bpu, "A4")).toMatchObject({ kind: "text", value: "1.1", numberFormat: "@" });
    expect(cellAt(bpu, "B4")).toMatchObject({ kind: "text", value: "=not a formula", numberFormat: "@" });
    expect(cellAt(bpu, "B4").formula).toBeUndefined();
    expect(cellAt(bpu, "B5")).toMatchObject({ kind: "text", value: "-50 % sur le dessert" });
    expect(cellAt(bpu, "F4")).toMatchObject({ kind: "text", value: "plateau", numberFormat: "General" });
    expect(cellAt(bpu, "E4").formula).toBe("=ROUND(C4*(1+D4),2)");
    expect(cellAt(bpu, "C4")).toMatchObject({ kind: "number", value: 22.25, numberFormat: "#,##0.00 €" });
    expect(cellAt(bpu, "G5")).toMatchObject({ kind: "boolean", value: true });
  });

  it("applies styles, merges, widths, freeze, validations, names, visibility and protection", async () => {
    const { fake, host } = setup();
    await applyPlan(REPRESENTATIVE_PLAN, { host });
    const bpu = sheet(fake, "BPU");
    expect(formatOf(cellAt(bpu, "A3"), "font.bold")).toBe(true);
    expect(formatOf(cellAt(bpu, "C4"), "fill.color")).toBe("#FFF2CC");
    expect(formatOf(cellAt(bpu, "C4"), "protection.locked")).toBe(false);
    expect(formatOf(cellAt(bpu, "A4"), "protection.locked")).toBe(true);
    expect(bpu.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(bpu.columnWidths.get(1)).toBe(213.75);
    expect(bpu.rowHeights.get(0)).toBe(24);
    expect(bpu.freeze).toEqual({ rows: 3, columns: 1 });
    expect(bpu.validations.map((validation) => validation.rule)).toEqual([
      { list: { inCellDropDown: true, source: "plateau,pièce,personne" } },
      { decimal: { operator: "Between", formula1: 0, formula2: 10000 } },
    ]);
    expect(bpu.validations[0].ignoreBlanks).toBe(false);
    expect(bpu.protection).toMatchObject({ protected: true, options: { allowFormatColumns: true } });
    expect(sheet(fake, "Listes").visibility).toBe("Hidden");
    expect(fake.state.names.map((name) => [name.name, name.formula])).toEqual([
      ["PrixHT", "=BPU!$C$4:$C$5"],
      ["Unites", "=Listes!$A$1:$A$3"],
    ]);
  });

  it("re-applies a plan over its own protected output: unprotects, writes, protects again", async () => {
    const { fake, host } = setup();
    await applyPlan(REPRESENTATIVE_PLAN, { host });
    const again = await applyPlan(REPRESENTATIVE_PLAN, { host });
    expect(again.applied).toBe(true);
    expect(sheet(fake, "BPU").protection.protected).toBe(true);
    expect(fake.state.names).toHaveLength(2);
  });

  it("refuses to write on a protected sheet the plan does not protect, with a finding", async () => {
    const { fake, host } = setup({ sheets: [{ name: "BPU", protected: true, cells: { A1: "x" } }] });
    const report = await applyPlan(gridPlan(10), { host });
    expect(report.applied).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: "excel.sheet.protected", severity: "error" }),
    ]);
    expect(cellAt(sheet(fake, "BPU"), "A2").kind).toBe("empty");
    expect(fake.stats.syncs).toBe(1);
  });
});

describe("Excel door applyPlan: requirement sets", () => {
  it("refuses a plan with validations on ExcelApi 1.7, before any call to Excel", async () => {
    const { fake, host } = setup(undefined, { requirements: { ExcelApi: "1.7" } });
    const report = await applyPlan(REPRESENTATIVE_PLAN, { host });
    expect(report.applied).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: "excel.requirement.missing",
        messageKey: "excel.feature.validations.missing",
        params: { version: "1.8" },
      }),
    ]);
    expect(fake.stats.calls).toBe(0);
  });

  it("skips cosmetic features and performance switches the host lacks, and writes the rest", async () => {
    const { fake, host } = setup(undefined, { requirements: { ExcelApi: "1.5" } });
    const plan = {
      ...gridPlan(10),
      sheets: [
        {
          ...gridPlan(10).sheets[0],
          tabColor: "FF0000",
          freeze: { rows: 1, columns: 0 },
          conditionalFormats: [{ type: "colorScale" as const, range: "B2:B3", colors: ["FFFFFF", "FF0000"] }],
        },
      ],
    };
    const report = await applyPlan(plan, { host });
    expect(report.applied).toBe(true);
    expect(report.findings.map((finding) => finding.messageKey).sort()).toEqual([
      "excel.feature.conditionalFormats.skipped",
      "excel.feature.freeze.skipped",
      "excel.feature.tabColor.skipped",
    ]);
    expect(fake.stats.requests[1].suspendedCalculation).toBe(false);
    expect(sheet(fake, "BPU").freeze).toEqual({ rows: 0, columns: 0 });
    expect(cellAt(sheet(fake, "BPU"), "A2").kind).toBe("text");
  });

  it("refuses a protection that limits selection below ExcelApi 1.7 (selectionMode), before any call", async () => {
    const { fake, host } = setup(undefined, { requirements: { ExcelApi: "1.6" } });
    const base = gridPlan(10).sheets[0];
    const plan = {
      styles: {},
      sheets: [{ ...base, protection: { allow: { selectLockedCells: false } } }],
    };
    const report = await applyPlan(plan, { host });
    expect(report.applied).toBe(false);
    expect(report.findings.map((finding) => finding.messageKey)).toContain(
      "excel.feature.protectionSelection.missing",
    );
    expect(fake.stats.calls).toBe(0);
  });

  // RangeFormat.indentLevel is ExcelApi 1.9 (@types/office-js; office.js checks it): a 1.8 host, the manifest's
  // minimum, used to get an ApiNotFound in the middle of the writes for any style with an indent.
  it("leaves out indents on hosts below ExcelApi 1.9 with a warning, and writes them from 1.9", async () => {
    const plan = {
      styles: { nested: { alignment: { indent: 2, wrapText: true }, fill: "DDEBF7" } },
      sheets: [
        {
          name: "BPU",
          cells: [{ cell: "A1", write: { kind: "text" as const, value: "Plateau" }, style: "nested" }],
          rangeStyles: [{ range: "B1:B2", style: "nested" }],
        },
      ],
    };
    const older = setup(undefined, { requirements: { ExcelApi: "1.8" } });
    const report = await applyPlan(plan, { host: older.host });
    expect(report.applied).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({ messageKey: "excel.feature.indent.skipped", params: { version: "1.9" } }),
    ]);
    for (const address of ["A1", "B2"]) {
      const cell = cellAt(sheet(older.fake, "BPU"), address);
      expect(formatOf(cell, "fill.color")).toBe("#DDEBF7");
      expect(formatOf(cell, "indentLevel")).toBe(0);
    }
    const modern = setup(undefined, { requirements: { ExcelApi: "1.9" } });
    expect((await applyPlan(plan, { host: modern.host })).findings).toEqual([]);
    for (const address of ["A1", "B2"])
      expect(formatOf(cellAt(sheet(modern.fake, "BPU"), address), "indentLevel")).toBe(2);
  });
});

describe("Excel door applyPlan: tables and conditional formats", () => {
  it("creates a table after its values and adds cell-value and colour-scale rules", async () => {
    const { fake, host } = setup();
    const base = gridPlan(40).sheets[0];
    const plan = {
      styles: { price: { numberFormat: "0.00" }, alert: { font: { color: "9C0006" }, fill: "FFC7CE" } },
      sheets: [
        {
          ...base,
          tables: [{ name: "Lignes", range: "A2:J5", style: "TableStyleLight9", showRowStripes: false }],
          conditionalFormats: [
            {
              type: "cellValue" as const,
              range: "B2:B5",
              operator: "lessThan" as const,
              values: ["0"],
              style: "alert",
            },
            { type: "colorScale" as const, range: "C2:C5", colors: ["F8696B", "FFEB84", "63BE7B"] },
          ],
        },
      ],
    };
    const report = await applyPlan(plan, { host });
    expect(report).toMatchObject({ applied: true, syncs: 2 });
    const bpu = sheet(fake, "BPU");
    expect(bpu.tables).toEqual([
      expect.objectContaining({
        name: "Lignes",
        style: "TableStyleLight9",
        showBandedRows: false,
        box: { top: 1, left: 0, bottom: 4, right: 9 },
      }),
    ]);
    expect(bpu.conditionalFormats).toEqual([
      expect.objectContaining({
        type: "CellValue",
        rule: { formula1: "0", operator: "LessThan" },
        format: { "font.color": "#9C0006", "fill.color": "#FFC7CE" },
      }),
      expect.objectContaining({
        type: "ColorScale",
        criteria: expect.objectContaining({
          midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
        }),
      }),
    ]);
  });

  // "If the address does not contain a sheet name, the currently-active sheet is used" (TableCollection.add), even
  // through a worksheet's `tables`: a bare address put the table on whatever sheet the user was looking at.
  it("puts a table on its own sheet, not on the sheet the user is looking at", async () => {
    const { fake, host } = setup({ sheets: [{ name: "Accueil" }, { name: "BPU" }] });
    const base = gridPlan(10).sheets[0];
    const plan = { styles: {}, sheets: [{ ...base, tables: [{ name: "Lignes", range: "A2:C4" }] }] };
    expect((await applyPlan(plan, { host })).applied).toBe(true);
    expect(sheet(fake, "Accueil").tables).toEqual([]);
    expect(sheet(fake, "BPU").tables).toEqual([
      expect.objectContaining({ name: "Lignes", box: { top: 1, left: 0, bottom: 3, right: 2 } }),
    ]);
  });
});

describe("Excel door applyPlan: charts", () => {
  it("adds a clustered bar chart whose series read values and categories on another sheet", async () => {
    const { fake, host } = setup();
    const data = gridPlan(40).sheets[0];
    const plan = {
      styles: {},
      sheets: [
        {
          name: "Comparaison",
          cells: [{ cell: "A1", write: { kind: "text" as const, value: "Comparaison des offres" } }],
          charts: [
            {
              type: "bar" as const,
              title: "Prix par offre",
              categories: "BPU!$A$2:$A$5",
              series: [
                { name: "Offre A", values: "BPU!$B$2:$B$5" },
                { name: "Offre B", values: "BPU!$C$2:$C$5" },
              ],
              anchor: { from: "B3", to: "H20" },
              horizontal: true,
            },
          ],
        },
        data,
      ],
    };
    const report = await applyPlan(plan, { host });
    expect(report).toMatchObject({ applied: true, findings: [], syncs: 2 });
    expect(sheet(fake, "Comparaison").charts).toEqual([
      {
        type: "BarClustered",
        title: "Prix par offre",
        from: "B3",
        to: "H20",
        series: [
          { name: "Offre A", values: "BPU!$B$2:$B$5", categories: "BPU!$A$2:$A$5" },
          { name: "Offre B", values: "BPU!$C$2:$C$5", categories: "BPU!$A$2:$A$5" },
        ],
      },
    ]);
  });
});

describe("Excel door applyPlan: print layout", () => {
  it("sets orientation, paper, fit to width, print area and title rows", async () => {
    const { fake, host } = setup();
    const base = gridPlan(20).sheets[0];
    const print = {
      orientation: "landscape" as const,
      paper: "A4" as const,
      fitToWidth: true,
      printTitleRows: "1:3",
      area: "A1:J3",
      gridLines: false,
    };
    const report = await applyPlan({ styles: {}, sheets: [{ ...base, print }] }, { host });
    expect(report.findings).toEqual([]);
    expect(sheet(fake, "BPU").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: false,
      printArea: "A1:J3",
      printTitleRows: "$1:$3",
    });
  });
});

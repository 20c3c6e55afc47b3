// The Excel door's readSnapshot against the strict fake: typed values, formulas vs text, formats, merges, names,
// a constant number of syncs, and graceful loss of detail on older hosts.

import { applyPlan, createExcelHost, readSnapshot } from "../../src/excel";
import type { SheetSnapshot } from "../../src/core/workbook";
import { createFakeExcel } from "../fakes/excel";
import type { FakeExcelOptions, FakeInit } from "../fakes/excel";
import { REPRESENTATIVE_PLAN, gridPlan } from "../fakes/excel/sample-plans";

function setup(init?: FakeInit, options?: FakeExcelOptions) {
  const fake = createFakeExcel(init, options);
  return { fake, host: createExcelHost(fake.Excel, fake.Office) };
}

function cell(sheet: SheetSnapshot, address: string) {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const row = Number(match[2]) - 1 - sheet.range.row;
  const column = match[1].charCodeAt(0) - 65 - sheet.range.column;
  return sheet.cells[row][column];
}

describe("Excel door readSnapshot", () => {
  it("reads back what applyPlan wrote: types, formulas, text that stays text, formats, merges, names", async () => {
    const { host } = setup({ sheets: [{ name: "Feuil1" }] });
    await applyPlan(REPRESENTATIVE_PLAN, { host });
    const snapshot = await readSnapshot(host, { source: "classeur.xlsx" });
    expect(snapshot.source).toBe("classeur.xlsx");
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["Feuil1", "visible"],
      ["BPU", "visible"],
      ["Listes", "hidden"],
    ]);
    const bpu = snapshot.sheets[1];
    expect(bpu.range).toEqual({ row: 0, column: 0, rowCount: 5, columnCount: 7 });
    expect(cell(bpu, "A4")).toEqual({
      value: { type: "text", value: "1.1" },
      numberFormat: "@",
      locked: true,
    });
    expect(cell(bpu, "B4").value).toEqual({ type: "text", value: "=not a formula" });
    expect(cell(bpu, "B4").formula).toBeUndefined();
    expect(cell(bpu, "E4").formula).toBe("=ROUND(C4*(1+D4),2)");
    expect(cell(bpu, "C4")).toEqual({
      value: { type: "number", value: 22.25 },
      numberFormat: "#,##0.00 €",
      fill: "FFF2CC",
      locked: false,
    });
    expect(cell(bpu, "G5").value).toEqual({ type: "boolean", value: true });
    expect(cell(bpu, "G4").value).toEqual({ type: "empty" });
    expect(bpu.merges).toEqual(["A1:F1"]);
    expect(bpu.protected).toBe(true);
    expect(snapshot.names).toEqual([
      { name: "PrixHT", ref: "BPU!$C$4:$C$5" },
      { name: "Unites", ref: "Listes!$A$1:$A$3" },
    ]);
  });

  it.each([10, 1_000, 20_000])(
    "reads a sheet of %i cells in the same 2 syncs, whole or with the sheets named",
    async (count) => {
      const { fake, host } = setup();
      await applyPlan(gridPlan(count), { host });
      const filled = (snapshot: { sheets: readonly SheetSnapshot[] }, name: string) =>
        (snapshot.sheets.find((sheet) => sheet.name === name)?.cells ?? [])
          .flat()
          .filter((entry) => entry.value.type !== "empty" || entry.formula);
      fake.resetStats();
      const whole = await readSnapshot(host);
      expect(fake.stats.syncs).toBe(2);
      expect(filled(whole, "BPU")).toHaveLength(count);
      fake.resetStats();
      const named = await readSnapshot(host, { sheets: ["bpu"] });
      expect(fake.stats.syncs).toBe(2);
      expect(named.sheets.map((sheet) => sheet.name)).toEqual(["BPU"]);
      expect(filled(named, "BPU")).toHaveLength(count);
    },
  );

  it("splits a large read into several syncs, each response under the limit", async () => {
    const { fake, host } = setup(undefined, { limits: { responseBytes: 400_000 } });
    await applyPlan(gridPlan(20_000), { host });
    fake.resetStats();
    const snapshot = await readSnapshot(host, { sheets: ["BPU"], payloadLimitBytes: 300_000 });
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(400_000);
    expect(snapshot.sheets[0].cells).toHaveLength(2000);
  });

  it("reads the whole workbook by blocks when Excel refuses it in one response, the same snapshot", async () => {
    const { fake, host } = setup(undefined, { limits: { responseBytes: 400_000 } });
    await applyPlan(gridPlan(20_000), { host });
    fake.resetStats();
    const snapshot = await readSnapshot(host, { payloadLimitBytes: 300_000 });
    // The refused whole read (2 syncs, the second failing), then the frames and the blocks.
    expect(fake.stats.requests[1].failed).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.stats.syncs).toBeGreaterThan(4);
    expect(fake.stats.requests.slice(2).every((request) => !request.failed)).toBe(true);
    const roomy = setup(undefined);
    await applyPlan(gridPlan(20_000), { host: roomy.host });
    expect(snapshot).toEqual(await readSnapshot(roomy.host));
  });

  it("reads an empty sheet as an empty range", async () => {
    const { host } = setup({ sheets: [{ name: "Vide" }] });
    const snapshot = await readSnapshot(host);
    expect(snapshot.sheets[0]).toMatchObject({
      range: { rowCount: 0, columnCount: 0 },
      cells: [],
      merges: [],
    });
  });

  it("on ExcelApi 1.8 reads values and formats but leaves fills, locks and merges unknown", async () => {
    const { host } = setup(undefined, { requirements: { ExcelApi: "1.8" } });
    await applyPlan(REPRESENTATIVE_PLAN, { host });
    const snapshot = await readSnapshot(host, { sheets: ["BPU"] });
    const bpu = snapshot.sheets[0];
    expect(cell(bpu, "C4")).toEqual({ value: { type: "number", value: 22.25 }, numberFormat: "#,##0.00 €" });
    expect(bpu.merges).toEqual([]);
  });

  it("reads each sheet's tables (name, whole range, header and totals rows, columns) in the syncs it already makes", async () => {
    const init: FakeInit = {
      sheets: [
        {
          name: "BPU",
          cells: { A3: "Réf", B3: "Désignation", C3: "Prix", A4: "1.1", A7: "Total" },
          tables: [
            { name: "Lignes", range: "A3:C7", showTotals: true },
            { name: "Brut", range: "E1:F2", hasHeaders: false },
          ],
        },
        { name: "Notes", cells: { A1: "x" } },
        { name: "Vide", tables: [{ name: "Seul", range: "B2:B3" }] },
      ],
    };
    const expected = [
      {
        name: "Lignes",
        range: "A3:C7",
        hasHeader: true,
        hasTotals: true,
        columns: ["Réf", "Désignation", "Prix"],
      },
      { name: "Brut", range: "E1:F2", hasHeader: false, hasTotals: false, columns: ["Column1", "Column2"] },
    ];
    const { fake, host } = setup(init);
    const whole = await readSnapshot(host);
    expect(fake.stats.syncs).toBe(2);
    expect(whole.sheets.map((sheet) => sheet.tables)).toEqual([
      expected,
      [],
      [{ name: "Seul", range: "B2:B3", hasHeader: true, hasTotals: false, columns: ["Column1"] }],
    ]);
    fake.resetStats();
    const named = await readSnapshot(host, { sheets: ["Notes", "BPU"] });
    expect(fake.stats.syncs).toBe(2);
    // Named sheets come back in workbook order.
    expect(named.sheets.map((sheet) => [sheet.name, sheet.tables])).toEqual([
      ["BPU", expected],
      ["Notes", []],
    ]);
  });

  it("named sheets that do not all exist: read from the sheet list, the missing ones left out", async () => {
    const { fake, host } = setup({ sheets: [{ name: "BPU", cells: { A1: 1 } }, { name: "Notes" }] });
    const snapshot = await readSnapshot(host, { sheets: ["Annexe", "bpu"] });
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["BPU"]);
    expect(fake.stats.requests.map((request) => request.failed ?? "ok")).toEqual([
      "ItemNotFound",
      "ok",
      "ok",
      "ok",
    ]);
  });
});

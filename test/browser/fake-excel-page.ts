// Entry bundled (webpack) into test-output/fake-excel.js by the task pane flow tests, and run in the page as an
// init script: builds the strict fake of Excel from `window.__FAKE_EXCEL_INIT__`, hands it to the pane as its host's
// `Excel` (see src/taskpane/host.ts) and leaves a probe on `window.__fakeExcel` for the test to look and type with.

import { cellAt, createFakeExcel, findSheet, type FakeInit, type FakeSyncFault } from "../fakes/excel";
import type { FakeHost } from "../../src/taskpane/host";

/** What the test can ask of the fake from outside the page (plain data in and out). */
export interface FakeExcelProbe {
  sheetNames(): string[];
  /** A defined name's formula, e.g. "='Identité'!$D$5"; null when absent. */
  nameFormula(name: string): string | null;
  /** A cell's value as the fake holds it ("" when empty). */
  value(sheet: string, address: string): string | number | boolean;
  /** Types values into a range the way a user would: through Excel (protection applies). */
  type(sheet: string, address: string, values: (string | number | boolean)[][]): Promise<void>;
  syncs(): number;
  resetStats(): void;
  selection(): { sheet: string; address: string } | null;
  /** Base64 of each workbook Excel.createWorkbook opened. */
  createdWorkbooks(): string[];
  /** Types values into the cells that defined names point at, in one run (e.g. every price of a grid). */
  typeNamed(values: Record<string, string | number>): Promise<void>;
  /** The charts of a sheet: title, anchors, each series' ranges. */
  charts(sheet: string): {
    title: string;
    from?: string;
    to?: string;
    series: { name: string; values?: string; categories?: string }[];
  }[];
  /** A cell's formula as the fake holds it ("" when none). */
  formula(sheet: string, address: string): string;
  /** Makes coming syncs fail (see FakeSyncFault in test/fakes/excel/runtime.ts). */
  failSync(faults: FakeSyncFault[]): void;
}

declare global {
  interface Window {
    __FAKE_EXCEL_INIT__?: FakeInit;
    __FAKE_EXCEL_API__?: string;
    __FAKE_EXCEL_CREATE__?: "opens" | "refused";
    __fakeExcel?: FakeExcelProbe;
  }
}

const fake = createFakeExcel(window.__FAKE_EXCEL_INIT__, {
  requirements: window.__FAKE_EXCEL_API__ ? { ExcelApi: window.__FAKE_EXCEL_API__ } : {},
  createWorkbook: window.__FAKE_EXCEL_CREATE__ ?? "opens",
});
const book = fake.state;

window.__fakeExcel = {
  sheetNames: () => book.sheets.map((sheet) => sheet.name),
  nameFormula: (name) => book.names.find((item) => item.name === name)?.formula ?? null,
  value: (sheet, address) => {
    const found = findSheet(book, sheet);
    return found ? cellAt(found, address).value : "";
  },
  type: (sheet, address, values) =>
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
      await context.sync();
    }),
  syncs: () => fake.stats.syncs,
  resetStats: () => fake.resetStats(),
  failSync: (faults) => fake.failSync(...faults),
  selection: () => book.selection ?? null,
  createdWorkbooks: () => [...fake.createdWorkbooks],
  charts: (sheet) => (findSheet(book, sheet)?.charts ?? []).map((chart) => JSON.parse(JSON.stringify(chart))),
  formula: (sheet, address) => {
    const found = findSheet(book, sheet);
    return found ? (cellAt(found, address).formula ?? "") : "";
  },
  typeNamed: (values) =>
    fake.Excel.run(async (context) => {
      for (const [name, value] of Object.entries(values)) {
        const formula = book.names.find((item) => item.name === name)?.formula ?? "";
        const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
        if (!match) throw new Error(`no cell named ${name}`);
        const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
        context.workbook.worksheets.getItem(sheet).getRange(`${match[3]}${match[4]}`).values = [[value]];
      }
      await context.sync();
    }),
};

const host: FakeHost = { host: "Excel", ...window.__GRILLE_FAKE_HOST__, excel: fake.Excel };
window.__GRILLE_FAKE_HOST__ = host;

// The Excel door on the strict fake of Office.js: how many context.sync() calls, API calls and the largest request
// an action takes, as the data grows. Budget: syncs constant across sizes and at most 3 per action (the floor is 2:
// one read, one write); no request over 4 MB. These do not depend on the machine: `--check` holds them.

import { createExcelHost } from "../src/excel";
import { createGrid } from "../src/taskpane/actions/createGrid";
import { createFakeExcel, type FakeInit } from "../test/fakes/excel";
import type { Row } from "./results";

export const SIZES = [10, 100, 1_000, 5_000] as const;
const MAX_SYNCS = 3;
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export interface DoorFigures {
  readonly syncs: number;
  readonly calls: number;
  readonly maxRequestBytes: number;
}

/** A workbook holding one sheet of `lines` rows of a buyer's table, as a caterer's open workbook may. */
function workbookWithLines(lines: number): FakeInit {
  const cells: Record<string, string | number> = { A1: "Réf", B1: "Désignation", C1: "Prix HT" };
  for (let row = 2; row <= lines + 1; row += 1) {
    cells[`A${row}`] = `1.${row}`;
    cells[`B${row}`] = `Plateau repas ${row}`;
  }
  return { sheets: [{ name: "BPU", cells }] };
}

async function measure(
  init: FakeInit,
  action: (host: ReturnType<typeof createExcelHost>) => Promise<unknown>,
): Promise<DoorFigures> {
  const fake = createFakeExcel(init, { requirements: { ExcelApi: "1.17" } });
  await action(createExcelHost(fake.Excel, fake.Office));
  return { syncs: fake.stats.syncs, calls: fake.stats.calls, maxRequestBytes: fake.stats.maxRequestBytes };
}

/** An action measured at each size; adds rows for the figures and for the budgets. */
export async function actionRows(
  name: string,
  figuresAt: (lines: number) => Promise<DoorFigures>,
): Promise<Row[]> {
  const rows: Row[] = [];
  const all: DoorFigures[] = [];
  for (const lines of SIZES) {
    const figures = await figuresAt(lines);
    all.push(figures);
    const at = `${name}, ${lines} lines`;
    rows.push(
      {
        section: "Excel door",
        name: `${at}: syncs`,
        value: figures.syncs,
        unit: "",
        budget: MAX_SYNCS,
        checked: true,
      },
      { section: "Excel door", name: `${at}: API calls`, value: figures.calls, unit: "" },
      {
        section: "Excel door",
        name: `${at}: largest request`,
        value: Math.round(figures.maxRequestBytes / 1024),
        unit: "KB",
        budget: MAX_REQUEST_BYTES / 1024,
        checked: true,
      },
    );
  }
  const spread = Math.max(...all.map((one) => one.syncs)) - Math.min(...all.map((one) => one.syncs));
  rows.push({
    section: "Excel door",
    name: `${name}: syncs vary across sizes by`,
    value: spread,
    unit: "",
    budget: 0,
    checked: true,
  });
  return rows;
}

export async function excelDoorRows(): Promise<Row[]> {
  return actionRows("create the grid", (lines) =>
    measure(workbookWithLines(lines), (host) => createGrid(host, "fr")),
  );
}

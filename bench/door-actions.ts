// The pane's actions on the strict fake of Office.js, each at a given size: the workbook open in Excel and the
// files chosen are prepared first (not counted), then the action runs alone and the fake's counters are read.
// Shared by the bench (bench/excel-door.ts) and the test that holds the budgets in `npm test`.

import { createExcelHost, type ExcelHost } from "../src/excel";
import { fillOpenTender, readOpenTender } from "../src/taskpane/actions/answerTender";
import { checkOpenBid } from "../src/taskpane/actions/checkBid";
import { collectGrids, readReturnedGrid } from "../src/usecases/collect-grids";
import { compareInWorkbook } from "../src/taskpane/actions/compareBids";
import { createGrid } from "../src/taskpane/actions/createGrid";
import { writeRegister } from "../src/taskpane/actions/collectGrids";
import { writeScheduleInWorkbook } from "../src/taskpane/actions/schedule";
import type { KeyValueStore } from "../src/usecases/my-grid";
import { makeSchedule } from "../src/usecases/make-schedule";
import { readWorkbook } from "../src/xlsx/read";
import { createFakeExcel, type FakeInit } from "../test/fakes/excel";
import { fakeInitOf } from "../test/helpers/fake-init";
import { sampleGrid } from "../test/helpers/fill-fixtures";
import { bidFiles, returnedGridJson, scheduleBytes, scheduleJson, tenderBytes, TODAY } from "./workbooks";

export interface DoorFigures {
  readonly syncs: number;
  readonly calls: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

/** One action of the pane: `prepare` builds its inputs for a size and returns the action to measure. */
export interface DoorAction {
  readonly name: string;
  /** Sizes measured, and what a size counts. */
  readonly sizes: readonly number[];
  readonly unit: string;
  readonly prepare: (size: number) => Promise<Prepared>;
}

interface Prepared {
  readonly workbook: FakeInit;
  /** Steps before the action (a read that the action builds on): run on the fake, not counted. */
  readonly before?: (host: ExcelHost) => Promise<unknown>;
  readonly action: (host: ExcelHost, before: unknown) => Promise<unknown>;
}

export const LINE_SIZES = [10, 100, 1_000, 5_000] as const;
/** The standard schedule holds at most 2 000 lines (`schedule.tooManyLines`): its actions are measured up to there. */
export const SCHEDULE_SIZES = [10, 100, 1_000, 2_000] as const;
export const GRID_SIZES = [5, 50, 200] as const;
/** Bids chosen for the comparison: enough to be a real one, few enough to keep the bench short. */
const COMPARED_BIDS = 3;

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A caterer's own sheet of `lines` rows: the workbook where the grid is created. */
function workbookWithLines(lines: number): FakeInit {
  const cells: Record<string, string | number> = { A1: "Réf", B1: "Désignation", C1: "Prix HT" };
  for (let row = 2; row <= lines + 1; row += 1) {
    cells[`A${row}`] = `1.${row}`;
    cells[`B${row}`] = `Plateau repas ${row}`;
  }
  return { sheets: [{ name: "BPU", cells }] };
}

async function openFile(bytes: Uint8Array, name: string): Promise<FakeInit> {
  return fakeInitOf(await readWorkbook(bytes, name));
}

const BUYER_SHEET: FakeInit = { sheets: [{ name: "Consultation", cells: { A1: "Restauration 2027" } }] };

export const DOOR_ACTIONS: readonly DoorAction[] = [
  {
    name: "create the grid",
    sizes: LINE_SIZES,
    unit: "lines",
    prepare: async (lines) => ({
      workbook: workbookWithLines(lines),
      action: (host) => createGrid(host, "fr"),
    }),
  },
  {
    name: "read a tender",
    sizes: LINE_SIZES,
    unit: "lines",
    prepare: async (lines) => ({
      workbook: await openFile(await tenderBytes(lines), "bpu.xlsx"),
      action: (host) => readOpenTender(host, memoryStore()),
    }),
  },
  {
    name: "fill a tender",
    sizes: LINE_SIZES,
    unit: "lines",
    prepare: async (lines) => ({
      workbook: await openFile(await tenderBytes(lines), "bpu.xlsx"),
      before: (host) => readOpenTender(host, memoryStore()),
      action: async (host, before) => {
        const { mapping } = before as Awaited<ReturnType<typeof readOpenTender>>;
        if (!mapping) throw new Error("bench tender: no table");
        const outcome = await fillOpenTender(host, mapping, sampleGrid("reference"), false);
        if (outcome.kind !== "filled") throw new Error("bench tender: not filled");
      },
    }),
  },
  {
    name: "write a buyer's schedule",
    sizes: SCHEDULE_SIZES,
    unit: "lines",
    prepare: async (lines) => {
      const { plan } = makeSchedule({ lines: scheduleJson(lines), lang: "fr" });
      if (!plan) throw new Error("bench schedule refused");
      return { workbook: BUYER_SHEET, action: (host) => writeScheduleInWorkbook(host, plan) };
    },
  },
  {
    name: "check a bid",
    sizes: SCHEDULE_SIZES,
    unit: "lines",
    prepare: async (lines) => {
      const original = await scheduleBytes(lines);
      const [bid] = await bidFiles(original, 1);
      return {
        workbook: await openFile(bid.bytes, bid.name),
        action: (host) => checkOpenBid(host, { bytes: original, name: "bordereau.xlsx" }, "buyer"),
      };
    },
  },
  {
    name: `compare ${COMPARED_BIDS} bids`,
    sizes: SCHEDULE_SIZES,
    unit: "lines",
    prepare: async (lines) => {
      const original = await scheduleBytes(lines);
      const bids = await bidFiles(original, COMPARED_BIDS);
      return {
        workbook: await openFile(original, "bordereau.xlsx"),
        action: async (host) => {
          const outcome = await compareInWorkbook(host, {
            original: { kind: "open" },
            bids,
            options: { points: 40 },
            lang: "fr",
            date: TODAY,
          });
          if (outcome.kind !== "compared") throw new Error(`bench compare: ${outcome.kind}`);
        },
      };
    },
  },
  {
    name: "collect grids",
    sizes: GRID_SIZES,
    unit: "grids",
    prepare: async (count) => {
      // As JSON: the register's size follows the grids, not the files they came in (the CLI reads workbooks).
      const grids = returnedGridJson(count).map(({ name, json }) =>
        readReturnedGrid({ kind: "json", file: `${name}.json`, value: json }, { today: TODAY }),
      );
      const collection = collectGrids(grids, { today: TODAY });
      return {
        workbook: BUYER_SHEET,
        action: async (host) => {
          const outcome = await writeRegister(host, collection, "fr");
          if (outcome.kind !== "written") throw new Error("bench register refused");
        },
      };
    },
  },
];

/** Runs one action at one size on a fresh fake (ExcelApi 1.17) and reads the fake's counters. */
export async function measureAction(action: DoorAction, size: number): Promise<DoorFigures> {
  const prepared = await action.prepare(size);
  const fake = createFakeExcel(prepared.workbook, { requirements: { ExcelApi: "1.17" } });
  const host = createExcelHost(fake.Excel, fake.Office);
  const before = prepared.before ? await prepared.before(host) : undefined;
  fake.resetStats();
  await prepared.action(host, before);
  const { syncs, calls, maxRequestBytes, maxResponseBytes } = fake.stats;
  return { syncs, calls, maxRequestBytes, maxResponseBytes };
}

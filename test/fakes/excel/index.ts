// A strict fake of the Excel JavaScript API subset the Excel door uses (see README.md next to this file).
// Browser-safe: no Node imports, so the browser harness can bundle it.

import { FakeOfficeError } from "./errors";
import {
  type FakeLimits,
  type FakeRequirements,
  type FakeRuntime,
  type FakeStats,
  type FakeSyncFault,
  FakeContext,
  strict,
} from "./runtime";
import { type FakeInit, type FakeWorkbook, createWorkbook } from "./state";
import { FakeApplication, FakeWorkbookObject } from "./workbook";

export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export type { FakeRequest, FakeStats, FakeRequirements, FakeLimits, FakeSyncFault } from "./runtime";
export { DEFAULT_WORKBOOK_NAME, cellAt, findSheet, formatOf } from "./state";
export type { FakeCell, FakeInit, FakeSheet, FakeWorkbook } from "./state";
export { formatBox } from "./address";

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Requirement sets the fake claims, e.g. { ExcelApi: "1.12" } supports ExcelApi 1.1 … 1.12. Changeable in tests. */
export interface FakeRequirementControl extends FakeRequirements {
  readonly supported: Record<string, string>;
}

function versionAtLeast(have: string, want: string): boolean {
  const [haveMajor, haveMinor = 0] = have.split(".").map(Number);
  const [wantMajor, wantMinor = 0] = want.split(".").map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
}

export interface FakeExcelOptions {
  readonly requirements?: Readonly<Record<string, string>>;
  readonly limits?: Partial<FakeLimits>;
  /**
   * "refused" plays an Excel whose createWorkbook rejects although the requirement set is claimed (office-js issue
   * #2700: some hosts answer ApiNotFound or GeneralException); default "opens".
   */
  readonly createWorkbook?: "opens" | "refused";
}

/** What `Excel.createWorkbook(base64)` was asked to open, in order: the base64 text of each workbook. */
export type FakeCreatedWorkbooks = string[];

/** The base64 of a zip starts with "UEsDB" (PK\x03\x04): anything else is not an .xlsx file. */
const XLSX_BASE64 = /^UEsDB[A-Za-z0-9+/]*={0,2}$/;

/** Excel.run as the door calls it; the context is the fake, typed as Office's for the code under test. */
export type FakeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcel {
  readonly Excel: {
    readonly run: FakeRun;
    readonly SheetVisibility: {
      readonly visible: "Visible";
      readonly hidden: "Hidden";
      readonly veryHidden: "VeryHidden";
    };
    readonly ConditionalFormatType: { readonly cellValue: "CellValue"; readonly colorScale: "ColorScale" };
    /** [Api set: ExcelApi 1.8] Opens a new workbook from an .xlsx file in base64 (not a run: no sync). */
    readonly createWorkbook: (base64?: string) => Promise<void>;
  };
  /** Workbooks opened by createWorkbook, as base64. */
  readonly createdWorkbooks: FakeCreatedWorkbooks;
  readonly Office: { readonly context: { readonly requirements: FakeRequirements } };
  readonly requirements: FakeRequirementControl;
  readonly state: FakeWorkbook;
  readonly stats: FakeStats;
  /** Zeroes the counters (between the setup and the action under test). */
  resetStats(): void;
  /**
   * Makes coming syncs fail (see FakeSyncFault): `{ pass: 1 }` fails the second sync, nothing of it applied; a second
   * fault counts from the sync after the first one fired (`{ pass: 0 }`: the very next sync fails too).
   */
  failSync(...faults: FakeSyncFault[]): void;
}

export function createFakeExcel(initial?: FakeInit, options: FakeExcelOptions = {}): FakeExcel {
  const supported: Record<string, string> = { ExcelApi: "1.17", ...options.requirements };
  const requirements: FakeRequirementControl = {
    supported,
    isSetSupported: (name, minVersion = "1.1") =>
      name in supported && versionAtLeast(supported[name], minVersion),
  };
  const stats: FakeStats = { syncs: 0, calls: 0, maxRequestBytes: 0, maxResponseBytes: 0, requests: [] };
  const limits: FakeLimits = {
    requestBytes: options.limits?.requestBytes ?? FAKE_PAYLOAD_LIMIT,
    responseBytes: options.limits?.responseBytes ?? FAKE_PAYLOAD_LIMIT,
  };
  const state = createWorkbook(initial);
  const runtime: FakeRuntime = { book: state, stats, requirements, limits, faults: [] };

  const run: FakeRun = async (batch) => {
    const context = new FakeContext(runtime);
    context.roots = {
      workbook: strict(new FakeWorkbookObject(context, state), "Workbook"),
      application: strict(new FakeApplication(context, state), "Application"),
    };
    const pending = batch(strict(context, "RequestContext") as unknown as Excel.RequestContext);
    if (!(pending instanceof Promise)) {
      throw new FakeOfficeError(
        "RunMustReturnPromise",
        'The batch function passed to the ".run" method didn\'t return a promise.',
      );
    }
    const result = await pending.finally(() => (context.closed = true));
    // Stricter than Office.js (which syncs leftovers silently): a door must sync what it queues.
    if (context.pendingCommands > 0) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        `${context.pendingCommands} queued command(s) were never synced.`,
      );
    }
    return result;
  };

  const createdWorkbooks: FakeCreatedWorkbooks = [];
  const createWorkbookFake = (base64?: string): Promise<void> => {
    if (!requirements.isSetSupported("ExcelApi", "1.8"))
      throw new FakeOfficeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.");
    if (options.createWorkbook === "refused")
      return Promise.reject(new FakeOfficeError("GeneralException", "This host cannot create a workbook."));
    if (base64 !== undefined && !XLSX_BASE64.test(base64))
      return Promise.reject(new FakeOfficeError("InvalidArgument", "The base64 text is not an .xlsx file."));
    createdWorkbooks.push(base64 ?? "");
    return Promise.resolve();
  };

  return {
    createdWorkbooks,
    Excel: {
      run,
      createWorkbook: createWorkbookFake,
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ConditionalFormatType: { cellValue: "CellValue", colorScale: "ColorScale" },
    },
    Office: { context: { requirements } },
    requirements,
    state,
    stats,
    resetStats: () => {
      Object.assign(stats, { syncs: 0, calls: 0, maxRequestBytes: 0, maxResponseBytes: 0, requests: [] });
    },
    failSync: (...faults) => {
      runtime.faults.push(...faults.map((fault) => ({ ...fault })));
    },
  };
}

import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid/model";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { fillOpenWorkbook, readSnapshot, type ExcelFillReport, type ExcelHost } from "../../excel";
import { selectCell } from "../../excel/select";
import { checkGridWorkbook } from "../../usecases/check-grid";
import {
  fillReportAfter,
  fillTender,
  type TenderFill,
  type TenderFillReport,
} from "../../usecases/fill-tender";
import { mapTender, type LineCorrection, type TenderMapping } from "../../usecases/map-tender";
import { gridForPricing, loadMyGrid, type GridSource, type KeyValueStore } from "../../usecases/my-grid";
import { checkReadyToSubmit, type ReadyCheck } from "../../usecases/ready-to-submit";

// Answer the tender open in Excel: the Excel door reads the workbook, the use cases map it, price it from my grid or
// the workbook's, fill it through the same fill plan as the command line, and check it before it is sent. The pane
// only shows what comes back.

/** The workbook as read once, its reading (with the caterer's corrections) and the grid that prices it. */
export interface TenderSession {
  readonly book: WorkbookSnapshot;
  readonly mapping: TenderMapping | null;
  readonly findings: readonly Finding[];
  readonly source: GridSource;
}

/** Reads the open workbook (one Excel.run), maps it, and picks the grid: the workbook's, else my grid. */
export async function readOpenTender(host: ExcelHost, store: KeyValueStore): Promise<TenderSession> {
  const book = await readSnapshot(host);
  const { mapping, findings } = mapTender({ book });
  const source = gridForPricing(loadMyGrid(store), checkGridWorkbook(book));
  return { book, mapping, findings, source };
}

/** The reading of the same snapshot with the caterer's corrections (no new read of the workbook). */
export function corrected(session: TenderSession, corrections: readonly LineCorrection[]): TenderSession {
  if (!session.mapping) return session;
  const { mapping, findings } = mapTender({ book: session.book, sheet: session.mapping.sheet, corrections });
  return { ...session, mapping, findings };
}

/** Selects the table's range in Excel: the caterer sees where it is; nothing in the workbook changes. */
export function showRange(host: ExcelHost, sheet: string, range: string): Promise<void> {
  return selectCell(host, sheet, range);
}

export type FillOutcome =
  | { readonly kind: "filled"; readonly report: TenderFillReport; readonly door: ExcelFillReport }
  | { readonly kind: "notApplied"; readonly findings: readonly Finding[] };

/**
 * Fills the prices in ONE Excel.run: the table's sheet is read again, the fill plan is decided on that fresh read
 * (a price typed meanwhile is kept, a line that moved is left), and its edits are written; syncs do not grow with
 * the number of lines.
 */
export async function fillOpenTender(
  host: ExcelHost,
  mapping: TenderMapping,
  grid: Grid,
  overwrite: boolean,
): Promise<FillOutcome> {
  let decided: { fill: TenderFill; book: WorkbookSnapshot } | undefined;
  const door = await fillOpenWorkbook({ host, read: { sheets: [mapping.sheet] } }, (book) => {
    const fill = fillTender({ book, mapping, grid, overwrite });
    decided = { fill, book };
    return fill.plan;
  });
  if (!door.applied || !decided) return { kind: "notApplied", findings: door.findings };
  return { kind: "filled", report: fillReportAfter(decided.fill, decided.book, mapping, door), door };
}

/** "Prêt à déposer": the whole workbook read again, every trace of the caterer's grid found. */
export async function checkOpenReady(host: ExcelHost, tableSheet: string | undefined): Promise<ReadyCheck> {
  return checkReadyToSubmit(await readSnapshot(host), tableSheet);
}

// Make the standard schedule for buyers (BPU valant DQE): the buyer's lines, as JSON, checked and laid out as a
// workbook plan that the xlsx door writes to a file and the Excel door writes into the open workbook. A list with
// an error gives no plan: a schedule that silently lacked a line would be worse than none.

import { hasErrors, type Finding } from "../core/findings";
import { buildSchedulePlan, readScheduleLines, scheduleRows, type ScheduleLine } from "../core/schedule";
import type { WorkbookPlan, WorkbookSnapshot } from "../core/workbook";
import type { Lang } from "../i18n";

export interface MakeScheduleInput {
  /** The buyer's lines as parsed JSON: [{"variant": {…}, "quantity": 120, "ref"?: "1.1"}]. */
  readonly lines: unknown;
  readonly lang: Lang;
  /** The consultation's title, under the sheet's title. */
  readonly title?: string;
  /** Sheet protection password; protected without one when absent or blank. */
  readonly password?: string;
}

export interface ScheduleMaking {
  /** The schedule, or null when a line has an error (nothing is written then). */
  readonly plan: WorkbookPlan | null;
  /** The lines read without error. */
  readonly lines: readonly ScheduleLine[];
  /** Rows of the schedule: one per line and VAT category. */
  readonly rows: number;
  /** Each names its line (1-based) and field; warnings (a TTC basis read as HT) do not stop the schedule. */
  readonly findings: readonly Finding[];
}

export function makeSchedule(input: MakeScheduleInput): ScheduleMaking {
  const { lines, findings } = readScheduleLines(input.lines);
  if (hasErrors(findings) || lines.length === 0) return { plan: null, lines, rows: 0, findings };
  const title = input.title?.trim();
  const password = input.password;
  const options = {
    lines,
    lang: input.lang,
    ...(title ? { title } : {}),
    ...(password && password.trim() !== "" ? { password } : {}),
  };
  return { plan: buildSchedulePlan(options), lines, rows: scheduleRows(options).length, findings };
}

export type ScheduleCreation =
  | { readonly kind: "create"; readonly plan: WorkbookPlan; readonly sheets: readonly string[] }
  /** A sheet of the schedule's name is already there: writing would change it. */
  | { readonly kind: "nameTaken"; readonly sheets: readonly string[] };

/** The schedule goes into new sheets only: a workbook with a sheet of the same name is left as it is. */
export function planScheduleInWorkbook(snapshot: WorkbookSnapshot, plan: WorkbookPlan): ScheduleCreation {
  const sheets = plan.sheets.map((sheet) => sheet.name);
  const existing = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  const taken = sheets.filter((name) => existing.has(name.toLowerCase()));
  return taken.length > 0 ? { kind: "nameTaken", sheets: taken } : { kind: "create", plan, sheets };
}

import type { Finding } from "../../core/findings";
import type { WorkbookPlan } from "../../core/workbook";
import { applyPlan, readOutline, type ExcelHost } from "../../excel";
import { planScheduleInWorkbook } from "../../usecases/make-schedule";
import { writeWorkbook } from "../../xlsx/write";
import { XLSX_TYPE } from "./blankTemplate";
import { offerDownload } from "./download";
import { inOneRun } from "./excelHost";

// The buyer's schedule, made by the use case, written where the buyer asks: into new sheets of the open workbook in
// ONE Excel.run of two syncs (the outline read: sheet names, protection, names; the use case's decision; the plan
// applied on that read, without a read of its own), or as a file offered for download (the xlsx door is browser-safe; nothing leaves the computer).

export type WriteScheduleOutcome =
  | { readonly kind: "created"; readonly sheets: readonly string[] }
  | { readonly kind: "nameTaken"; readonly sheets: readonly string[] }
  /** Excel lacks something the schedule needs (a requirement set): nothing was written. */
  | { readonly kind: "refused"; readonly reasons: readonly Finding[] };

export function writeScheduleInWorkbook(host: ExcelHost, plan: WorkbookPlan): Promise<WriteScheduleOutcome> {
  return inOneRun(host, async (shared): Promise<WriteScheduleOutcome> => {
    const outline = await readOutline(shared);
    const decision = planScheduleInWorkbook(outline, plan);
    if (decision.kind !== "create") return decision;
    const report = await applyPlan(decision.plan, { host: shared, known: outline });
    if (!report.applied)
      return { kind: "refused", reasons: report.findings.filter((f) => f.severity === "error") };
    return { kind: "created", sheets: decision.sheets };
  });
}

export async function downloadSchedule(plan: WorkbookPlan, fileName: string): Promise<void> {
  offerDownload(new Uint8Array(await writeWorkbook(plan)), XLSX_TYPE, fileName);
}

import type { Finding } from "../../core/findings";
import { applyPlan, readOutline, type ExcelHost } from "../../excel";
import type { Lang } from "../../i18n";
import { hasGrid, planGridCreation } from "../../usecases/create-grid";
import { inOneRun } from "./excelHost";

// Create the standard grid in the open workbook, in ONE Excel.run: a light read, the use case's decision, then
// either a polite refusal or the template's plan applied.

export type CreateGridOutcome =
  | { readonly kind: "created"; readonly sheets: readonly string[]; readonly syncs: number }
  | { readonly kind: "present" }
  | { readonly kind: "nameTaken"; readonly sheets: readonly string[] }
  /** Excel lacks something the grid needs (a requirement set): nothing was written. */
  | { readonly kind: "refused"; readonly reasons: readonly Finding[] };

export function createGrid(host: ExcelHost, lang: Lang): Promise<CreateGridOutcome> {
  return inOneRun(host, async (shared): Promise<CreateGridOutcome> => {
    const outline = await readOutline(shared);
    const decision = planGridCreation(outline, lang);
    if (decision.kind !== "create") return decision;
    const report = await applyPlan(decision.plan, { host: shared, known: outline });
    if (!report.applied)
      return { kind: "refused", reasons: report.findings.filter((f) => f.severity === "error") };
    return { kind: "created", sheets: decision.sheets, syncs: report.syncs };
  });
}

/** Whether the open workbook holds the grid, from a light read that does not grow with the workbook. */
export async function gridInWorkbook(host: ExcelHost): Promise<boolean> {
  return hasGrid(await readOutline(host));
}

import type { Finding } from "../../core/findings";
import { buildTemplatePlan, templatePresent } from "../../core/template";
import type { WorkbookSnapshot } from "../../core/workbook";
import { applyPlan, readSnapshot, type ExcelHost } from "../../excel";
import type { Lang } from "../../i18n";
import { inOneRun } from "./excelHost";

// Create the standard grid in the open workbook, in ONE Excel.run: a light read (sheet names, defined names and the
// top-left corner where the template says what it is), then either a polite refusal or the template's plan applied.
// Only new sheets are written: a workbook already holding a grid, or a sheet of the same name, is left untouched.

/** Enough of each sheet for templatePresent (the read-me's standard and version cells), whatever the sheet's size. */
export const LIGHT_READ_RANGE = "A1:E8";

export type CreateGridOutcome =
  | { readonly kind: "created"; readonly sheets: readonly string[]; readonly syncs: number }
  /** A grid is already in this workbook. */
  | { readonly kind: "present" }
  /** No grid, but sheets with the template's names exist: writing would change them. */
  | { readonly kind: "nameTaken"; readonly sheets: readonly string[] }
  /** Excel lacks something the grid needs (a requirement set): nothing was written. */
  | { readonly kind: "refused"; readonly reasons: readonly Finding[] };

function takenNames(snapshot: WorkbookSnapshot, wanted: readonly string[]): string[] {
  const existing = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  return wanted.filter((name) => existing.has(name.toLowerCase()));
}

export function createGrid(host: ExcelHost, lang: Lang): Promise<CreateGridOutcome> {
  return inOneRun(host, async (shared): Promise<CreateGridOutcome> => {
    const snapshot = await readSnapshot(shared, { range: LIGHT_READ_RANGE });
    if (templatePresent(snapshot)) return { kind: "present" };
    const plan = buildTemplatePlan({ lang });
    const sheets = plan.sheets.map((sheet) => sheet.name);
    const taken = takenNames(snapshot, sheets);
    if (taken.length > 0) return { kind: "nameTaken", sheets: taken };
    const report = await applyPlan(plan, { host: shared });
    if (!report.applied)
      return { kind: "refused", reasons: report.findings.filter((f) => f.severity === "error") };
    return { kind: "created", sheets, syncs: report.syncs };
  });
}

// The grid that prices variants, from either form a caterer has it in: the standard's JSON (section 3) or a filled
// template. Says plainly why a grid cannot be used, naming the problem that stops pricing first.

import type { Finding } from "../core/findings";
import { isPricingId, readGridJson, type Grid } from "../core/grid";
import type { WorkbookSnapshot } from "../core/workbook";
import { checkGridWorkbook, shownFindings } from "./check-grid";
import { notJsonFinding } from "./my-grid";

export type GridLoad =
  /** `findings`: what to show beside the prices (warnings, errors that do not touch a price). */
  | { readonly ok: true; readonly grid: Grid; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly reason: "notTemplate" }
  /**
   * The grid cannot be priced. `blocking` is the problem that stops pricing (a price, a VAT rate, the standard's
   * name or version), `findings` every other problem, so the caterer fixes them all in one go.
   */
  | {
      readonly ok: false;
      readonly reason: "unusable";
      readonly blocking: Finding | null;
      readonly findings: readonly Finding[];
    };

/** A grid JSON value (already parsed). */
export function gridFromJson(value: unknown): GridLoad {
  const { grid, findings } = readGridJson(value);
  const problems = shownFindings(findings);
  if (grid) return { ok: true, grid, findings: problems };
  const errors = problems.filter((finding) => finding.severity === "error");
  const blocking =
    errors.find((finding) => finding.id === undefined || isPricingId(finding.id)) ??
    errors[0] ??
    problems[0] ??
    null;
  return { ok: false, reason: "unusable", blocking, findings: problems.filter((one) => one !== blocking) };
}

/** A grid JSON file's text: a file that is not JSON at all is the one blocking problem, named with the file. */
export function gridFromJsonText(text: string, fileName: string): GridLoad {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, reason: "unusable", blocking: notJsonFinding(fileName), findings: [] };
  }
  return gridFromJson(value);
}

/** A filled template read into a snapshot. A template with errors is "unusable" with its findings, not "not a template". */
export function gridFromWorkbook(snapshot: WorkbookSnapshot): GridLoad {
  const check = checkGridWorkbook(snapshot);
  if (check.kind === "notTemplate") return { ok: false, reason: "notTemplate" };
  const findings = shownFindings(check.findings);
  if (check.grid) return { ok: true, grid: check.grid, findings };
  return { ok: false, reason: "unusable", blocking: null, findings };
}

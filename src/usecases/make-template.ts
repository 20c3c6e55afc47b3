// Make the standard template: blank for a facilitator to hand out, or pre-filled from a caterer's grid JSON.
// The same plan is written to a file (xlsx door) or into the open workbook (Excel door).

import type { Finding } from "../core/findings";
import { readGridJson, type Grid } from "../core/grid";
import { buildTemplatePlan } from "../core/template";
import type { WorkbookPlan } from "../core/workbook";
import type { Lang } from "../i18n";
import { shownFindings } from "./check-grid";

export interface MakeTemplateOptions {
  readonly lang: Lang;
  /** Values to pre-fill; blank (default VAT rates) when absent. */
  readonly grid?: Grid;
  /**
   * Sheet protection password, kept exactly as typed; blank or absent: protected without a password (protection
   * guards against slips, not against a determined reader).
   */
  readonly password?: string;
}

export function makeTemplate(options: MakeTemplateOptions): WorkbookPlan {
  const password = options.password;
  return buildTemplatePlan({
    lang: options.lang,
    ...(options.grid ? { grid: options.grid } : {}),
    ...(password && password.trim() !== "" ? { password } : {}),
  });
}

export type TemplateFromJson =
  /** `findings`: the grid's problems, for the caterer to fix in the template. */
  | { readonly plan: WorkbookPlan; readonly findings: readonly Finding[] }
  /** The JSON cannot be read as a grid at all (not an object, another standard, a price unreadable). */
  | { readonly plan: null; readonly findings: readonly Finding[] };

/** A template pre-filled from a grid JSON value: its problems are reported, only an unreadable grid stops it. */
export function makeTemplateFromJson(
  value: unknown,
  options: Omit<MakeTemplateOptions, "grid">,
): TemplateFromJson {
  const { grid, findings } = readGridJson(value);
  const shown = shownFindings(findings);
  if (!grid) return { plan: null, findings: shown };
  return { plan: makeTemplate({ ...options, grid }), findings: shown };
}

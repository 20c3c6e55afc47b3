// Create the standard grid in a workbook that is already open: only new sheets are written. A workbook that
// already holds a grid, or a sheet of one of the template's names, is left untouched and the caterer is told why.

import { templatePresent } from "../core/template";
import type { WorkbookPlan, WorkbookSnapshot } from "../core/workbook";
import type { Lang } from "../i18n";
import { makeTemplate } from "./make-template";

export type GridCreation =
  | { readonly kind: "create"; readonly plan: WorkbookPlan; readonly sheets: readonly string[] }
  /** A grid is already in this workbook. */
  | { readonly kind: "present" }
  /** No grid, but sheets with the template's names exist: writing would change them. */
  | { readonly kind: "nameTaken"; readonly sheets: readonly string[] };

/**
 * `snapshot`: the workbook's outline is enough — sheet names and defined names (the template names its standard
 * and version cells `GCT_standard` and `GCT_version`, and its sheets have known names), so the decision reads no
 * cell and takes the same time whatever the workbook holds. A fuller snapshot works too.
 */
export function planGridCreation(snapshot: WorkbookSnapshot, lang: Lang): GridCreation {
  if (templatePresent(snapshot)) return { kind: "present" };
  const plan = withoutProperties(makeTemplate({ lang }));
  const sheets = plan.sheets.map((sheet) => sheet.name);
  const existing = new Set(snapshot.sheets.map((sheet) => sheet.name.toLowerCase()));
  const taken = sheets.filter((name) => existing.has(name.toLowerCase()));
  return taken.length > 0 ? { kind: "nameTaken", sheets: taken } : { kind: "create", plan, sheets };
}

/**
 * The template adds sheets to the caterer's own workbook: its title, author and comments are the caterer's and stay
 * as they are (the template's own properties are for the file `grille template` writes).
 */
function withoutProperties(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, properties: undefined };
}

/** True when the workbook (read over GRID_PRESENCE_RANGE) already holds the grid: the faces then lead elsewhere. */
export function hasGrid(snapshot: WorkbookSnapshot): boolean {
  return templatePresent(snapshot);
}

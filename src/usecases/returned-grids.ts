// Many returned grids at once, for a facilitator: each checked as one grid is, and summed up in one line (the grid,
// its caterer, its errors and warnings) so the grids to send back stand out in a table.

import { idLocation } from "../core/template";
import { cellOf, sheetOf, type WorkbookSnapshot } from "../core/workbook";
import { checkGridWorkbook, countFindings, shownFindings, type GridCheck } from "./check-grid";

/** The company's name in the standard (section 3, identity). */
const COMPANY_NAME_ID = "entreprise.raison_sociale";

export interface ReturnedGrid {
  /** The file's name, as the facilitator received it. */
  readonly source: string;
  readonly check: GridCheck;
  /** The company's name as typed in the grid, or null when blank or not found. */
  readonly caterer: string | null;
  /** Counts of the findings a person reads (infos aside); zero when the file holds no grid. */
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The caterer's name from the grid when it could be read; from its cell otherwise (a grid with a price unreadable
 * still names who sent it).
 */
function catererOf(snapshot: WorkbookSnapshot, check: GridCheck): string | null {
  if (check.kind === "checked" && check.grid) {
    const name = check.grid.identity[COMPANY_NAME_ID];
    return typeof name === "string" && name.trim() !== "" ? name.trim() : null;
  }
  const at = idLocation(snapshot, COMPANY_NAME_ID);
  const sheet = at?.sheet ? sheetOf(snapshot, at.sheet) : undefined;
  const value = sheet && at?.cell ? cellOf(sheet, at.cell).value : undefined;
  return value?.type === "text" && value.value.trim() !== "" ? value.value.trim() : null;
}

export function checkReturnedGrid(snapshot: WorkbookSnapshot): ReturnedGrid {
  const check = checkGridWorkbook(snapshot);
  const shown = check.kind === "checked" ? shownFindings(check.findings) : [];
  return {
    source: snapshot.source,
    check,
    caterer: check.kind === "checked" ? catererOf(snapshot, check) : null,
    errors: countFindings(shown, "error"),
    warnings: countFindings(shown, "warning"),
  };
}

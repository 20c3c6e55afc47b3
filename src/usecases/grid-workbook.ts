// A caterer's filled grid (the standard template), told apart from a buyer's schedule, which may look like it (a
// price sheet with a table) and which a standard schedule even marks with the standard's name: the one place that
// decides it is check-grid, after the schedule's own marker.

import { standardScheduleSheet } from "../core/tender";
import type { WorkbookSnapshot } from "../core/workbook";
import { checkGridWorkbook } from "./check-grid";

export function isGridWorkbook(book: WorkbookSnapshot): boolean {
  return standardScheduleSheet(book) === undefined && checkGridWorkbook(book).kind === "checked";
}

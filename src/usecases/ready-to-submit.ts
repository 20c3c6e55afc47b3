// Use case: "prêt à déposer". Before the caterer sends the buyer's workbook back, nothing in it may lead to the
// caterer's own grid (its sheets, visible or hidden, its defined names, formulas computed on it, links to another
// workbook). A snapshot of the whole workbook in; each trace as a finding that says what to do, out.

import { gridTraces } from "../core/answer";
import type { Finding } from "../core/findings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

export interface ReadyCheck {
  /** True when nothing in the workbook leads to the caterer's grid. */
  readonly ready: boolean;
  readonly findings: readonly Finding[];
}

/** Checks `book` before it is sent; `tableSheet` (the buyer's price table) is never taken for the grid's. */
export function checkReadyToSubmit(book: WorkbookSnapshot, tableSheet?: string): ReadyCheck {
  const findings = gridTraces(book, tableSheet);
  return { ready: findings.length === 0, findings };
}

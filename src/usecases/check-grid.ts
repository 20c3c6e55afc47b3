// Check a returned grid: a workbook (the open one, or a file) read as the standard template, with every problem at
// its cell. The one place that decides "is this a template at all?" for every face.

import type { Finding } from "../core/findings";
import type { Grid } from "../core/grid";
import { readTemplate } from "../core/template";
import type { WorkbookSnapshot } from "../core/workbook";

export interface CheckOptions {
  /** ISO date of today: a validity date already past is then a warning. */
  readonly today?: string;
}

export type GridCheck =
  /** The workbook holds no standard grid: no standard name or version anywhere. */
  | { readonly kind: "notTemplate"; readonly source: string }
  | {
      readonly kind: "checked";
      readonly source: string;
      /** The grid as read, or null when it cannot be priced safely (a price or VAT rate unreadable, a version 2.0). */
      readonly grid: Grid | null;
      readonly findings: readonly Finding[];
      readonly version: string | null;
    };

export function checkGridWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): GridCheck {
  const reading = readTemplate(snapshot, options.today ? { today: options.today } : {});
  if (!reading.found) return { kind: "notTemplate", source: snapshot.source };
  const { grid, findings, version } = reading;
  return { kind: "checked", source: snapshot.source, grid, findings, version };
}

/** Findings a person should read: infos (a default VAT rate used) are for --json and the docs. */
export function shownFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

export function countFindings(findings: readonly Finding[], severity: Finding["severity"]): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

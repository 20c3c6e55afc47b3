import type { MessageKey, MessageParams } from "../i18n";

export type Severity = "error" | "warning" | "info";

/** Where a finding points: any of a file, a sheet and cell, a JSON path, a line of a list. */
export interface Location {
  readonly file?: string;
  readonly sheet?: string;
  /** A1-style reference, e.g. "D14". */
  readonly cell?: string;
  /** A JSON path or an id, e.g. "prix.cocktail.formule.6". */
  readonly path?: string;
  /** 1-based line or item number in a list (a variants file, a tender's lines). */
  readonly line?: number;
}

/**
 * A user mistake found in data: never an exception. `messageKey` and `params` are rendered by the i18n
 * catalog in the reader's language; `code` is stable for scripts and tests.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly id?: string;
  readonly location?: Location;
  readonly messageKey: MessageKey;
  readonly params?: MessageParams;
}

/**
 * Where a finding points, as the reader finds it: "BPU-DQE!D43", the sheet alone for a finding on a whole sheet (a
 * row removed), the cell alone when no sheet is named, or null.
 */
export function findingCell(finding: Finding): string | null {
  const { sheet, cell } = finding.location ?? {};
  if (sheet && cell) return `${sheet}!${cell}`;
  return sheet ?? cell ?? null;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

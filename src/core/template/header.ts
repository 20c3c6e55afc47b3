// The standard's name and version of a returned template: read from the named read-me cells, or, when the names
// are gone, from the cell holding the standard's name and the cell below it.

import type { Finding } from "../findings";
import { STANDARD_NAME, STANDARD_VERSION } from "../grid/catalogue";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { templateFinding } from "./findings";
import { LAYOUT_NAMES } from "./layout";
import { cellAt, locationOf, nameTarget, type SheetCell } from "./locate";

export interface TemplateHeader {
  /** False when neither the standard's name nor a version cell was found: not a template at all. */
  readonly found: boolean;
  readonly version: string | null;
  /** False when the standard or the version rule out reading the grid. */
  readonly usable: boolean;
  readonly findings: readonly Finding[];
  /** Sheets holding the header (checked for protection). */
  readonly sheets: readonly string[];
}

export function findText(snapshot: WorkbookSnapshot, text: string): SheetCell | undefined {
  for (const sheet of snapshot.sheets) {
    for (const [r, row] of sheet.cells.entries()) {
      const c = row.findIndex((cell) => cell.value.type === "text" && cell.value.value.trim() === text);
      if (c >= 0) return { sheet: sheet.name, row: sheet.range.row + r, column: sheet.range.column + c };
    }
  }
  return undefined;
}

function textOf(snapshot: WorkbookSnapshot, at: SheetCell | undefined): string {
  if (!at) return "";
  const value = cellAt(snapshot, at).value;
  return value.type === "text" || value.type === "number" ? String(value.value).trim() : "";
}

function checkVersion(version: string, at: SheetCell): { usable: boolean; findings: Finding[] } {
  const where = locationOf(at);
  if (version === STANDARD_VERSION) return { usable: true, findings: [] };
  if (/^1\.\d+$/.test(version))
    return {
      usable: true,
      findings: [templateFinding("versionNewer", "warning", undefined, { value: version }, where)],
    };
  return {
    usable: false,
    findings: [templateFinding("version", "error", undefined, { value: version }, where)],
  };
}

export function readHeader(snapshot: WorkbookSnapshot): TemplateHeader {
  const standardAt = nameTarget(snapshot, LAYOUT_NAMES.standard) ?? findText(snapshot, STANDARD_NAME);
  const versionAt =
    nameTarget(snapshot, LAYOUT_NAMES.version) ??
    (standardAt ? { ...standardAt, row: standardAt.row + 1 } : undefined);
  if (!standardAt || !versionAt) {
    const first = snapshot.sheets[0]?.name ?? "";
    const finding = templateFinding(
      "notTemplate",
      "error",
      undefined,
      { file: snapshot.source },
      { sheet: first, cell: "A1" },
    );
    return { found: false, version: null, usable: false, findings: [finding], sheets: [] };
  }
  const findings: Finding[] = [];
  const standard = textOf(snapshot, standardAt);
  let usable = true;
  if (standard !== STANDARD_NAME) {
    findings.push(
      templateFinding("standard", "error", undefined, { value: standard }, locationOf(standardAt)),
    );
    usable = false;
  }
  const version = textOf(snapshot, versionAt);
  if (version === "") {
    findings.push(templateFinding("versionMissing", "warning", undefined, {}, locationOf(versionAt)));
  } else {
    const checked = checkVersion(version, versionAt);
    findings.push(...checked.findings);
    usable = usable && checked.usable;
  }
  const sheets = [...new Set([standardAt.sheet, versionAt.sheet])];
  return { found: true, version: version === "" ? null : version, usable, findings, sheets };
}

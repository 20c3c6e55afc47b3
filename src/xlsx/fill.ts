// Filling cells of an existing workbook (a buyer's tender) while keeping every other byte of the package. What may
// be filled is the core's fill plan; this door writes the plan's edits and decides nothing.

import { buildFillPlan, type FillOptions } from "../core/workbook/fill-plan";
import type { CellEdit, FillPlan, FillReport } from "../core/workbook/plan";
import { openPackage, readPart, type WorkbookPackage } from "./package";
import { readWorkbook, type ReadOptions } from "./read";
import { dropFormulaResults } from "./formula-results";
import { editSheetXml } from "./sheet-edit";
import { findElement } from "./xml";
import { copiedZipEntry, replacedZipEntry, writeZip } from "./zip-write";

export interface FillResult {
  readonly data: Uint8Array;
  readonly report: FillReport;
}

// calcPr must come after these elements of CT_Workbook and before the rest (ECMA-376 Part 1, 18.2.27).
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * Sets calcPr fullCalcOnLoad="1" so Excel recomputes every formula from the new prices as it opens the file
 * (LibreOffice does not read it: the results it would show are dropped instead, `dropFormulaResults`).
 */
export function markFullCalcOnLoad(workbookXml: string): string {
  const calcPr = findElement(workbookXml, "calcPr");
  if (calcPr) {
    const tag = workbookXml.slice(calcPr.start, calcPr.end);
    const updated = /\bfullCalcOnLoad\s*=/.test(tag)
      ? tag.replace(/\bfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, 'fullCalcOnLoad="1"')
      : tag.replace(/^<([\w.:-]+)/, '<$1 fullCalcOnLoad="1"');
    return workbookXml.slice(0, calcPr.start) + updated + workbookXml.slice(calcPr.end);
  }
  const prefix = /<((?:[\w.-]+:)?)workbook[\s>]/.exec(workbookXml)?.[1] ?? "";
  const next = AFTER_CALC_PR.map((name) => findElement(workbookXml, name)?.start).filter(
    (at): at is number => at !== undefined,
  );
  const at = next.length > 0 ? Math.min(...next) : workbookXml.lastIndexOf(`</${prefix}workbook`);
  return `${workbookXml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
}

function sheetPartOf(pkg: WorkbookPackage, name: string): { name: string; path: string } {
  const lower = name.toLowerCase();
  const part = pkg.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  // The plan names only sheets of the snapshot it was made from: another sheet means another workbook.
  if (!part)
    throw new Error(
      `xlsx door: no sheet "${name}" in ${pkg.fileName}; the fill plan is for another workbook`,
    );
  return part;
}

function editsBySheet(pkg: WorkbookPackage, edits: readonly CellEdit[]) {
  const bySheet = new Map<string, { name: string; edits: CellEdit[] }>();
  for (const edit of edits) {
    const part = sheetPartOf(pkg, edit.sheet);
    const entry = bySheet.get(part.path) ?? { name: part.name, edits: [] };
    entry.edits.push(edit);
    bySheet.set(part.path, entry);
  }
  return bySheet;
}

/**
 * The package again, entry for entry in its order: the parts in `replaced` with their new text (same name, date and
 * attributes; stored stays stored), every other entry copied as the bytes it was, never inflated.
 */
function writeZipWith(pkg: WorkbookPackage, replaced: ReadonlyMap<string, string>): Uint8Array {
  const { archive } = pkg.zip;
  const utf8 = new TextEncoder();
  const entries = archive.entries
    // Of two entries of one name, the one read (the last) is the one kept.
    .filter((entry) => archive.entry(entry.name) === entry)
    .map((entry) => {
      const xml = replaced.get(entry.name);
      return xml === undefined ? copiedZipEntry(archive, entry) : replacedZipEntry(entry, utf8.encode(xml));
    });
  return writeZip(entries, archive.comment);
}

/**
 * Writes the edits of `plan` into a copy of the workbook: only the target <c> elements change (styles kept, text
 * as inline strings, a value starting with "=" stays text), the formulas of the sheets the plan says lose their
 * saved results (never their formulas), the workbook is marked for full recalculation, and every other zip entry
 * keeps its bytes. The report carries the plan's refusals. The input bytes are never
 * modified; with nothing to write, the copy is byte-identical.
 */
export async function applyFillPlan(data: Uint8Array, fileName: string, plan: FillPlan): Promise<FillResult> {
  const report: FillReport = { written: plan.edits, refused: plan.refused };
  if (plan.edits.length === 0) return { data: data.slice(), report };
  const pkg = await openPackage(data, fileName);
  const replaced = new Map<string, string>();
  for (const [path, sheet] of editsBySheet(pkg, plan.edits)) {
    const xml = readPart(pkg.zip, path, fileName) ?? "";
    replaced.set(path, editSheetXml(xml, sheet.edits, { file: fileName, sheet: sheet.name }));
  }
  // The amounts and totals computed from the old prices: dropped, so that a program that does not recalculate as it
  // opens shows none of them (LibreOffice ignores fullCalcOnLoad), and computed anew by every other.
  for (const name of plan.recalculate) {
    const { path } = sheetPartOf(pkg, name);
    const xml = replaced.get(path) ?? readPart(pkg.zip, path, fileName) ?? "";
    const dropped = dropFormulaResults(xml);
    if (dropped !== xml || replaced.has(path)) replaced.set(path, dropped);
  }
  replaced.set(pkg.workbookPath, markFullCalcOnLoad(pkg.workbookXml));
  const out = writeZipWith(pkg, replaced);
  return { data: out, report };
}

/**
 * Read → plan → write for a file's bytes: the workbook is read into a snapshot, the core's fill plan decides what
 * may be written (`buildFillPlan`), and the accepted edits are written. Throws `WorkbookReadError` for bytes that
 * are not a readable workbook.
 */
export async function fillWorkbookBytes(
  data: Uint8Array,
  fileName: string,
  wanted: readonly CellEdit[],
  options: FillOptions & ReadOptions = {},
): Promise<FillResult> {
  const plan = buildFillPlan(await readWorkbook(data, fileName, options), wanted, options);
  return applyFillPlan(data, fileName, plan);
}

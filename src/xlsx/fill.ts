// Filling cells of an existing workbook (a buyer's tender) while keeping every other byte of the package.

import JSZip from "jszip";
import type { Finding } from "../core/findings";
import type { CellEdit, FillRefusal, FillReport } from "../core/workbook/plan";
import { directoryOf, openPackage, readPart, type WorkbookPackage } from "./package";
import { editSheetXml } from "./sheet-edit";
import { findElement } from "./xml";
import { STORED } from "./zip-directory";

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

/** Sets calcPr fullCalcOnLoad="1" so Excel and LibreOffice recompute amounts and totals from the new prices. */
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

function findingOf(file: string, edit: CellEdit, reason: FillRefusal): Finding {
  return {
    code: `workbook.fill.${reason}`,
    severity: "error",
    location: { file, sheet: edit.sheet, cell: edit.cell },
    messageKey: `workbook.fill.${reason}`,
    params: { file, sheet: edit.sheet, cell: edit.cell },
  };
}

/** Deflated entries are copied as their original compressed bytes; stored ones must stay stored to match. */
function keepCompressionOf(zip: JSZip): void {
  const directory = directoryOf(zip);
  zip.forEach((path, entry) => {
    if (directory.get(path)?.method === STORED) entry.options.compression = "STORE";
  });
}

/** New content for an entry, keeping its date and adding no folder entries the original package did not have. */
function replaceEntry(zip: JSZip, path: string, xml: string): void {
  const date = zip.file(path)?.date;
  zip.file(path, xml, { createFolders: false, ...(date ? { date } : {}) });
}

function sheetPathOf(pkg: WorkbookPackage, name: string): string | undefined {
  const lower = name.toLowerCase();
  return pkg.sheets.find((sheet) => sheet.name.toLowerCase() === lower)?.path;
}

/**
 * Writes `edits` into a copy of the workbook: only the target <c> elements change (styles kept, text as inline
 * strings, a value starting with "=" stays text), the workbook is marked for full recalculation, and every
 * other zip entry keeps its bytes. Refused edits (missing sheet, bad address, formula cell, inside a merge) are
 * reported as findings and not written. The input bytes are never modified.
 */
export async function fillWorkbook(
  data: Uint8Array,
  edits: readonly CellEdit[],
  fileName: string,
): Promise<FillResult> {
  const pkg = await openPackage(data, fileName);
  const written: CellEdit[] = [];
  const refused: { edit: CellEdit; reason: FillRefusal }[] = [];
  const bySheet = new Map<string, CellEdit[]>();
  for (const edit of edits) {
    const path = sheetPathOf(pkg, edit.sheet);
    if (path === undefined) refused.push({ edit, reason: "sheetMissing" });
    else bySheet.set(path, [...(bySheet.get(path) ?? []), edit]);
  }
  for (const [path, sheetEdits] of bySheet) {
    const xml = (await readPart(pkg.zip, path, fileName)) ?? "";
    const result = editSheetXml(xml, sheetEdits);
    written.push(...result.written);
    refused.push(...result.refused);
    if (result.written.length > 0) replaceEntry(pkg.zip, path, result.xml);
  }
  const findings = refused.map(({ edit, reason }) => findingOf(fileName, edit, reason));
  const report: FillReport = { written, refused, findings };
  if (written.length === 0) return { data: data.slice(), report };
  replaceEntry(pkg.zip, pkg.workbookPath, markFullCalcOnLoad(pkg.workbookXml));
  keepCompressionOf(pkg.zip);
  const out = await pkg.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { data: out, report };
}

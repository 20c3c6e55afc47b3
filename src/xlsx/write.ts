// The xlsx door's writer: a WorkbookPlan → the bytes of a new .xlsx. Our own SpreadsheetML in our own zip
// (zip-write.ts), browser-safe.

import type { WorkbookPlan } from "../core/workbook/plan";
import { passwordHasher, type RandomBytes } from "./write/password";
import { SharedStrings } from "./write/shared-strings";
import { buildSheet, type PackagePart, type PartCounters } from "./write/sheet-write";
import { buildStyleSheet } from "./write/styles-write";
import { checkExcelLimits } from "./write/excel-limits";
import { newZipEntry, writeZip } from "./zip-write";
import {
  contentTypesXml,
  docPropsParts,
  printNames,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "./write/workbook-write";

/** Styles used by conditional formats, in first-use order: each becomes a differential format. */
function conditionalStyles(plan: WorkbookPlan): string[] {
  const names = plan.sheets.flatMap((sheet) =>
    (sheet.conditionalFormats ?? []).flatMap((format) => (format.type === "cellValue" ? [format.style] : [])),
  );
  return [...new Set(names)];
}

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface WriteOptions {
  /** Random bytes for the password salts; Web Crypto by default. Tests inject fixed bytes to get fixed output. */
  readonly randomBytes?: RandomBytes;
}

/** Every part of the package but the content types and root relationships, which are derived from them. */
function packageParts(plan: WorkbookPlan, options: WriteOptions): PackagePart[] {
  const styles = buildStyleSheet(plan.styles, conditionalStyles(plan));
  const strings = new SharedStrings();
  const counters: PartCounters = { table: 0, drawing: 0, chart: 0, priority: 1 };
  const firstVisible = plan.sheets.findIndex((sheet) => (sheet.visibility ?? "visible") === "visible");
  const { xfIndex, dxfIndex } = styles;
  const hashPassword = passwordHasher(options.randomBytes);
  const sheetParts = plan.sheets.flatMap((sheet, index) =>
    buildSheet({
      index,
      sheet,
      selected: index === firstVisible,
      xfIndex,
      dxfIndex,
      strings,
      counters,
      hashPassword,
    }),
  );
  return [
    { path: "xl/workbook.xml", xml: workbookXml(plan), contentType: `${SPREADSHEET}.sheet.main+xml` },
    { path: "xl/_rels/workbook.xml.rels", xml: workbookRelsXml(plan.sheets.length) },
    ...sheetParts,
    { path: "xl/styles.xml", xml: styles.xml, contentType: `${SPREADSHEET}.styles+xml` },
    // After the sheets: they fill the shared string table.
    { path: "xl/sharedStrings.xml", xml: strings.xml(), contentType: `${SPREADSHEET}.sharedStrings+xml` },
    ...docPropsParts(plan.properties),
  ];
}

/** The date every entry of a new workbook carries. */
const WRITTEN_ON = new Date(Date.UTC(2025, 0, 1));

/**
 * Writes a new workbook from a plan. Formulas carry no cached value and the workbook asks for a full
 * recalculation on load. A malformed plan (unknown style, bad address) or one that breaks a rule Excel enforces
 * on opening (./write/excel-limits.ts) is a programming error and throws before anything is written. The bytes
 * depend only on the plan and, when a sheet has a password, on the random salt.
 */
export async function writeWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  checkExcelLimits(plan, printNames(plan));
  const parts = packageParts(plan, options);
  // A fixed date keeps the same plan producing the same bytes; no folder entries either.
  const utf8 = new TextEncoder();
  const entry = (path: string, content: string | Uint8Array) =>
    newZipEntry(path, typeof content === "string" ? utf8.encode(content) : content, WRITTEN_ON);
  return writeZip([
    entry("[Content_Types].xml", contentTypesXml(parts)),
    entry("_rels/.rels", rootRelsXml()),
    ...parts.map((part) => entry(part.path, "bytes" in part ? part.bytes : part.xml)),
  ]);
}

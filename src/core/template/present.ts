// templatePresent: is a standard grid already in this workbook? Answers from a light snapshot (sheet names and
// defined names, cells optional), so a face can decide between "create the template" and "read it".

import { STANDARD_NAME } from "../grid/catalogue";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { findText } from "./header";
import { LAYOUT_NAMES, TEMPLATE_SHEETS } from "./layout";

const HEADER_NAMES = [LAYOUT_NAMES.standard, LAYOUT_NAMES.version].map((name) => name.toLowerCase());

export function templatePresent(snapshot: WorkbookSnapshot): boolean {
  const named = snapshot.names.some((one) => HEADER_NAMES.includes(one.name.toLowerCase()));
  if (named) return true;
  const sheetNames = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const hasSheets = Object.values(TEMPLATE_SHEETS).some(
    (sheets) => sheetNames.has(sheets.readme) && sheetNames.has(sheets.prices),
  );
  return hasSheets || findText(snapshot, STANDARD_NAME) !== undefined;
}

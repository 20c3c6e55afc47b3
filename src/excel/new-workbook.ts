// Opens a workbook the pane made (the blank template) as a new workbook in Excel: Excel.createWorkbook with the
// file's bytes in base64 (ExcelApi 1.8). Where Excel lacks it or refuses, the caller offers a download instead; a
// download link alone can fail silently inside Excel for Mac (office-js issues #2700, #3385).

import type { ExcelHost } from "./host";

/** [Api set: ExcelApi 1.8] of `Excel.createWorkbook` in @types/office-js. */
export const CREATE_WORKBOOK_API = "1.8";

/** The part of the `Excel` namespace that creates a workbook (Office's, or the fake's). */
export interface WorkbookCreator {
  createWorkbook?(base64?: string): Promise<void>;
}

/** Bytes to base64 in slices, so a large file does not overflow the call stack of String.fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE)
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

/** True when this Excel can open a new workbook from bytes. */
export function canCreateWorkbook(excel: WorkbookCreator, host: Pick<ExcelHost, "isSetSupported">): boolean {
  return typeof excel.createWorkbook === "function" && host.isSetSupported("ExcelApi", CREATE_WORKBOOK_API);
}

/**
 * Asks Excel to open `bytes` as a new workbook. Resolves true once Excel said it did; false when this Excel cannot
 * (nothing was opened). Excel's own refusal is passed on as its error.
 */
export async function openAsNewWorkbook(
  excel: WorkbookCreator,
  host: Pick<ExcelHost, "isSetSupported">,
  bytes: Uint8Array,
): Promise<boolean> {
  if (!canCreateWorkbook(excel, host) || !excel.createWorkbook) return false;
  await excel.createWorkbook(toBase64(bytes));
  return true;
}

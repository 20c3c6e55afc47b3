import type { WorkbookPlan } from "../../core/workbook";
import type { Lang } from "../../i18n";
import { XLSX_TYPE, offerDownload } from "../../ui/download";
import { makeTemplate } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";

// What the page makes, offered as downloads: the use case's plan written by the xlsx door in this page, handed to the
// browser as a Blob URL (src/ui/download.ts). The browser saves it where it saves downloads, or asks.

/** An HTML report (the comparison's, the observatory's): one self-contained file. */
export const REPORT_TYPE = "text/html;charset=utf-8";

/** A use case's workbook plan, written here and offered as `fileName`. */
export async function offerWorkbook(plan: WorkbookPlan, fileName: string): Promise<void> {
  const bytes = await writeWorkbook(plan);
  offerDownload(new Uint8Array(bytes), XLSX_TYPE, fileName);
}

export function offerBlankTemplate(
  options: { readonly lang: Lang; readonly password?: string },
  fileName: string,
): Promise<void> {
  return offerWorkbook(makeTemplate(options), fileName);
}

export function offerReport(html: string, fileName: string): void {
  offerDownload(html, REPORT_TYPE, fileName);
}

import { openAsNewWorkbook, type ExcelHost, type WorkbookCreator } from "../../excel";
import type { Lang } from "../../i18n";
import { makeTemplate } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";
import { XLSX_TYPE, offerDownload } from "../../ui/download";

// The blank template for distribution: the use case's plan written as an .xlsx in the pane (the xlsx door is
// browser-safe), opened as a new workbook where Excel can, offered as a download elsewhere. The same plan as "create the grid", so both are the same grid.

export { XLSX_TYPE };

export async function blankTemplateBytes(options: { lang: Lang; password?: string }): Promise<Uint8Array> {
  return writeWorkbook(makeTemplate(options));
}

/** What became of the template: opened by Excel (it said so), or a download offered (nobody can see it landed). */
export type TemplateDelivery = "opened" | "offered";

/**
 * Opens the template as a new workbook with Excel.createWorkbook; where this Excel cannot or refuses, offers the
 * file as a download. Only Excel's own answer counts as "opened".
 */
export async function deliverTemplate(
  excel: WorkbookCreator,
  host: ExcelHost,
  bytes: Uint8Array,
  fileName: string,
): Promise<TemplateDelivery> {
  try {
    if (await openAsNewWorkbook(excel, host, bytes)) return "opened";
  } catch {
    // Excel refused to create the workbook (some hosts claim the set but lack it): the download below.
  }
  offerDownload(new Uint8Array(bytes), XLSX_TYPE, fileName);
  return "offered";
}

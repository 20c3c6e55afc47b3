import type { Lang } from "../../i18n";
import { makeTemplate } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";

// The blank template for distribution: the use case's plan written as an .xlsx in the pane (the xlsx door is
// browser-safe), offered as a download. The same plan as "create the grid", so both are the same grid.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function blankTemplateBytes(options: { lang: Lang; password?: string }): Promise<Uint8Array> {
  return writeWorkbook(makeTemplate(options));
}

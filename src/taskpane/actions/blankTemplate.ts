import { buildTemplatePlan } from "../../core/template";
import type { Lang } from "../../i18n";
import { writeWorkbook } from "../../xlsx/write";

// The blank template for distribution: the template's plan written as an .xlsx in the pane (the xlsx door is
// browser-safe), offered as a download. Built from the same plan as "create the grid", so both are the same grid.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface TemplateOptions {
  readonly lang: Lang;
  /** Protects the sheets with this password; blank or absent: protected without a password. */
  readonly password?: string;
}

export async function blankTemplateBytes(options: TemplateOptions): Promise<Uint8Array> {
  const password = options.password?.trim();
  return writeWorkbook(buildTemplatePlan({ lang: options.lang, ...(password ? { password } : {}) }));
}

// buildTemplatePlan: the standard template as a workbook plan, the same from the CLI (xlsx door) and inside
// Excel (Office.js door).

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { STANDARD_NAME, STANDARD_VERSION } from "../grid/catalogue";
import { emptyGrid, type Grid } from "../grid/model";
import type { WorkbookPlan } from "../workbook/plan";
import { identitySheet } from "./identity-sheet";
import type { SheetPart, TemplateContext } from "./input-sheet";
import { pricesSheet } from "./prices-sheet";
import { readmeSheet } from "./readme-sheet";
import { fitRowHeights } from "../workbook/row-heights";
import { simulatorSheet } from "./simulator-sheet";
import { templateStyles } from "./styles";
import { vatSheet } from "./vat-sheet";

export interface TemplateOptions {
  readonly lang: Lang;
  /** Values to pre-fill; a blank template (default VAT rates) when absent. */
  readonly grid?: Grid;
  /** Sheet protection password; none by default (protection only guards against accidents). */
  readonly password?: string;
}

/** The sheets in workbook order: read-me, identity, prices, VAT, simulator. */
const SHEETS: readonly ((ctx: TemplateContext) => SheetPart)[] = [
  readmeSheet,
  identitySheet,
  pricesSheet,
  vatSheet,
  simulatorSheet,
];

export function buildTemplatePlan(options: TemplateOptions): WorkbookPlan {
  const ctx: TemplateContext = {
    lang: options.lang,
    grid: options.grid ?? emptyGrid(),
    ...(options.password ? { password: options.password } : {}),
  };
  const parts = SHEETS.map((sheet) => sheet(ctx));
  const styles = templateStyles(options.lang);
  return {
    // Wrapped texts get the rows they need, so a printed or PDF template never shows lines over each other.
    sheets: parts.map((part) => fitRowHeights(part.sheet, styles)),
    styles,
    names: parts.flatMap((part) => part.names),
    properties: {
      title: t(options.lang, "product.name"),
      subject: `${STANDARD_NAME} ${STANDARD_VERSION}`,
      keywords: `${STANDARD_NAME};${STANDARD_VERSION}`,
    },
  };
}

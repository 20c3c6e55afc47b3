// The register workbook: the collected grids and their findings, the directory of the offer, the price observatory
// and the insertion totals, as one workbook plan. The command line writes it to a file (xlsx door); the task pane
// writes the same sheets into the open workbook (Excel door), under names free in that workbook.

import type { Lang } from "../../../i18n/types";
import type { WorkbookPlan } from "../../workbook/plan";
import type { Collection } from "../model";
import { directorySheet } from "./directory-sheet";
import { findingsSheet, gridsSheet } from "./grids-sheet";
import { insertionSheet } from "./insertion-sheet";
import { registerNames, type RegisterNames } from "./names";
import { groupSheet, observatorySheet } from "./observatory-sheet";
import { readmeSheet } from "./readme-sheet";
import { registerStyles } from "./styles";

export interface RegisterOptions {
  readonly lang: Lang;
  /** Sheet and table names (free in the target workbook); the language's own names by default. */
  readonly names?: RegisterNames;
}

export function buildRegisterPlan(collection: Collection, options: RegisterOptions): WorkbookPlan {
  const { lang } = options;
  const names = options.names ?? registerNames(lang);
  return {
    sheets: [
      readmeSheet(collection, lang, names),
      gridsSheet(collection, lang, names),
      findingsSheet(collection, lang, names),
      directorySheet(collection, lang, names),
      observatorySheet(collection, lang, names),
      groupSheet(collection, lang, names, "byType"),
      groupSheet(collection, lang, names, "byDepartment"),
      insertionSheet(collection, lang, names),
    ],
    styles: registerStyles(lang),
  };
}

// The register's first sheet: what it is, the date the validity dates were compared with, how many files ended in
// each state, the statistics rule, and what each sheet holds.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import type { CellPlan, SheetPlan } from "../../workbook/plan";
import { statusCounts } from "../collect";
import { GRID_STATUSES, type Collection } from "../model";
import { ruleTexts } from "../texts";
import { REGISTER_SHEETS, type RegisterNames } from "./names";
import { REGISTER_STYLE as S } from "./styles";
import { cellPlan, dateValue } from "./table-block";

export function readmeSheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const counts = statusCounts(collection);
  const cells: CellPlan[] = [
    cellPlan("A1", t(lang, "collect.register.title"), S.title),
    cellPlan("A2", t(lang, "collect.register.intro"), S.hint),
    cellPlan("A4", t(lang, "collect.register.today"), S.label),
    cellPlan("B4", dateValue(collection.today), S.date),
    cellPlan("A5", t(lang, "collect.register.files"), S.label),
    cellPlan("B5", collection.grids.length, S.integer),
  ];
  let row = 6;
  for (const status of GRID_STATUSES) {
    cells.push(cellPlan(`A${row}`, t(lang, `collect.status.${status}`), S.text));
    cells.push(cellPlan(`B${row}`, counts[status], S.integer));
    row += 1;
  }
  row += 1;
  cells.push(cellPlan(`A${row}`, t(lang, "collect.register.rule"), S.label));
  for (const rule of ruleTexts(lang)) cells.push(cellPlan(`B${row++}`, rule, S.wrap));
  cells.push(cellPlan(`B${row++}`, t(lang, "collect.insertion.overlap"), S.wrap));
  row += 1;
  cells.push(cellPlan(`A${row++}`, t(lang, "collect.register.sheets"), S.label));
  for (const sheet of REGISTER_SHEETS.filter((one) => one !== "readme")) {
    cells.push(cellPlan(`A${row}`, names.sheets[sheet], S.text));
    cells.push(cellPlan(`B${row++}`, t(lang, `collect.sheetAbout.${sheet}`), S.wrap));
  }
  return {
    name: names.sheets.readme,
    cells,
    columns: [
      { column: "A", width: 28 },
      { column: "B", width: 100 },
    ],
  };
}

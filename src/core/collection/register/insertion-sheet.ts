// Insertion hours consolidated, as formulas over the directory (COUNTIFS, SUMIFS), so the figures follow the table
// if a facilitator corrects a row; each formula's value equals the core's insertionTotals (tested in LibreOffice).
// A caterer serving several departments counts in each: said under the table.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { quoteSheetName } from "../../workbook/address";
import type { CellPlan, SheetPlan } from "../../workbook/plan";
import type { Collection } from "../model";
import { directoryColumn } from "./directory-sheet";
import type { RegisterNames } from "./names";
import { REGISTER_STYLE as S } from "./styles";
import { cellPlan } from "./table-block";

interface Context {
  readonly lang: Lang;
  /** The directory's column as a sheet-qualified absolute range over its data rows. */
  readonly range: (column: string) => string;
}

function criterion(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function typeRows(types: readonly string[], top: number, context: Context): CellPlan[] {
  const type = context.range(directoryColumn("type"));
  const hours = context.range(directoryColumn("insertionHours"));
  return types.flatMap((value, index) => {
    const row = top + index;
    return [
      cellPlan(`A${row}`, value, S.text),
      cellPlan(`B${row}`, { formula: `=COUNTIFS(${type},A${row})` }, S.integer),
      cellPlan(`C${row}`, { formula: `=SUMIFS(${hours},${type},A${row})` }, S.integer),
    ];
  });
}

function departmentRows(departments: readonly string[], top: number, context: Context): CellPlan[] {
  const hours = context.range(directoryColumn("insertionHours"));
  const yes = criterion(t(context.lang, "collect.yes"));
  return departments.flatMap((department, index) => {
    const row = top + index;
    const served = context.range(directoryColumn({ department }));
    return [
      cellPlan(`A${row}`, department, S.text),
      cellPlan(`B${row}`, { formula: `=COUNTIFS(${served},${yes})` }, S.integer),
      cellPlan(`C${row}`, { formula: `=SUMIFS(${hours},${served},${yes})` }, S.integer),
    ];
  });
}

function header(row: number, first: string, lang: Lang): CellPlan[] {
  return [
    cellPlan(`A${row}`, first, S.header),
    cellPlan(`B${row}`, t(lang, "collect.column.structures"), S.header),
    cellPlan(`C${row}`, t(lang, "collect.column.insertionHours"), S.header),
  ];
}

export function insertionSheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const lastRow = 1 + Math.max(collection.directory.length, 1);
  const directory = quoteSheetName(names.sheets.directory);
  const context: Context = { lang, range: (column) => `${directory}!$${column}$2:$${column}$${lastRow}` };
  const { types, departments } = collection.observatory;
  const typeTop = 4;
  const totalRow = typeTop + 1 + types.length;
  const departmentTop = totalRow + 2;
  const noteRow = departmentTop + 1 + departments.length + 1;
  const cells: CellPlan[] = [
    cellPlan("A1", t(lang, "collect.insertion.title"), S.title),
    cellPlan("A2", t(lang, "collect.insertion.source"), S.hint),
    ...header(typeTop, t(lang, "collect.column.type"), lang),
    ...typeRows(types, typeTop + 1, context),
    cellPlan(`A${totalRow}`, t(lang, "collect.insertion.total"), S.label),
    cellPlan(`B${totalRow}`, { formula: `=COUNTA(${context.range(directoryColumn("siret"))})` }, S.total),
    cellPlan(
      `C${totalRow}`,
      { formula: `=SUM(${context.range(directoryColumn("insertionHours"))})` },
      S.total,
    ),
    ...header(departmentTop, t(lang, "collect.column.departmentName"), lang),
    ...departmentRows(departments, departmentTop + 1, context),
    cellPlan(`A${noteRow}`, t(lang, "collect.insertion.overlap"), S.hint),
  ];
  return {
    name: names.sheets.insertion,
    cells,
    columns: [
      { column: "A", width: 26 },
      { column: "B", width: 12 },
      { column: "C", width: 22 },
    ],
  };
}

// The template's named styles. Inputs are unlocked and light yellow; everything else keeps Excel's default
// (locked), so protecting a sheet leaves only the yellow cells editable.

import type { Lang } from "../../i18n/types";
import type { StylePlan } from "../workbook/plan";
import { INPUT_FILL } from "./layout";

export const STYLE = {
  title: "gct.title",
  hint: "gct.hint",
  header: "gct.header",
  section: "gct.section",
  label: "gct.label",
  muted: "gct.muted",
  id: "gct.id",
  readmeLabel: "gct.readme.label",
  readmeText: "gct.readme.text",
  fixed: "gct.fixed",
  inputText: "gct.input.text",
  inputMoney: "gct.input.money",
  inputHours: "gct.input.hours",
  inputInteger: "gct.input.integer",
  inputPercent: "gct.input.percent",
  formulaMoney: "gct.formula.money",
  tableLabel: "gct.table.label",
  tableMuted: "gct.table.muted",
  tableMoney: "gct.table.money",
  note: "gct.note",
} as const;

/** € amounts as a French or English reader expects them; the cell value is the same number. */
const MONEY_FORMAT: Readonly<Record<Lang, string>> = {
  fr: '#,##0.00\\ "€"',
  en: '"€"#,##0.00',
};

/** The thin grey box of each cell of a table whose rows are read across (the simulator's, the schedule's). */
export const TABLE_BORDER = {
  top: "thin",
  bottom: "thin",
  left: "thin",
  right: "thin",
  color: "A6A6A6",
} as const;

const INPUT_BORDER = { top: "thin", bottom: "thin", left: "thin", right: "thin", color: "BF9000" } as const;

/** At the top of its row, as the labels are: in a row made taller by a wrapped label, a value faces its first line. */
function input(numberFormat: string): StylePlan {
  return {
    numberFormat,
    fill: INPUT_FILL,
    border: INPUT_BORDER,
    alignment: { vertical: "top" },
    locked: false,
  };
}

export function templateStyles(lang: Lang): Record<string, StylePlan> {
  return {
    [STYLE.title]: { font: { bold: true, size: 14, color: "1F3864" } },
    [STYLE.hint]: { font: { italic: true, color: "595959" }, alignment: { wrapText: false } },
    [STYLE.header]: {
      font: { bold: true, color: "FFFFFF" },
      fill: "1F3864",
      alignment: { vertical: "center", wrapText: true },
    },
    [STYLE.section]: { font: { bold: true }, fill: "D9E1F2" },
    [STYLE.label]: { alignment: { wrapText: true, vertical: "top" } },
    [STYLE.muted]: { font: { color: "595959" }, alignment: { wrapText: true, vertical: "top" } },
    // The id column: visible so a reader (human or program) finds it, small and grey so it stays out of the way.
    [STYLE.id]: { font: { size: 8, color: "808080" }, alignment: { vertical: "top" } },
    [STYLE.readmeLabel]: { font: { bold: true }, alignment: { vertical: "top", wrapText: true } },
    [STYLE.readmeText]: { alignment: { wrapText: true, vertical: "top" } },
    [STYLE.fixed]: { font: { bold: true }, numberFormat: "@" },
    // A text typed or pre-filled (a company's name, an approval number) wraps in its cell rather than being cut.
    [STYLE.inputText]: { ...input("@"), alignment: { vertical: "top", wrapText: true } },
    [STYLE.inputMoney]: input(MONEY_FORMAT[lang]),
    [STYLE.inputHours]: input("0.00"),
    [STYLE.inputInteger]: input("0"),
    [STYLE.inputPercent]: input("0.0%"),
    [STYLE.formulaMoney]: { numberFormat: MONEY_FORMAT[lang], font: { bold: true } },
    // A table's cells, each boxed and at the top of its row, so a reader follows a row across to its price.
    [STYLE.tableLabel]: { border: TABLE_BORDER, alignment: { wrapText: true, vertical: "top" } },
    [STYLE.tableMuted]: {
      border: TABLE_BORDER,
      font: { color: "595959" },
      alignment: { wrapText: true, vertical: "top" },
    },
    [STYLE.tableMoney]: {
      border: TABLE_BORDER,
      numberFormat: MONEY_FORMAT[lang],
      font: { bold: true },
      alignment: { vertical: "top" },
    },
    // A footnote under a table: wrapped within the area merged across the table, so it never runs off the page.
    [STYLE.note]: { font: { italic: true, color: "595959" }, alignment: { wrapText: true, vertical: "top" } },
  };
}

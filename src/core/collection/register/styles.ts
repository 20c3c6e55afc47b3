// The register's named styles: headers like the template's, plain text, counts, euros, shares.

import type { Lang } from "../../../i18n/types";
import { STYLE, templateStyles } from "../../template/styles";
import type { StylePlan } from "../../workbook/plan";

export const REGISTER_STYLE = {
  title: "reg.title",
  hint: "reg.hint",
  label: "reg.label",
  header: "reg.header",
  text: "reg.text",
  wrap: "reg.wrap",
  integer: "reg.integer",
  number: "reg.number",
  money: "reg.money",
  share: "reg.share",
  muted: "reg.muted",
  id: "reg.id",
  total: "reg.total",
  date: "reg.date",
} as const;

export function registerStyles(lang: Lang): Record<string, StylePlan> {
  const template = templateStyles(lang);
  const top = { vertical: "top" } as const;
  return {
    [REGISTER_STYLE.title]: template[STYLE.title],
    [REGISTER_STYLE.hint]: { font: { italic: true, color: "595959" }, alignment: { wrapText: true, ...top } },
    [REGISTER_STYLE.label]: { font: { bold: true }, alignment: top },
    [REGISTER_STYLE.header]: template[STYLE.header],
    [REGISTER_STYLE.text]: { numberFormat: "@", alignment: top },
    [REGISTER_STYLE.wrap]: { numberFormat: "@", alignment: { wrapText: true, ...top } },
    [REGISTER_STYLE.integer]: { numberFormat: "#,##0", alignment: top },
    [REGISTER_STYLE.number]: { numberFormat: "General", alignment: top },
    [REGISTER_STYLE.money]: { numberFormat: template[STYLE.formulaMoney].numberFormat, alignment: top },
    [REGISTER_STYLE.share]: { numberFormat: "0%", alignment: top },
    [REGISTER_STYLE.muted]: { numberFormat: "@", font: { color: "595959" }, alignment: top },
    [REGISTER_STYLE.id]: template[STYLE.id],
    [REGISTER_STYLE.total]: { numberFormat: "#,##0", font: { bold: true } },
    // A real date, written as the reader writes one; a validity that is no date stays the text it was.
    [REGISTER_STYLE.date]: {
      numberFormat: lang === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd",
      alignment: { horizontal: "left", ...top },
    },
  };
}

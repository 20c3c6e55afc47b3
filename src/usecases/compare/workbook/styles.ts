// The comparison workbook's named styles: one look for its three sheets, money as the template writes it.

import type { Lang } from "../../../i18n";
import { STYLE, templateStyles } from "../../../core/template/styles";
import type { StylePlan } from "../../../core/workbook";

export const COMPARE_STYLE = {
  title: "cmp.title",
  subtitle: "cmp.subtitle",
  note: "cmp.note",
  legal: "cmp.legal",
  group: "cmp.group",
  header: "cmp.header",
  text: "cmp.text",
  textBold: "cmp.text.bold",
  muted: "cmp.muted",
  quantity: "cmp.quantity",
  rate: "cmp.rate",
  money: "cmp.money",
  moneyBold: "cmp.money.bold",
  gridPrice: "cmp.money.grid",
  gap: "cmp.gap",
  score: "cmp.score",
  rank: "cmp.rank",
  flag: "cmp.flag",
  label: "cmp.label",
  points: "cmp.points",
  percent: "cmp.percent",
  outlier: "cmp.outlier",
} as const;

const BORDER = { top: "thin", bottom: "thin", left: "thin", right: "thin", color: "A6A6A6" } as const;
const TOP = { vertical: "top" } as const;

export function compareStyles(lang: Lang): Record<string, StylePlan> {
  const template = templateStyles(lang);
  const moneyFormat = template[STYLE.formulaMoney].numberFormat;
  const cell = (style: StylePlan): StylePlan => ({ border: BORDER, alignment: TOP, ...style });
  return {
    [COMPARE_STYLE.title]: template[STYLE.title],
    [COMPARE_STYLE.subtitle]: { font: { bold: true, color: "404040" } },
    [COMPARE_STYLE.note]: { font: { italic: true, color: "595959" } },
    [COMPARE_STYLE.legal]: { font: { color: "404040" }, alignment: { wrapText: true, vertical: "top" } },
    [COMPARE_STYLE.group]: { font: { bold: true }, fill: "D9E1F2", alignment: { horizontal: "center" } },
    [COMPARE_STYLE.header]: {
      ...template[STYLE.header],
      border: BORDER,
      alignment: { vertical: "center", horizontal: "center", wrapText: true },
    },
    [COMPARE_STYLE.text]: cell({ numberFormat: "@", alignment: { vertical: "top", wrapText: true } }),
    [COMPARE_STYLE.textBold]: cell({ numberFormat: "@", font: { bold: true } }),
    [COMPARE_STYLE.muted]: cell({ numberFormat: "@", font: { color: "595959" } }),
    [COMPARE_STYLE.quantity]: cell({ numberFormat: "#,##0.######" }),
    [COMPARE_STYLE.rate]: cell({ numberFormat: "0.0%" }),
    [COMPARE_STYLE.money]: cell({ numberFormat: moneyFormat }),
    [COMPARE_STYLE.moneyBold]: cell({ numberFormat: moneyFormat, font: { bold: true } }),
    [COMPARE_STYLE.gridPrice]: cell({ numberFormat: moneyFormat, font: { italic: true } }),
    [COMPARE_STYLE.gap]: cell({ numberFormat: "+0.0%;-0.0%;0.0%" }),
    [COMPARE_STYLE.score]: cell({ numberFormat: "0.00" }),
    [COMPARE_STYLE.rank]: cell({
      numberFormat: "0",
      font: { bold: true },
      alignment: { horizontal: "center" },
    }),
    [COMPARE_STYLE.flag]: cell({
      font: { bold: true, color: "C00000" },
      alignment: { wrapText: true, vertical: "top" },
    }),
    [COMPARE_STYLE.label]: { font: { bold: true }, alignment: { horizontal: "right" } },
    [COMPARE_STYLE.points]: { ...template[STYLE.inputInteger], numberFormat: "General" },
    [COMPARE_STYLE.percent]: cell({ numberFormat: "0%" }),
    [COMPARE_STYLE.outlier]: { font: { bold: true, color: "9C0006" }, fill: "FFC7CE" },
  };
}

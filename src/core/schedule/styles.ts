// The schedule's named styles: the template's own for inputs and money (same yellow, same formats), and a few of
// its own. Only the bidder's cells are unlocked.

import type { Lang } from "../../i18n/types";
import type { StylePlan } from "../workbook/plan";
import { STYLE, TABLE_BORDER, templateStyles } from "../template/styles";

export const SCHEDULE_STYLE = {
  title: "bpu.title",
  hint: "bpu.hint",
  label: "bpu.label",
  header: "bpu.header",
  text: "bpu.text",
  muted: "bpu.muted",
  quantity: "bpu.quantity",
  inputPrice: "bpu.input.price",
  inputText: "bpu.input.text",
  rate: "bpu.rate",
  rateDecimal: "bpu.rate.decimal",
  money: "bpu.money",
  total: "bpu.total",
  totalLabel: "bpu.total.label",
  machine: "bpu.machine",
} as const;

export function scheduleStyles(lang: Lang): Record<string, StylePlan> {
  const template = templateStyles(lang);
  const moneyFormat = template[STYLE.formulaMoney].numberFormat;
  const bordered = (style: StylePlan): StylePlan => ({ border: TABLE_BORDER, ...style });
  return {
    [SCHEDULE_STYLE.title]: template[STYLE.title],
    [SCHEDULE_STYLE.hint]: template[STYLE.hint],
    [SCHEDULE_STYLE.label]: { font: { bold: true } },
    [SCHEDULE_STYLE.header]: {
      ...template[STYLE.header],
      alignment: { vertical: "center", wrapText: true, horizontal: "center" },
    },
    [SCHEDULE_STYLE.text]: bordered({ numberFormat: "@", alignment: { wrapText: true, vertical: "top" } }),
    [SCHEDULE_STYLE.muted]: bordered({
      numberFormat: "@",
      font: { color: "595959" },
      alignment: { vertical: "top" },
    }),
    [SCHEDULE_STYLE.quantity]: bordered({ alignment: { vertical: "top" } }),
    [SCHEDULE_STYLE.inputPrice]: template[STYLE.inputMoney],
    [SCHEDULE_STYLE.inputText]: template[STYLE.inputText],
    [SCHEDULE_STYLE.rate]: bordered({ numberFormat: "0%", alignment: { vertical: "top" } }),
    [SCHEDULE_STYLE.rateDecimal]: bordered({ numberFormat: "0.0%", alignment: { vertical: "top" } }),
    [SCHEDULE_STYLE.money]: bordered({ numberFormat: moneyFormat, alignment: { vertical: "top" } }),
    [SCHEDULE_STYLE.total]: { numberFormat: moneyFormat, font: { bold: true }, border: TABLE_BORDER },
    [SCHEDULE_STYLE.totalLabel]: { font: { bold: true }, alignment: { horizontal: "right" } },
    [SCHEDULE_STYLE.machine]: template[STYLE.id],
  };
}

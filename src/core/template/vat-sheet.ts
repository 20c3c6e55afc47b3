// The VAT sheet: the four rates of the standard, pre-filled with their defaults.

import { basisPoints } from "../money/cents";
import { formatRate } from "../money/format";
import { VAT_ENTRIES } from "../grid/catalogue";
import { buildInputSheet, type SheetPart, type TemplateContext } from "./input-sheet";
import { TEMPLATE_SHEETS } from "./layout";

export function vatSheet(ctx: TemplateContext): SheetPart {
  return buildInputSheet(
    {
      name: TEMPLATE_SHEETS[ctx.lang].vat,
      titleKey: "template.title.vat",
      hintKey: "template.hint.vat",
      headerKeys: ["template.header.rateName", "template.header.rateDefault", "", "template.header.rate"],
      groups: [{ label: null, items: VAT_ENTRIES }],
      describe: (item) => ({ unit: formatRate(item.defaultRate ?? basisPoints(0), ctx.lang), note: "" }),
      widths: [40, 16, 4, 12, 16],
    },
    ctx,
  );
}

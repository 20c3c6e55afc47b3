// The prices sheet: section 2 of the standard, by section, each line with its unit and VAT category shown.

import { t, type MessageKey } from "../../i18n";
import { PRICE_ENTRIES, UNIT_LABELS, type CatalogueEntry, type EntryKind } from "../grid/catalogue";
import { groupsOf } from "./identity-sheet";
import { buildInputSheet, type SheetPart, type TemplateContext } from "./input-sheet";
import { TEMPLATE_SHEETS } from "./layout";

const PARAMETER_UNITS: Readonly<Partial<Record<EntryKind, MessageKey>>> = {
  "parameter-money": "template.unit.parameterMoney",
  "parameter-hours": "template.unit.parameterHours",
};

function describe(item: CatalogueEntry, ctx: TemplateContext): { unit: string; note: string } {
  const parameterUnit = PARAMETER_UNITS[item.kind];
  const unit = item.unit ? UNIT_LABELS[item.unit][ctx.lang] : parameterUnit ? t(ctx.lang, parameterUnit) : "";
  const note = t(ctx.lang, `template.vat.${item.vat ?? "none"}`);
  return { unit, note };
}

export function pricesSheet(ctx: TemplateContext): SheetPart {
  return buildInputSheet(
    {
      name: TEMPLATE_SHEETS[ctx.lang].prices,
      titleKey: "template.title.prices",
      hintKey: "template.hint.prices",
      headerKeys: [
        "template.header.service",
        "template.header.unit",
        "template.header.vat",
        "template.header.price",
      ],
      groups: groupsOf(PRICE_ENTRIES, ctx),
      describe: (item) => describe(item, ctx),
      // "suit la prestation", "follows the service": one line, so a price row is one line high.
      widths: [46, 20, 24, 16, 30],
    },
    ctx,
  );
}

// The identity and commitments sheet: section 1 of the standard, grouped by section, with the expected format
// and whether a value is required.

import { t } from "../../i18n";
import { IDENTITY_ENTRIES, SECTIONS, isIdentityKind, type CatalogueEntry } from "../grid/catalogue";
import { buildInputSheet, type InputGroup, type SheetPart, type TemplateContext } from "./input-sheet";
import { TEMPLATE_SHEETS } from "./layout";

/** Catalogue entries grouped under their section's label, in the standard's order. */
export function groupsOf(items: readonly CatalogueEntry[], ctx: TemplateContext): InputGroup[] {
  return SECTIONS.map((section) => ({
    label: section.label[ctx.lang],
    items: items.filter((item) => item.section === section.id),
  })).filter((group) => group.items.length > 0);
}

export function identitySheet(ctx: TemplateContext): SheetPart {
  const { lang } = ctx;
  return buildInputSheet(
    {
      name: TEMPLATE_SHEETS[lang].identity,
      titleKey: "template.title.identity",
      hintKey: "template.hint.identity",
      headerKeys: [
        "template.header.label",
        "template.header.format",
        "template.header.required",
        "template.header.value",
      ],
      groups: groupsOf(IDENTITY_ENTRIES, ctx),
      describe: (item) => ({
        unit: isIdentityKind(item.kind)
          ? t(lang, `template.format.${item.kind}`, { options: (item.options ?? []).join(", ") })
          : "",
        note: item.required ? t(lang, "template.required.yes") : "",
      }),
      // "obligatoire" on one line; the value column holds a company's name or an approval number on one or two lines.
      widths: [40, 34, 14, 42, 30],
    },
    ctx,
  );
}

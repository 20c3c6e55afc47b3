// A reading in words: reasons with product labels (never ids), conditions and their scope, in the reader's
// language. Every face shows the same sentences.

import { t, type Lang, type MessageKey } from "../../i18n";
import type { Reason } from "../designation";
import type { Facts } from "../designation/facts";
import { catalogueEntry } from "../grid/catalogue";
import { COCKTAIL } from "../variant/model";
import type { ConditionScope, TenderCondition } from "./conditions";

function productLabel(id: string, lang: Lang): string {
  if (id === COCKTAIL) return t(lang, "tender.product.cocktail");
  return catalogueEntry(id)?.label[lang] ?? id;
}

/** "A, B ou C" / "A, B or C". */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t(lang, "tender.or")} ${items[items.length - 1]}`;
}

/** A reason as a sentence; its products are named by their labels. */
export function reasonText(reason: Reason, lang: Lang): string {
  const products = orList(
    (reason.products ?? []).map((id) => productLabel(id, lang)),
    lang,
  );
  return t(lang, reason.key, { ...reason.params, products });
}

export function scopeText(scope: ConditionScope, lang: Lang): string {
  if (scope.kind === "tender") return t(lang, "tender.scope.tender");
  if (scope.kind === "sections")
    return t(lang, "tender.scope.sections", {
      sections: scope.sections.join(", "),
      count: scope.sections.length,
    });
  return t(lang, "tender.scope.rows", { first: scope.first + 1, last: scope.last + 1 });
}

function includedWords(
  values: readonly boolean[] | undefined,
  yes: MessageKey,
  no: MessageKey,
  lang: Lang,
): string[] {
  if (!values || values.length === 0) return [];
  if (values.length > 1) return [t(lang, "tender.fact.conflict", { what: t(lang, yes) })];
  return [t(lang, values[0] ? yes : no)];
}

/** What a condition states, in words: "livraison comprise (petite couronne), base 60 convives, service en sus". */
export function factsText(facts: Facts, lang: Lang): string {
  const delivery = includedWords(
    facts.included.delivery,
    "tender.fact.deliveryIncluded",
    "tender.fact.deliveryExcluded",
    lang,
  );
  const details = [
    ...facts.zones.map((zone) => t(lang, `variant.label.zone.${zone}` as const)),
    ...(facts.evening ? [t(lang, "variant.label.evening")] : []),
    ...(facts.weekend ? [t(lang, "variant.label.weekend")] : []),
  ];
  const words = [
    ...(delivery.length > 0 && details.length > 0
      ? [`${delivery[0]} (${details.join(", ")})`]
      : [...delivery, ...details]),
    ...includedWords(facts.included.pickup, "tender.fact.pickupIncluded", "tender.fact.pickupExcluded", lang),
    ...includedWords(facts.included.staff, "tender.fact.staffIncluded", "tender.fact.staffExcluded", lang),
    ...facts.guests.map((guests) => t(lang, "tender.fact.guests", { guests })),
    ...facts.basis.map((basis) => t(lang, "tender.fact.basis", { basis })),
  ];
  return words.join(", ");
}

export function conditionText(condition: TenderCondition, lang: Lang): string {
  return t(lang, "tender.condition", {
    at: `${condition.sheet}!${condition.cell}`,
    scope: scopeText(condition.scope, lang),
    facts: factsText(condition.facts, lang),
  });
}

// Words every output of the desk shares: the statistics rule (said on every output), how quartiles are rounded, a
// withheld figure's reason, a line's and a family's label.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { catalogueEntry, SECTIONS, type SectionId } from "../grid/catalogue";
import { formatEuros } from "../money/format";
import { MIN_CONTRIBUTORS, SMALL_SET, type Published } from "../observatory";

/** Between the items of a list in running text (counts by state, withheld quartiles, parts of a line). */
export const LIST_SEPARATOR = " · ";

/** The statistics rule in three sentences, then how the quartiles are computed and rounded. */
export function ruleTexts(lang: Lang): string[] {
  const threshold = { threshold: MIN_CONTRIBUTORS };
  return [
    t(lang, "collect.rule.threshold", threshold),
    t(lang, "collect.rule.single", { small: SMALL_SET }),
    t(lang, "collect.rule.extremes"),
    t(lang, "collect.rule.rounding"),
  ];
}

/** A figure as shown: the amount, or why it is withheld ("moins de 5 grilles"). */
export function publishedText(value: Published, lang: Lang): string {
  if (value.kind === "shown") return formatEuros(value.cents, lang);
  return t(lang, `collect.withheld.${value.reason}`, { threshold: MIN_CONTRIBUTORS });
}

export function lineLabel(id: string, lang: Lang): string {
  return catalogueEntry(id)?.label[lang] ?? id;
}

export function familyOf(id: string): SectionId {
  return id.split(".")[0] as SectionId;
}

export function familyLabel(section: SectionId, lang: Lang): string {
  return SECTIONS.find((one) => one.id === section)?.label[lang] ?? section;
}

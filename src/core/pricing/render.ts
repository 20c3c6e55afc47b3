import { t, type Lang } from "../../i18n";
import { catalogueEntry } from "../grid/catalogue";
import { formatDecimal, formatEuroQuotient, formatEuros, formatRate, NBSP } from "../money/format";
import type { BreakdownStep, StepValue } from "./types";

/** A step value in words and numbers of the reader's language. */
export function renderValue(value: StepValue, lang: Lang): string | number {
  if (typeof value !== "object") return value;
  if ("money" in value) return formatEuros(value.money, lang);
  if ("quotient" in value) return formatEuroQuotient(value.quotient[0], value.quotient[1], lang);
  if ("label" in value) return catalogueEntry(value.label)?.label[lang] ?? value.label;
  if ("category" in value) return t(lang, `pricing.vat.${value.category}`);
  if ("rate" in value) return formatRate(value.rate, lang);
  if ("hours" in value) return `${formatDecimal(value.hours, 100, lang)}${NBSP}h`;
  if ("role" in value) return t(lang, `variant.label.role.${value.role}.${value.count > 1 ? "many" : "one"}`);
  return t(lang, `pricing.unit.${value.unit}`);
}

export function renderStep(step: BreakdownStep, lang: Lang): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(step.params)) params[name] = renderValue(value, lang);
  return t(lang, step.key, params);
}

export function renderBreakdown(steps: readonly BreakdownStep[], lang: Lang): string[] {
  return steps.map((step) => renderStep(step, lang));
}

import type { Finding } from "./findings";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { renderBidParams } from "./bid/finding-text";
import { formatIsoDate } from "./date-text";
import { catalogueEntry } from "./grid/catalogue";

// A finding in the reader's words. A caterer reads labels and cells, never the standard's ids or the variant's JSON
// fields (those stay in --json, --debug and the documentation), and French numbers are written in French (12,50;
// 5,5 %). Every param is rendered here, at one place, so no message has to think about it.

/** The variant's fields (section 4) as the pane's form names them. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  product: "pane.price.product",
  pieces: "pane.price.pieces",
  extras: "pane.price.extras",
  guests: "pane.price.guests",
  unit: "pane.price.unit",
  delivery: "pane.price.delivery",
  "delivery.included": "pane.price.delivery",
  "delivery.zone": "pane.price.zone",
  "delivery.evening": "pane.price.evening",
  "delivery.weekend": "pane.price.weekend",
  "delivery.pickup": "pane.price.pickup",
  staff: "pane.price.staff",
  "staff.included": "pane.price.staff",
  "staff.role": "pane.price.role",
  "staff.count": "pane.price.staff.number",
  "staff.per_guests": "pane.price.staff.number",
  "staff.hours": "pane.price.hours",
};

/** The fields of a line of a buyer's list beside its variant, as the list's form names them. */
const LINE_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  quantity: "pane.schedule.quantity",
  ref: "pane.schedule.ref",
};

/**
 * Where a finding about a variant's field (or a list line's) is, in the words of the form: "extras", "extras[1]",
 * "variant.delivery.zone" or "quantity" → the field's label. A field of the variant the form has no control for (a
 * misspelt "variant.delivry": its message names it as typed) → null. Any other path (a grid's JSON path, a price-line
 * id…) → undefined: not a field of the form.
 */
export function fieldLabel(path: string, lang: Lang): string | null | undefined {
  const inVariant = /^variant(\.|\[|$)/.test(path);
  const field = path.replace(/^variant\.?/, "").replace(/\[\d+\]/g, "");
  const key = FIELD_LABELS[field] ?? (inVariant ? undefined : LINE_FIELD_LABELS[field]);
  if (key) return t(lang, key);
  return inVariant ? null : undefined;
}

/** Messages whose params are shown exactly as typed: a misspelt field, another standard's name, and every message
 * about a version (a version number such as 1.0 is written with a point in every language). */
const VERBATIM: ReadonlySet<string> = new Set(["variant.unknownField", "grid.json.standard"]);
const isVerbatim = (key: string) => VERBATIM.has(key) || /\.version/i.test(key);

/** Params that hold a day as ISO text ("2026-06-30"), by message: shown as the reader writes a date. */
const DATE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "grid.date.past": ["value"],
};

/** "12.50" or 12.5 → "12,50" / "12,5" in French; anything else as it is. */
function decimalText(value: string | number, lang: Lang): string | number {
  if (lang !== "fr") return value;
  const text = String(value);
  return /^-?\d+\.\d+$/.test(text) ? text.replace(".", ",") : value;
}

/**
 * Params shown exactly as typed in every message: a buyer's line reference ("1.1" is not one and one tenth), an
 * Excel API version ("ExcelApi 1.8", never "1,8").
 */
const VERBATIM_PARAMS: ReadonlySet<string> = new Set(["ref", "version"]);

/** A param as the reader should see it: an id by its label, a field by its name, a decimal in the language. */
function shownParam(name: string, value: string | number, lang: Lang): string | number {
  if (VERBATIM_PARAMS.has(name)) return value;
  if (typeof value === "string") {
    const entry = catalogueEntry(value);
    if (entry) return entry.label[lang];
    if (name === "field" && value in FIELD_LABELS) return t(lang, FIELD_LABELS[value]);
  }
  return decimalText(value, lang);
}

/** The params of `finding`, rendered for a person reading `lang`. */
export function shownParams(finding: Finding, lang: Lang): MessageParams {
  const params = finding.params ?? {};
  if (isVerbatim(finding.messageKey)) return params;
  const dates = DATE_PARAMS[finding.messageKey] ?? [];
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const shown = shownParam(name, value, lang);
      return [name, dates.includes(name) ? formatIsoDate(String(shown), lang) : shown];
    }),
  );
}

/**
 * Message families whose params are language-neutral amounts (cents, basis points, column roles, VAT categories):
 * a bid's findings and a comparison's, rendered by their param kinds (src/core/bid/finding-text.ts).
 */
const AMOUNT_FAMILIES: readonly string[] = ["bid.", "compare."];

/** Any finding in the reader's words: the one place every face renders a finding. */
export function findingMessage(finding: Finding, lang: Lang): string {
  const key = finding.messageKey;
  if (AMOUNT_FAMILIES.some((family) => key.startsWith(family)))
    return t(lang, key, renderBidParams(finding.params ?? {}, lang));
  return t(lang, key, shownParams(finding, lang));
}

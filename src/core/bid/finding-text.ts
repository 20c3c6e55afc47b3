// Bid and comparison findings in words. Their params are language-neutral (cents, basis points, column roles,
// VAT categories); this table says how each param is shown, so "1250" reads "12,50 €" in French and "€12.50" in
// English. findingMessage (src/core/finding-message.ts) renders them with this table, like every other finding.

import { isMessageKey, t, type Lang, type MessageParams } from "../../i18n";
import { basisPoints, cents } from "../money/cents";
import { formatIsoDate } from "../date-text";
import { formatEuros, formatRate, NBSP } from "../money/format";

type ParamKind = "money" | "rate" | "rates" | "category" | "column" | "value" | "date" | "basis";

const PARAM_KINDS: Readonly<Record<string, ParamKind>> = {
  price: "money",
  expected: "money",
  ttc: "money",
  amount: "money",
  corrected: "money",
  max: "money",
  threshold: "money",
  reference: "money",
  rate: "rate",
  rates: "rates",
  category: "category",
  column: "column",
  original: "value",
  value: "value",
  quantity: "value",
  date: "date",
  basis: "basis",
};

/** A cell's number in the reader's style, from its decimal text: 1500.5 → "1 500,5" (fr) / "1,500.5" (en). */
export function formatCellNumber(value: number, lang: Lang): string {
  const text = String(value);
  if (/e/i.test(text)) return text;
  const [whole, fraction] = text.split(".");
  const group = lang === "fr" ? NBSP : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined ? grouped : `${grouped}${lang === "fr" ? "," : "."}${fraction}`;
}

/** A category or a column in words; a value from elsewhere (a finding read back from JSON) is shown as is. */
function named(key: string, value: string | number, lang: Lang): string {
  return isMessageKey(key) ? t(lang, key) : String(value);
}

const or = (lang: Lang) => (lang === "fr" ? " ou " : " or ");

const RENDER: Readonly<Record<ParamKind, (value: string | number, lang: Lang) => string>> = {
  money: (value, lang) => formatEuros(cents(Number(value)), lang),
  rate: (value, lang) => formatRate(basisPoints(Number(value)), lang),
  rates: (value, lang) =>
    String(value)
      .split(",")
      .map((rate) => formatRate(basisPoints(Number(rate)), lang))
      .join(or(lang)),
  category: (value, lang) => named(`pricing.vat.${value}`, value, lang),
  column: (value, lang) => named(`bid.column.${value}`, value, lang),
  value: (value, lang) => (typeof value === "number" ? formatCellNumber(value, lang) : value),
  date: (value, lang) => formatIsoDate(String(value), lang),
  basis: (value, lang) => named(`compare.basis.${value}`, value, lang),
};

export function renderBidParams(params: MessageParams, lang: Lang): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const kind = PARAM_KINDS[name];
    out[name] = kind ? RENDER[kind](value, lang) : value;
  }
  return out;
}

// Data validation of every input cell, by kind of value: the rule Excel enforces while typing, with an input
// prompt and an error message in the template's language. The reader checks again: validation only guides.

import { t } from "../../i18n";
import type { Lang, MessageParams } from "../../i18n/types";
import type { CatalogueEntry, EntryKind } from "../grid/catalogue";
import type { ValidationPlan, ValidationRule } from "../workbook/plan";

/** The families of validation messages: each has a title, a prompt and an error (template.validation.<family>.*). */
export type ValidationFamily =
  | "money"
  | "hours"
  | "integer"
  | "percent"
  | "enum"
  | "siret"
  | "date"
  | "email"
  | "phone"
  | "text"
  | "list"
  | "guests"
  | "zone";

/** Message family (template.validation.<family>.*) and rule of one kind, for the cell `at` ("D12"). */
interface KindValidation {
  readonly family: ValidationFamily;
  rule(at: string, item: CatalogueEntry): ValidationRule;
}

const custom = (formula: string): ValidationRule => ({ type: "custom", formula: `=${formula}` });

/** Money: a number, ≥ 0, at most 2 decimals (ROUND(x,2)=x, exact in Excel for typed amounts). */
const MONEY: KindValidation = {
  family: "money",
  rule: (at) => custom(`AND(ISNUMBER(${at}),${at}>=0,ROUND(${at},2)=${at})`),
};

const textLength = (min: number, max: number): ValidationRule => ({
  type: "textLength",
  operator: "between",
  min,
  max,
});

/** A SIRET is kept as text (leading zeros); 14 characters that read as a plain whole number. */
function siretFormula(at: string): string {
  const forbidden = [".", ",", "e", "-", "+", " "].map((char) => `ISERROR(SEARCH("${char}",${at}))`);
  return `AND(LEN(${at})=14,ISNUMBER(-${at}),${forbidden.join(",")})`;
}

/** Dates are ISO text (cells.ts); a real date typed after the text format was changed is accepted too. */
function dateFormula(at: string): string {
  const parts = [`LEFT(${at},4)`, `MID(${at},6,2)`, `RIGHT(${at},2)`].map((part) => `ISNUMBER(-${part})`);
  const iso = `AND(LEN(${at})=10,MID(${at},5,1)="-",MID(${at},8,1)="-",${parts.join(",")})`;
  return `OR(ISNUMBER(${at}),${iso})`;
}

const BY_KIND: Readonly<Record<EntryKind, KindValidation>> = {
  price: MONEY,
  money: MONEY,
  "parameter-money": MONEY,
  "parameter-hours": {
    family: "hours",
    rule: (at) => custom(`AND(ISNUMBER(${at}),${at}>=0,${at}<=24,ROUND(${at},2)=${at})`),
  },
  integer: {
    family: "integer",
    rule: (_at, item) => ({ type: "whole", operator: "greaterThanOrEqual", min: item.min ?? 0 }),
  },
  // Percent and VAT cells hold fractions in a percent format (cells.ts): 0 % to 100 % is 0 to 1.
  percent: { family: "percent", rule: () => ({ type: "decimal", operator: "between", min: 0, max: 1 }) },
  "vat-rate": { family: "percent", rule: () => ({ type: "decimal", operator: "between", min: 0, max: 1 }) },
  enum: { family: "enum", rule: (_at, item) => ({ type: "list", items: [...(item.options ?? [])] }) },
  siret: { family: "siret", rule: (at) => custom(siretFormula(at)) },
  date: { family: "date", rule: (at) => custom(dateFormula(at)) },
  email: {
    family: "email",
    rule: (at) => custom(`AND(ISERROR(SEARCH(" ",${at})),ISNUMBER(SEARCH("?@?*.?*",${at})))`),
  },
  phone: { family: "phone", rule: () => textLength(10, 30) },
  text: { family: "text", rule: () => textLength(1, 200) },
  list: { family: "list", rule: () => textLength(2, 40) },
};

/** Prompt and error of a message family, in the template's language. */
export function messagesOf(
  family: ValidationFamily,
  lang: Lang,
  params: MessageParams,
): Pick<ValidationPlan, "prompt" | "error"> {
  const key = (part: "title" | "prompt" | "error") =>
    t(lang, `template.validation.${family}.${part}`, params);
  return {
    prompt: { title: key("title"), message: key("prompt") },
    error: { title: key("title"), message: key("error"), style: "stop" },
  };
}

/** The validation of one catalogue entry's input cell. Blank is always allowed: required values are checked on reading. */
export function entryValidation(item: CatalogueEntry, cell: string, lang: Lang): ValidationPlan {
  const kind = BY_KIND[item.kind];
  const params = { options: (item.options ?? []).join(", "), min: item.min ?? 0 };
  return {
    range: cell,
    rule: kind.rule(cell, item),
    allowBlank: true,
    ...messagesOf(kind.family, lang, params),
  };
}

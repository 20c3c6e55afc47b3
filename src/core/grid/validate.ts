import { isIsoDate } from "../date-text";
import type { Finding } from "../findings";
import { MAX_CENTS } from "../money/cents";
import {
  IDENTITY_ENTRIES,
  PRICE_ENTRIES,
  PRICE_LINE_ENTRIES,
  VAT_ENTRIES,
  type CatalogueEntry,
  type VatCategory,
} from "./catalogue";
import { gridFinding } from "./findings";
import { gridValue, type Grid, type IdentityValue } from "./model";
import { siretProblem } from "./siret";

export { isIsoDate };

export interface ValidateOptions {
  /** ISO date of today: when given, a validity date already past is a warning. */
  readonly today?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const PHONE_CHARS = /^\+?[\d\s.\-()\u00a0]+$/;
/** A leading sign that makes a spreadsheet read a pasted or imported text as a formula ("=HYPERLINK(…)"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A telephone number may start with "+" or "-" before a digit ("+33 1 …"); other leading signs are flagged. */
const PHONE_FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s(]))/;

/** The rules of sections 1 and 2 on a grid, whatever door it came through (JSON, template). */
export function validateGrid(grid: Grid, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const item of IDENTITY_ENTRIES)
    findings.push(...checkIdentity(item, grid.identity[item.id] ?? null, options));
  for (const item of PRICE_ENTRIES)
    findings.push(...checkPrice(item, gridValue(grid, item.id) as number | null));
  for (const item of VAT_ENTRIES) findings.push(...checkVat(item, grid.vat[item.id.slice(4) as VatCategory]));
  const offersSomething = PRICE_LINE_ENTRIES.some((item) => grid.prices[item.id] != null);
  if (!offersSomething) findings.push(gridFinding("grid.prices.none", "warning", undefined, {}, "prix"));
  return findings;
}

type Check = (item: CatalogueEntry, value: IdentityValue, options: ValidateOptions) => Finding[];

const IDENTITY_CHECKS: Partial<Record<CatalogueEntry["kind"], Check>> = {
  siret: (item, value) => {
    const problem = siretProblem(String(value));
    return problem ? [gridFinding(`grid.siret.${problem}`, "error", item.id, { value: String(value) })] : [];
  },
  email: (item, value) =>
    EMAIL.test(String(value)) ? [] : [gridFinding("grid.email", "error", item.id, { value: String(value) })],
  phone: (item, value) => {
    const text = String(value);
    const looksLikePhone = PHONE_CHARS.test(text) && text.replace(/\D/g, "").length >= 10;
    return looksLikePhone ? [] : [gridFinding("grid.phone", "warning", item.id, { value: text })];
  },
  enum: (item, value) =>
    item.options?.includes(String(value))
      ? []
      : [
          gridFinding("grid.enum", "error", item.id, {
            value: String(value),
            options: (item.options ?? []).join(", "),
          }),
        ],
  list: (item, value) => {
    const values = Array.isArray(value) ? (value as string[]) : [String(value)];
    const unknown = values.filter((one) => !item.options?.includes(one));
    return unknown.map((one) =>
      gridFinding("grid.departement", "error", item.id, {
        value: one,
        options: (item.options ?? []).join(", "),
      }),
    );
  },
  integer: (item, value) => checkNumber(item, value, true),
  percent: (item, value) => checkNumber(item, value, false),
  money: (item, value) =>
    isAmount(value) ? [] : [gridFinding("grid.amount.invalid", "error", item.id, { value: String(value) })],
  date: (item, value, options) => checkDate(item, String(value), options),
};

function checkIdentity(
  item: CatalogueEntry,
  value: IdentityValue | null,
  options: ValidateOptions,
): Finding[] {
  const blank = value === null || value === "" || (Array.isArray(value) && value.length === 0);
  if (blank) return item.required ? [gridFinding("grid.required", "error", item.id)] : [];
  const check = IDENTITY_CHECKS[item.kind];
  return [...formulaLike(item, value), ...(check ? check(item, value, options) : [])];
}

/**
 * Free texts copied from the grid into a buyer's spreadsheet or CSV would run as formulas when they start with
 * "=", "+", "-" or "@": kept as typed (never changed behind the caterer's back) but flagged, with what to do.
 */
function formulaLike(item: CatalogueEntry, value: IdentityValue): Finding[] {
  if (item.kind !== "text" && item.kind !== "email" && item.kind !== "phone") return [];
  if (typeof value !== "string") return [];
  const pattern = item.kind === "phone" ? PHONE_FORMULA_START : FORMULA_START;
  if (!pattern.test(value)) return [];
  const sign = value[0] === "\t" ? "tab" : value[0] === "\r" ? "CR" : value[0];
  return [gridFinding("grid.formulaLike", "warning", item.id, { value, sign })];
}

function checkNumber(item: CatalogueEntry, value: IdentityValue, integer: boolean): Finding[] {
  const number = typeof value === "number" ? value : NaN;
  const inRange =
    Number.isFinite(number) &&
    (!integer || Number.isInteger(number)) &&
    (item.min === undefined || number >= item.min) &&
    (item.max === undefined || number <= item.max);
  if (inRange) return [];
  const code = integer ? "grid.integer" : "grid.percent";
  return [
    gridFinding(code, "error", item.id, { value: String(value), min: item.min ?? 0, max: item.max ?? "" }),
  ];
}

function isAmount(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= MAX_CENTS;
}

function checkDate(item: CatalogueEntry, text: string, options: ValidateOptions): Finding[] {
  if (!isIsoDate(text)) return [gridFinding("grid.date", "error", item.id, { value: text })];
  if (options.today && text < options.today)
    return [gridFinding("grid.date.past", "warning", item.id, { value: text })];
  return [];
}

function checkPrice(item: CatalogueEntry, value: number | null): Finding[] {
  if (value === null) return [];
  if (!isAmount(value))
    return [gridFinding("grid.amount.invalid", "error", item.id, { value: String(value) })];
  if (value === 0 && item.kind === "price") return [gridFinding("grid.price.zero", "warning", item.id)];
  return [];
}

function checkVat(item: CatalogueEntry, rate: number): Finding[] {
  const valid = Number.isSafeInteger(rate) && rate >= 0 && rate <= 10_000;
  return valid ? [] : [gridFinding("grid.vat.invalid", "error", item.id, { value: String(rate) })];
}

import type { Lang } from "../../i18n/types";
import { assertCents, cents, type BasisPoints, type Cents } from "./cents";
import { numberFromScaled } from "./decimal";

/** No-break space: between thousands and before "€" in French, so an amount never breaks across lines. */
export const NBSP = "\u00a0";

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 1234 cents → "12.34" (no grouping, point): the JSON and formula form. */
export function centsToDecimalText(amount: Cents): string {
  assertCents(amount);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Cents to a JSON number of euros with 2 decimals at most (2448 → 24.48), parsed from exact decimal text. */
export function centsToEuroNumber(amount: Cents): number {
  return numberFromScaled(assertCents(amount), 2);
}

/** 2448 → "24,48 €" (fr) or "€24.48" (en); 123450 → "1 234,50 €" / "€1,234.50". */
export function formatEuros(amount: Cents, lang: Lang): string {
  const [whole, fraction] = centsToDecimalText(cents(Math.abs(amount))).split(".");
  const sign = amount < 0 ? "-" : "";
  if (lang === "fr") return `${sign}${groupThousands(whole, NBSP)},${fraction}${NBSP}€`;
  return `${sign}€${groupThousands(whole, ",")}.${fraction}`;
}

/** For a chart's axis: whole euros without their cents ("50 000 €" / "€50,000"), any other amount as formatEuros. */
export function formatAxisEuros(amount: Cents, lang: Lang): string {
  if (amount % 100 !== 0) return formatEuros(amount, lang);
  const text = formatEuros(amount, lang);
  return lang === "fr" ? text.replace(`,00${NBSP}€`, `${NBSP}€`) : text.replace(/\.00$/, "");
}

/** A chart's tick formatter for a scale in cents (a tick may fall between two cents): formatAxisEuros, rounded. */
export function euroTick(lang: Lang): (value: number) => string {
  return (value) => formatAxisEuros(cents(Math.round(value)), lang);
}

/** An exact decimal number in the reader's style, trailing zeros dropped: 24.475 → "24,475" / "24.475". */
export function formatDecimal(
  numerator: number,
  denominator: number,
  lang: Lang,
  maxDecimals = 6,
  minDecimals = 0,
): string {
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  const whole = n / d;
  let remainder = n % d;
  let fraction = "";
  while (remainder !== 0n && fraction.length < maxDecimals) {
    remainder *= 10n;
    fraction += String(remainder / d);
    remainder %= d;
  }
  const inexact = remainder !== 0n;
  fraction = fraction.padEnd(minDecimals, "0");
  const point = lang === "fr" ? "," : ".";
  const group = lang === "fr" ? NBSP : ",";
  const text = groupThousands(String(whole), group) + (fraction ? point + fraction : "");
  return `${negative ? "-" : ""}${text}${inexact ? "…" : ""}`;
}

/** An exact quotient of cents as euros, e.g. 8500 / 30 cents → "2,8333… €" (for breakdowns). */
export function formatEuroQuotient(cents: number, divisor: number, lang: Lang): string {
  const amount = formatDecimal(cents, divisor * 100, lang, 4, 2);
  return lang === "fr" ? `${amount}${NBSP}€` : `€${amount}`;
}

/** 1000 bp → "10 %" (fr) / "10%" (en); 550 → "5,5 %" / "5.5%". */
export function formatRate(rate: BasisPoints, lang: Lang): string {
  const text = formatDecimal(rate, 100, lang);
  return lang === "fr" ? `${text}${NBSP}%` : `${text}%`;
}

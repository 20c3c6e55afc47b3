// Numbers as the report's reader reads them: euros, points and percentages in the report's language.

import { formatDecimal, formatEuros, NBSP, type Cents } from "../../../core/money";
import type { Lang } from "../../../i18n";

export const euros = (amount: Cents | null, lang: Lang): string =>
  amount === null ? "—" : formatEuros(amount, lang);

/** Hundredths of a point → "21,92". */
export const scoreText = (hundredths: number | null | undefined, lang: Lang): string =>
  hundredths === null || hundredths === undefined ? "—" : formatDecimal(hundredths, 100, lang, 2, 2);

/** Basis points of a gap → "−34,24 %" / "+5.10%". */
export function gapText(bp: number | null, lang: Lang): string {
  if (bp === null) return "";
  const sign = bp > 0 ? "+" : bp < 0 ? "−" : "";
  const value = formatDecimal(Math.abs(bp), 100, lang, 2, 2);
  return lang === "fr" ? `${sign}${value}${NBSP}%` : `${sign}${value}%`;
}

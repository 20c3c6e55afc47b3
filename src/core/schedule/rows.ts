// The rows of a standard schedule: one per buyer's line and VAT category. A variant priced in one category is one
// row; a variant spanning two (cocktail + forfait vin: repas and alcool) is one row per category, numbered
// "3a", "3b", each asking for that category's part of the variant's price. R6 converts each category separately,
// so the parts' HT and TTC add up to the variant's exactly — and the franco threshold is still judged on the whole
// variant, which splitting it into two independent variants would break.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { VatCategory } from "../grid/catalogue";
import { defaultVat } from "../grid/model";
import type { BasisPoints } from "../money/cents";
import { formatRate } from "../money/format";
import { variantLabel } from "../variant/label";
import type { VariantUnit } from "../variant/model";
import { canonicalVariantJson } from "./canonical";
import type { ScheduleLine, ScheduleOptions } from "./model";
import { variantCategories } from "./parts";

export interface ScheduleRow {
  readonly ref: string;
  readonly designation: string;
  readonly unit: VariantUnit;
  readonly quantity: number;
  readonly category: VatCategory;
  readonly rate: BasisPoints;
  readonly variantJson: string;
  /** 0-based index of the buyer's line the row comes from. */
  readonly line: number;
}

const PART_LETTERS = "abcdefgh";

export function vatRatesOf(options: Pick<ScheduleOptions, "vatRates">): Record<VatCategory, BasisPoints> {
  return { ...defaultVat(), ...options.vatRates };
}

function rowsOfLine(line: ScheduleLine, index: number, lang: Lang, rates: Record<VatCategory, BasisPoints>) {
  const categories = variantCategories(line.variant);
  const ref = line.ref ?? String(index + 1);
  const label = variantLabel(line.variant, lang);
  const split = categories.length > 1;
  return categories.map((category, part): ScheduleRow => ({
    ref: split ? `${ref}${PART_LETTERS[part]}` : ref,
    designation: split
      ? `${label} — ${t(lang, "schedule.part", { category: t(lang, `pricing.vat.${category}`), rate: formatRate(rates[category], lang) })}`
      : label,
    unit: line.variant.unit,
    quantity: line.quantity,
    category,
    rate: rates[category],
    variantJson: canonicalVariantJson(line.variant),
    line: index,
  }));
}

export function scheduleRows(options: ScheduleOptions): ScheduleRow[] {
  const rates = vatRatesOf(options);
  return options.lines.flatMap((line, index) => rowsOfLine(line, index, options.lang, rates));
}

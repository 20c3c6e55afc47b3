// What goes into one price cell of a buyer's table: the variant's price HT or TTC, as the cell's column asks, or, in
// a standard schedule, the HT or TTC of the one VAT part of the price the row asks for (R6 splits it by category).

import type { VatCategory } from "../grid/catalogue";
import type { Cents } from "../money/cents";
import type { PriceResult } from "../pricing/types";
import type { Basis } from "../variant/model";

export type PricedVariant = Extract<PriceResult, { readonly ok: true }>;

/** Where a price goes: HT or TTC (null when the column does not say), and the VAT part asked, if any. */
export interface PriceTarget {
  readonly basis: Basis | null;
  readonly part?: VatCategory;
}

export type CellPrice =
  | { readonly ok: true; readonly amount: Cents; readonly basis: Basis }
  /** The row asks for a VAT part the variant's price does not have: the schedule and the variant disagree. */
  | { readonly ok: false; readonly problem: "partMissing"; readonly part: VatCategory };

/**
 * The amount of `price` one cell asks for. A column that says neither HT nor TTC takes the variant's own basis
 * (the reader sets it from the column or the tender's conditions).
 */
export function cellPrice(price: PricedVariant, target: PriceTarget, variantBasis: Basis): CellPrice {
  const basis = target.basis ?? variantBasis;
  const pick = (amounts: { readonly ht: Cents; readonly ttc: Cents }) =>
    basis === "HT" ? amounts.ht : amounts.ttc;
  if (target.part === undefined) return { ok: true, amount: pick(price), basis };
  const part = price.byVat.find((one) => one.category === target.part);
  if (!part) return { ok: false, problem: "partMissing", part: target.part };
  return { ok: true, amount: pick(part), basis };
}

import { catalogueEntry, type VatCategory } from "../grid/catalogue";
import {
  cell,
  fixed,
  moneyOf,
  note,
  num,
  priced,
  product,
  quotientOf,
  rateOf,
  round,
  step,
  sum,
  vatCell,
  when,
  type Expr,
} from "./expression";

/** A category's rate (scale 4); in a workbook a blank rate cell means the default rate, as for a grid without it. */
export function vatRate(category: VatCategory): Expr {
  const rate = vatCell(category);
  const fallback = catalogueEntry(`tva.${category}`)?.defaultRate ?? 0;
  return when(priced(rate), cell(rate), num(fallback, 4));
}

/**
 * R6 for one category: round(HT × (1 + rate)), noted with its exact value before rounding. `zero` says the HT is
 * the literal 0 (a flat price with no food of the category and nothing included): its TTC is 0 and a formula
 * leaves it out, while the breakdown still shows the category as the engine always has.
 */
export function vatTerm(category: VatCategory, ht: Expr, zero: boolean): Expr {
  const rate = vatRate(category);
  const exactTtc = product(round(ht), sum(num(1), rate));
  const vatStep = step("pricing.step.vat", {
    category: fixed({ category }),
    rate: rateOf(rate),
    ht: moneyOf(ht),
    exact: quotientOf(exactTtc, num(1)),
    ttc: moneyOf("self"),
  });
  return note(vatStep, zero ? num(0) : round(exactTtc));
}

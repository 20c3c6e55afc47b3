import type { Cents } from "../money/cents";
import { withVat } from "../money/round";
import { VAT_CATEGORIES, type VatCategory } from "../grid/catalogue";
import type { Grid } from "../grid/model";
import type { BreakdownStep, VatPart } from "./types";

/** R6: each VAT category converted separately, round(HT × (1 + rate)), in the standard's category order. */
export function vatParts(grid: Grid, htByCategory: ReadonlyMap<VatCategory, Cents>): VatPart[] {
  return VAT_CATEGORIES.filter((category) => htByCategory.has(category)).map((category) => {
    const ht = htByCategory.get(category) as Cents;
    const rate = grid.vat[category];
    return { category, rate, ht, ttc: withVat(ht, rate) };
  });
}

/** Steps showing each category's conversion with its exact product before rounding, then the TTC total. */
export function vatSteps(parts: readonly VatPart[]): BreakdownStep[] {
  const steps: BreakdownStep[] = parts.map((part) => ({
    key: "pricing.step.vat",
    params: {
      category: { category: part.category },
      rate: { rate: part.rate },
      ht: { money: part.ht },
      exact: { quotient: [part.ht * (10_000 + part.rate), 10_000] },
      ttc: { money: part.ttc },
    },
  }));
  const ttc = parts.reduce((total, part) => total + part.ttc, 0);
  steps.push({ key: "pricing.step.totalTtc", params: { ttc: { money: ttc } } });
  return steps;
}

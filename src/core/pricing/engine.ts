import type { Grid } from "../grid/model";
import { checkedVariant } from "../variant/check";
import type { CheckedVariant } from "../variant/checked";
import type { Variant } from "../variant/model";
import { evaluateProgram } from "./evaluate";
import { variantProgram } from "./program";
import type { PriceResult } from "./types";

/**
 * The price of one variant from one grid (R1–R6), HT and TTC in cents, with its breakdown. A variant breaking a
 * rule, or asking for a line the grid does not offer, is not priceable: the result carries the finding.
 */
export function priceVariant(grid: Grid, variant: Variant): PriceResult {
  const checked = checkedVariant(variant);
  if (!checked.variant) {
    const problem = checked.findings.find((finding) => finding.severity === "error");
    if (!problem) throw new Error("a variant without a checked form has an error");
    return { ok: false, finding: problem };
  }
  return priceChecked(grid, checked.variant);
}

/** The price of a variant already checked (checkedVariant). */
export function priceChecked(grid: Grid, variant: CheckedVariant): PriceResult {
  return evaluateProgram(variantProgram(variant), grid);
}

/** A variant's price from one grid, as priceVariant gives it. */
export type VariantPricer = (variant: Variant) => PriceResult;

/**
 * priceVariant on one grid, each distinct variant priced once: a tender asks the same variant on many lines (every
 * site, lot and rubrique lists it again), and pricing is pure. The results are shared between those lines, as
 * immutable data. The key is the variant's data, so a variant read again (a mapping file, a correction) is found.
 */
export function variantPricer(grid: Grid): VariantPricer {
  const prices = new Map<string, PriceResult>();
  // Lines read alike share one variant object (map-tender): those are found without writing their key.
  const byObject = new WeakMap<Variant, PriceResult>();
  return (variant) => {
    const seen = byObject.get(variant);
    if (seen) return seen;
    const key = JSON.stringify(variant);
    const result = prices.get(key) ?? priceVariant(grid, variant);
    prices.set(key, result);
    byObject.set(variant, result);
    return result;
  };
}

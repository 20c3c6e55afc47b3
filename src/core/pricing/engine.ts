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

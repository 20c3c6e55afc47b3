// A stale price: a price of the bid that is not what the caterer's own grid gives for the line's variant (the grid
// changed since the bid was filled, or a price was typed by hand). Only lines read as a variant are compared; a
// line the grid cannot price was priced by hand, and is left to the caterer.

import type { Finding } from "../findings";
import type { VatCategory } from "../grid/catalogue";
import type { Grid } from "../grid/model";
import type { Cents } from "../money/cents";
import { priceVariant } from "../pricing/engine";
import type { Basis, Variant } from "../variant/model";
import { bidFinding, type BidPlace } from "./findings";

/** What the price cell of one line asks for: the variant, the part of its price (a standard schedule) and the basis. */
export interface PricedCell {
  readonly variant: Variant;
  /** The VAT category of the part asked, when the cell takes only that part of the price. */
  readonly part?: VatCategory;
  readonly basis: Basis;
}

/** The price the grid gives for a cell, HT or TTC as the cell asks; null when the grid cannot price it. */
export function gridPrice(grid: Grid, cell: PricedCell): Cents | null {
  const result = priceVariant(grid, cell.variant);
  if (!result.ok) return null;
  const part = cell.part === undefined ? result : result.byVat.find((one) => one.category === cell.part);
  if (!part) return null;
  return cell.basis === "TTC" ? part.ttc : part.ht;
}

/** A warning at the price cell when the bid's price is not the grid's. */
export function stalePrice(place: BidPlace, price: Cents, expected: Cents | null): Finding[] {
  if (expected === null || price === expected) return [];
  return [bidFinding("bid.price.stale", "warning", place, { price, expected })];
}

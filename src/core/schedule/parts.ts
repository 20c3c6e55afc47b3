// The VAT categories a variant's price falls into, as R6 splits it: the product's own (a line billed alone takes
// its own, accessoire → repas), each extra's, and repas for included delivery and staff (spread or in a
// prestation). The standard schedule gives each category its own line, so every line has one rate.

import { VAT_CATEGORIES, standaloneVat, type VatCategory } from "../grid/catalogue";
import { COCKTAIL, type Variant } from "../variant/model";
import { priceLine } from "../variant/product";

function categoryOf(id: string): VatCategory {
  const line = priceLine(id);
  return line ? standaloneVat(line) : "repas";
}

/** The categories of a (valid) variant, in the standard's order: repas, alcool, materiel, emporter. */
export function variantCategories(variant: Variant): VatCategory[] {
  const found = new Set<VatCategory>([variant.product === COCKTAIL ? "repas" : categoryOf(variant.product)]);
  for (const id of variant.extras) found.add(categoryOf(id));
  if (variant.delivery?.included || variant.staff?.included) found.add("repas");
  return VAT_CATEGORIES.filter((category) => found.has(category));
}

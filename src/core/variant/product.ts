import {
  PRICE_LINE_ENTRIES,
  catalogueEntry,
  type CatalogueEntry,
  type PriceUnit,
  type SectionId,
} from "../grid/catalogue";
import { COCKTAIL, type Variant, type VariantUnit } from "./model";

/** Units of the catalogue priced per person (or per tray): they may be spread over guests or sold as a prestation. */
const PER_PERSON_UNITS: readonly PriceUnit[] = ["personne", "piece", "plateau"];

/** The variant units each catalogue unit can be sold in. Lines billed alone keep their own unit. */
export const UNITS_FOR: Readonly<Record<PriceUnit, readonly VariantUnit[]>> = {
  personne: ["personne", "plateau", "prestation"],
  piece: ["personne", "plateau", "prestation"],
  plateau: ["plateau", "personne", "prestation"],
  livraison: ["livraison"],
  heure: ["heure"],
  unite: ["unite"],
};

/** The catalogue price line of a product id, or undefined (unknown, a parameter, or "cocktail"). */
export function priceLine(id: string): CatalogueEntry | undefined {
  const item = catalogueEntry(id);
  return item?.kind === "price" ? item : undefined;
}

/** The catalogue unit a product is priced in: cocktails per person. */
export function productUnit(variant: Pick<Variant, "product">): PriceUnit | undefined {
  if (variant.product === COCKTAIL) return "personne";
  return priceLine(variant.product)?.unit;
}

export function isPerPersonLine(item: CatalogueEntry | undefined): boolean {
  return item?.unit !== undefined && PER_PERSON_UNITS.includes(item.unit);
}

/** A line billed alone (an hour of staff, a delivery, a piece of equipment): priced as its own unit. */
export function isStandalone(variant: Pick<Variant, "product">): boolean {
  const unit = productUnit(variant);
  return unit !== undefined && !PER_PERSON_UNITS.includes(unit);
}

/** The unit a variant takes when none is given: its product's (per person for cocktails and pieces). */
export function defaultUnit(product: string): VariantUnit | undefined {
  const unit = productUnit({ product });
  return unit === undefined ? undefined : UNITS_FOR[unit][0];
}

/** Sections whose per-person lines tenders add to a service: drinks and tableware. */
const COMMON_EXTRA_SECTIONS: readonly SectionId[] = ["boissons", "materiel"];

/**
 * The add-ons a form offers first (per-person drinks and tableware, as tenders ask for them). The core accepts any
 * per-person line as an extra (checkExtras); this list is the usual short one, kept here so every face shows the same.
 */
export const COMMON_EXTRAS: readonly string[] = PRICE_LINE_ENTRIES.filter(
  (item) => COMMON_EXTRA_SECTIONS.includes(item.section) && item.unit === "personne",
).map((item) => item.id);

// The simulator's variants and their live formulas. The guests count and the delivery zone are inputs of the
// pricing expressions: variantFormula (R8) writes them as the names of the simulator's two cells, which the
// caterer changes. The LibreOffice test checks the result against priceVariant for several guests counts and zones.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { catalogueEntry } from "../grid/catalogue";
import { variantFormula } from "../pricing/formula";
import { COCKTAIL, type Basis, type Variant, type VariantUnit, type Zone } from "../variant/model";
import { DEFAULT_GUESTS, DEFAULT_ZONE, LAYOUT_NAMES } from "./layout";

/** How a simulator row is sold: per person, per tray, or as a flat price for the whole event. */
export type SimulatorUnit = Extract<VariantUnit, "personne" | "plateau" | "prestation">;

export interface SimulatorRow {
  /** "cocktail" or a price-line id. */
  readonly product: string;
  readonly pieces?: number;
  readonly unit: SimulatorUnit;
  /** Delivery included (zone and guests of the simulator) or billed separately. */
  readonly delivery: boolean;
}

const cocktails = (delivery: boolean): SimulatorRow[] =>
  [6, 8, 10, 12].map((pieces) => ({ product: COCKTAIL, pieces, unit: "personne", delivery }));

/** Common variants: cocktails with delivery included or billed separately, meal trays, buffets. */
export const SIMULATOR_ROWS: readonly SimulatorRow[] = [
  ...cocktails(true),
  ...cocktails(false),
  { product: "plateau.classique", unit: "plateau", delivery: true },
  { product: "plateau.prestige", unit: "plateau", delivery: true },
  { product: "plateau.vegetarien", unit: "plateau", delivery: true },
  { product: "buffet.froid", unit: "personne", delivery: true },
  { product: "buffet.chaud", unit: "personne", delivery: true },
  { product: "buffet.froid", unit: "prestation", delivery: true },
  { product: "buffet.chaud", unit: "prestation", delivery: true },
];

/** The variant a simulator row prices for a guests count and a zone (what the engine is compared with). */
export function simulatorVariant(
  row: SimulatorRow,
  guests: number,
  zone: Zone,
  basis: Basis = "HT",
): Variant {
  return {
    product: row.product,
    ...(row.pieces !== undefined ? { pieces: row.pieces } : {}),
    extras: [],
    guests,
    unit: row.unit,
    delivery: row.delivery ? { included: true, zone } : { included: false },
    basis,
  };
}

/** The row's price as a live formula (with "="), over the grid's names and the simulator's two cells. */
export function simulatorFormula(row: SimulatorRow, basis: Basis): string {
  const variant = simulatorVariant(row, DEFAULT_GUESTS, DEFAULT_ZONE, basis);
  const inputs = { guests: LAYOUT_NAMES.guests, zone: LAYOUT_NAMES.zone };
  return `=${variantFormula(variant, { basis, inputs })}`;
}

export function simulatorLabel(row: SimulatorRow, lang: Lang): string {
  if (row.product === COCKTAIL) return t(lang, "variant.label.cocktail", { pieces: row.pieces ?? 0 });
  const label = catalogueEntry(row.product)?.label[lang] ?? row.product;
  // The same product may appear per person and as a flat price: the label alone must tell them apart.
  return row.unit === "prestation" ? t(lang, "template.sim.label.whole", { label }) : label;
}

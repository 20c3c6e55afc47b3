// The simulator's variants and their live formulas. variantFormula (R8) writes a variant's guests as a literal
// and its zone as the zone's delivery name; the simulator needs both to follow two cells the caterer changes.
// So each formula is generated once for a sentinel guests count and the Paris zone, then the sentinel is replaced
// by the guests cell's name and the Paris delivery name by a choice on the zone cell. The LibreOffice test checks
// the result against priceVariant for several guests counts and zones.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { catalogueEntry } from "../grid/catalogue";
import { variantFormula } from "../pricing/formula";
import { COCKTAIL, ZONES, type Basis, type Variant, type VariantUnit, type Zone } from "../variant/model";
import { LAYOUT_NAMES } from "./layout";

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

const SENTINEL_GUESTS = 987_654;
const SENTINEL_PATTERN = /(?<![\d.])987654(?![\d.])/g;
const SENTINEL_ZONE: Zone = "paris";

/** The delivery fee of the zone chosen in the zone cell; #N/A for anything else. */
function zoneChoice(): string {
  return ZONES.reduceRight(
    (otherwise, zone) =>
      `IF(${LAYOUT_NAMES.zone}="${zone}",${catalogueEntry(`livraison.${zone}`)?.excelName},${otherwise})`,
    "NA()",
  );
}

function liveName(id: string): string {
  if (id === `livraison.${SENTINEL_ZONE}`) return zoneChoice();
  const item = catalogueEntry(id);
  if (!item) throw new RangeError(`not an id of the standard: ${id}`);
  return item.excelName;
}

/** The row's price as a live formula (with "="), over the grid's names and the simulator's two cells. */
export function simulatorFormula(row: SimulatorRow, basis: Basis): string {
  const formula = variantFormula(simulatorVariant(row, SENTINEL_GUESTS, SENTINEL_ZONE, basis), {
    basis,
    nameOf: liveName,
  });
  const live = formula.replace(SENTINEL_PATTERN, LAYOUT_NAMES.guests);
  // A formula of a delivered variant that no longer mentions the guests would silently ignore the guests cell.
  if (row.delivery && live === formula) throw new Error("variantFormula no longer writes the guests count");
  return `=${live}`;
}

export function simulatorLabel(row: SimulatorRow, lang: Lang): string {
  if (row.product === COCKTAIL) return t(lang, "variant.label.cocktail", { pieces: row.pieces ?? 0 });
  const label = catalogueEntry(row.product)?.label[lang] ?? row.product;
  // The same product may appear per person and as a flat price: the label alone must tell them apart.
  return row.unit === "prestation" ? t(lang, "template.sim.label.whole", { label }) : label;
}

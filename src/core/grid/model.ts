import { basisPoints, type BasisPoints, type CentiHours, type Cents } from "../money/cents";
import {
  IDENTITY_ENTRIES,
  PRICE_AMOUNT_ENTRIES,
  VAT_ENTRIES,
  catalogueEntry,
  type VatCategory,
} from "./catalogue";

/** The one section-2 value that is a duration, not an amount: kept in `Grid.minimumHours`. */
export const MINIMUM_HOURS_ID = "personnel.minimum_heures";

/**
 * A value of section 1, by kind: text, enum, email, phone, siret and date (ISO "YYYY-MM-DD") are strings; list is
 * a list of strings; integer and percent (0–100, as in JSON) are numbers; money (commande.minimum_ht) is cents.
 */
export type IdentityValue = string | readonly string[] | number;

/**
 * A caterer's grid in the core. Every id of the catalogue has its slot:
 * - `identity[id]`: section 1, null = not given;
 * - `prices[id]`: section 2's price lines and the franco threshold, in cents; null = not offered (a price) or not set;
 * - `minimumHours`: `personnel.minimum_heures`, the hours billed at least per staff member, in hundredths of an hour
 *   (4 h = 400, 3 h 30 = 350); null = no minimum;
 * - `vat[category]`: rate in basis points (10 % = 1000).
 */
export interface Grid {
  readonly version: string;
  readonly identity: Readonly<Record<string, IdentityValue | null>>;
  readonly prices: Readonly<Record<string, Cents | null>>;
  readonly minimumHours: CentiHours | null;
  readonly vat: Readonly<Record<VatCategory, BasisPoints>>;
}

/** A grid with nothing filled in and the default VAT rates: the template's starting point. */
export function emptyGrid(): Grid {
  return {
    version: "1.0",
    identity: Object.fromEntries(IDENTITY_ENTRIES.map((item) => [item.id, null])),
    prices: Object.fromEntries(PRICE_AMOUNT_ENTRIES.map((item) => [item.id, null])),
    minimumHours: null,
    vat: defaultVat(),
  };
}

export function defaultVat(): Record<VatCategory, BasisPoints> {
  const rates = Object.fromEntries(
    VAT_ENTRIES.map((item) => [item.id.slice("tva.".length), basisPoints(item.defaultRate ?? 0)]),
  );
  return rates as Record<VatCategory, BasisPoints>;
}

/** The stored value of any catalogue id (identity value, cents, centi-hours, or VAT basis points); null if blank. */
export function gridValue(grid: Grid, id: string): IdentityValue | null {
  const item = catalogueEntry(id);
  if (!item) throw new RangeError(`not an id of the standard: ${id}`);
  if (item.kind === "vat-rate") return grid.vat[id.slice("tva.".length) as VatCategory];
  if (item.id === MINIMUM_HOURS_ID) return grid.minimumHours;
  if (item.id in grid.prices) return grid.prices[item.id];
  return grid.identity[item.id] ?? null;
}

/** The price of a line in cents, or null when not offered. */
export function priceOf(grid: Grid, id: string): Cents | null {
  return grid.prices[id] ?? null;
}

export function vatRateOf(grid: Grid, category: VatCategory): BasisPoints {
  return grid.vat[category];
}

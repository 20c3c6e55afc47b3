import type { CatalogueEntry } from "../grid/catalogue";
import type { Basis, StaffRole, VariantUnit, Zone } from "./model";

// A variant whose rules were checked (checkedVariant): what pricing needs is present and typed, so the pricing
// rules read fields instead of casting them. One kind per way a line is priced.

/** A line billed alone (an hour of staff, a delivery, a piece of equipment), priced in its own unit. */
export interface CheckedStandalone {
  readonly kind: "standalone";
  readonly line: CatalogueEntry;
  readonly unit: VariantUnit;
  readonly basis: Basis;
}

/** What a service sells per person: a cocktail of N pieces (R1) or a price line priced per person or tray. */
export type ServiceProduct =
  | { readonly kind: "cocktail"; readonly pieces: number }
  | { readonly kind: "line"; readonly line: CatalogueEntry };

export interface CheckedDelivery {
  readonly zone: Zone;
  readonly evening: boolean;
  readonly weekend: boolean;
  readonly pickup: boolean;
}

/** A fixed number of staff, or one per N guests. */
export type Headcount =
  { readonly kind: "count"; readonly count: number } | { readonly kind: "ratio"; readonly perGuests: number };

export interface CheckedStaff {
  readonly role: StaffRole;
  /** Hours per staff member in hundredths (3 h 30 = 350). */
  readonly centiHours: number;
  readonly headcount: Headcount;
}

/** Delivery and staff included in the line's price; null = not part of it or billed separately. */
export interface EventCosts {
  readonly delivery: CheckedDelivery | null;
  readonly staff: CheckedStaff | null;
}

interface Service {
  readonly product: ServiceProduct;
  /** Per-person add-ons, in the variant's order. */
  readonly extras: readonly CatalogueEntry[];
  readonly basis: Basis;
}

/** Priced per person or per tray; included event costs are spread over the guests (R4). */
export interface CheckedPerPerson extends Service {
  readonly kind: "perPerson";
  readonly unit: "personne" | "plateau";
  /** null when no delivery or staff is included: nothing to spread. */
  readonly spread: { readonly guests: number; readonly costs: EventCosts } | null;
}

/** A flat price for the whole event (R5). */
export interface CheckedPrestation extends Service {
  readonly kind: "prestation";
  readonly guests: number;
  readonly costs: EventCosts;
}

export type CheckedVariant = CheckedStandalone | CheckedPerPerson | CheckedPrestation;

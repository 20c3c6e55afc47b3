/** A variant: what one tender line asks for (section 4 of the standard). */

export const VARIANT_UNITS = ["personne", "plateau", "prestation", "livraison", "heure", "unite"] as const;
export type VariantUnit = (typeof VARIANT_UNITS)[number];

export const ZONES = ["paris", "petite_couronne", "grande_couronne"] as const;
export type Zone = (typeof ZONES)[number];

export const STAFF_ROLES = ["maitre_hotel", "serveur", "cuisinier"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const BASES = ["HT", "TTC"] as const;
export type Basis = (typeof BASES)[number];

/** `included: false` = billed elsewhere (en sus): the line's price ignores it. */
export interface Delivery {
  readonly included: boolean;
  readonly zone?: Zone;
  readonly evening?: boolean;
  readonly weekend?: boolean;
  readonly pickup?: boolean;
}

export interface Staff {
  readonly included: boolean;
  readonly role?: StaffRole;
  /** A fixed number of staff, or null to use ceil(guests / per_guests). */
  readonly count?: number | null;
  readonly per_guests?: number | null;
  /** Hours per staff member, at most 2 decimals (3.5 = 3 h 30). */
  readonly hours?: number;
}

export interface Variant {
  /** "cocktail" (needs `pieces`) or a price-line id of section 2. */
  readonly product: string;
  readonly pieces?: number;
  /** Per-person add-ons (price-line ids priced per person). */
  readonly extras: readonly string[];
  /** Persons (or trays) that event costs are spread over. */
  readonly guests?: number;
  readonly unit: VariantUnit;
  readonly delivery?: Delivery;
  readonly staff?: Staff;
  readonly basis: Basis;
}

export const COCKTAIL = "cocktail";

// What of the variant form applies to a product, and the form's fields once the product changes: a face shows only
// the parts that apply and puts in the others values the core accepts, so a product billed alone (an hour of a cook,
// a delivery) is never refused for a delivery or an extra the user can no longer see.

import { COCKTAIL, isStandalone, type VariantUnit } from "../core/variant";
import { EXTRA_CHOICES, ROLE_CHOICES, ZONE_CHOICES, unitChoices, type VariantFields } from "./variant-fields";

/** The parts of the form that apply to a product, the extras it may take and the units it is sold in (its own first). */
export interface ProductFields {
  readonly pieces: boolean;
  readonly extras: readonly string[];
  readonly guests: boolean;
  readonly delivery: boolean;
  readonly staff: boolean;
  readonly units: readonly VariantUnit[];
}

/** A fresh form: a cocktail of 8 pieces per person for 30 guests, delivered, without staff. */
export const DEFAULT_FIELDS: VariantFields = {
  product: COCKTAIL,
  pieces: "8",
  extras: [],
  guests: "30",
  unit: unitChoices(COCKTAIL)[0],
  delivery: "included",
  zone: ZONE_CHOICES[0],
  evening: false,
  weekend: false,
  pickup: false,
  staff: "none",
  role: ROLE_CHOICES[0],
  staffMode: "ratio",
  staffNumber: "30",
  hours: "3",
};

/**
 * Pieces for a cocktail only; a line billed alone takes no extra, no guests, no delivery or staff of its own (the
 * core refuses them: variant.extras.standalone, variant.eventCosts.standalone); a product is not its own extra.
 */
export function productFields(product: string): ProductFields {
  const alone = isStandalone({ product });
  return {
    pieces: product === COCKTAIL,
    extras: alone ? [] : EXTRA_CHOICES.filter((extra) => extra !== product),
    guests: !alone,
    delivery: !alone,
    staff: !alone,
    units: unitChoices(product),
  };
}

type Part = "pieces" | "guests" | "delivery" | "staff";

/** The fields each part holds, and their values when the part does not apply (absent from the variant). */
const ABSENT: { readonly [P in Part]: Partial<VariantFields> } = {
  pieces: { pieces: "" },
  guests: { guests: "" },
  delivery: { delivery: "none" },
  staff: { staff: "none" },
};

const PART_FIELDS: { readonly [P in Part]: readonly (keyof VariantFields)[] } = {
  pieces: ["pieces"],
  guests: ["guests"],
  delivery: ["delivery", "zone", "evening", "weekend", "pickup"],
  staff: ["staff", "role", "staffMode", "staffNumber", "hours"],
};

const pick = (fields: VariantFields, keys: readonly (keyof VariantFields)[]): Partial<VariantFields> =>
  Object.fromEntries(keys.map((key) => [key, fields[key]]));

/**
 * The fields once the user picks `product` instead of `fields.product`: a part that applies to both keeps what was
 * typed; a part that now applies starts as on a fresh form; a part that no longer applies is emptied (with its
 * details as on a fresh form). Extras the product cannot take are unticked, and the unit is the product's own.
 */
export function fieldsForProduct(fields: VariantFields, product: string): VariantFields {
  const before = productFields(fields.product);
  const after = productFields(product);
  const parts = (Object.keys(PART_FIELDS) as Part[]).map((part) => {
    if (!after[part]) return { ...pick(DEFAULT_FIELDS, PART_FIELDS[part]), ...ABSENT[part] };
    return pick(before[part] ? fields : DEFAULT_FIELDS, PART_FIELDS[part]);
  });
  return {
    ...fields,
    ...(Object.assign({}, ...parts) as Partial<VariantFields>),
    product,
    extras: fields.extras.filter((extra) => after.extras.includes(extra)),
    unit: after.units[0],
  };
}

// The other way round from variant-fields.ts: a variant (a reading to confirm, a line to correct) as the fields of
// the variant form, so the form opens on what was read and the caterer changes only what is wrong.

import { COCKTAIL, type Variant } from "../core/variant/model";
import type { VariantFields } from "./variant-fields";

/** A number as a form shows it: "3,5" in French, "3.5" in English; blank when absent. */
function numberText(value: number | null | undefined, decimalComma: boolean): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return decimalComma ? text.replace(".", ",") : text;
}

function inclusion(part: { readonly included: boolean } | undefined): VariantFields["delivery"] {
  if (!part) return "none";
  return part.included ? "included" : "excluded";
}

/** The fields that describe `variant`; `variantJson(fieldsOfVariant(v))` reads back as `v`. */
export function fieldsOfVariant(variant: Variant, decimalComma = false): VariantFields {
  const { delivery, staff } = variant;
  const ratio = staff?.per_guests !== undefined && staff.per_guests !== null;
  return {
    product: variant.product,
    pieces: variant.product === COCKTAIL ? numberText(variant.pieces, decimalComma) : "",
    extras: [...variant.extras],
    guests: numberText(variant.guests, decimalComma),
    unit: variant.unit,
    delivery: inclusion(delivery),
    zone: delivery?.zone ?? "",
    evening: delivery?.evening === true,
    weekend: delivery?.weekend === true,
    pickup: delivery?.pickup === true,
    staff: inclusion(staff),
    role: staff?.role ?? "",
    staffMode: ratio || staff?.count === undefined || staff.count === null ? "ratio" : "count",
    staffNumber: numberText(ratio ? staff?.per_guests : staff?.count, decimalComma),
    hours: numberText(staff?.hours, decimalComma),
    basis: variant.basis,
  };
}

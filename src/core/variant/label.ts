import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import { catalogueEntry } from "../grid/catalogue";
import { formatDecimal } from "../money/format";
import { centiHours } from "./check";
import { COCKTAIL, type Delivery, type Staff, type Variant } from "./model";

/**
 * The canonical label of a variant, e.g. "Cocktail 8 pièces + forfait vin, livraison comprise (petite couronne,
 * soirée), base 30 convives". Words come from the catalogue and src/i18n/messages/pricing.ts.
 */
export function variantLabel(variant: Variant, lang: Lang): string {
  const parts = [productLabel(variant, lang) + extrasLabel(variant, lang)];
  const delivery = deliveryLabel(variant.delivery, lang);
  if (delivery) parts.push(delivery);
  const staff = staffLabel(variant, lang);
  if (staff) parts.push(staff);
  if (variant.guests !== undefined)
    parts.push(t(lang, `variant.label.guests.${guestsWord(variant)}`, { guests: variant.guests }));
  return parts.join(", ");
}

function guestsWord(variant: Variant): "plateau" | "prestation" | "personne" {
  return variant.unit === "plateau" || variant.unit === "prestation" ? variant.unit : "personne";
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("fr") + text.slice(1);
}

function productLabel(variant: Variant, lang: Lang): string {
  if (variant.product === COCKTAIL)
    return t(lang, "variant.label.cocktail", { pieces: variant.pieces ?? "?" });
  return catalogueEntry(variant.product)?.label[lang] ?? variant.product;
}

function extrasLabel(variant: Variant, lang: Lang): string {
  return variant.extras.map((id) => ` + ${lowerFirst(catalogueEntry(id)?.label[lang] ?? id)}`).join("");
}

function deliveryLabel(delivery: Delivery | undefined, lang: Lang): string | null {
  if (!delivery) return null;
  if (!delivery.included) return t(lang, "variant.label.delivery.excluded");
  const details = [
    delivery.zone ? t(lang, `variant.label.zone.${delivery.zone}`) : null,
    delivery.evening ? t(lang, "variant.label.evening") : null,
    delivery.weekend ? t(lang, "variant.label.weekend") : null,
    delivery.pickup ? t(lang, "variant.label.pickup") : null,
  ].filter((detail): detail is string => detail !== null);
  return t(lang, "variant.label.delivery.included", { details: details.join(", ") });
}

function staffLabel(variant: Variant, lang: Lang): string | null {
  const staff: Staff | undefined = variant.staff;
  if (!staff) return null;
  if (!staff.included) return t(lang, "variant.label.staff.excluded");
  const count = staff.count ?? 1;
  const role = staff.role ? t(lang, `variant.label.role.${staff.role}.${count > 1 ? "many" : "one"}`) : "?";
  const hours = typeof staff.hours === "number" ? formatDecimal(centiHours(staff.hours), 100, lang) : "?";
  const key = staff.count != null ? "variant.label.staff.count" : "variant.label.staff.ratio";
  return t(lang, key, { role, count, perGuests: staff.per_guests ?? "?", hours });
}

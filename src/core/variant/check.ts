import type { Finding } from "../findings";
import { scaledFromNumber } from "../money/decimal";
import { catalogueEntry } from "../grid/catalogue";
import { variantFinding } from "./findings";
import { COCKTAIL, STAFF_ROLES, VARIANT_UNITS, ZONES, type Variant } from "./model";
import { UNITS_FOR, isPerPersonLine, isStandalone, priceLine, productUnit } from "./product";

/**
 * The rules of a variant that need no grid: a known product, pieces for a cocktail, per-person extras, a unit
 * that fits the product, guests where something is spread or multiplied, a zone, a staff count and hours.
 */
export function checkVariant(variant: Variant): Finding[] {
  return [
    ...checkProduct(variant),
    ...checkExtras(variant),
    ...checkGuests(variant),
    ...checkDelivery(variant),
    ...checkStaff(variant),
  ];
}

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 1;

function checkProduct(variant: Variant): Finding[] {
  const { product, pieces, unit } = variant;
  if (product === COCKTAIL) {
    if (pieces === undefined) return [variantFinding("variant.pieces.missing", "error", "pieces")];
    if (!isPositiveInteger(pieces) || pieces > 100)
      return [variantFinding("variant.pieces.invalid", "error", "pieces", { value: String(pieces) })];
  } else {
    const item = catalogueEntry(product);
    if (!item)
      return [variantFinding("variant.product.unknown", "error", "product", { value: product }, product)];
    if (!priceLine(product))
      return [
        variantFinding("variant.product.notPriceLine", "error", "product", { value: product }, product),
      ];
    if (pieces !== undefined)
      return [variantFinding("variant.pieces.unexpected", "error", "pieces", { value: product }, product)];
  }
  const productUnits = UNITS_FOR[productUnit(variant) ?? "personne"];
  if (!VARIANT_UNITS.includes(unit))
    return [variantFinding("variant.unit.unknown", "error", "unit", { value: String(unit) })];
  if (!productUnits.includes(unit))
    return [
      variantFinding(
        "variant.unit.mismatch",
        "error",
        "unit",
        { value: unit, product, units: productUnits.join(", ") },
        product,
      ),
    ];
  return [];
}

function checkExtras(variant: Variant): Finding[] {
  const findings: Finding[] = [];
  if (variant.extras.length > 0 && isStandalone(variant))
    return [
      variantFinding(
        "variant.extras.standalone",
        "error",
        "extras",
        { product: variant.product },
        variant.product,
      ),
    ];
  variant.extras.forEach((id, index) => {
    const path = `extras[${index}]`;
    const item = priceLine(id);
    if (!catalogueEntry(id))
      findings.push(variantFinding("variant.extra.unknown", "error", path, { value: id }, id));
    else if (!isPerPersonLine(item))
      findings.push(variantFinding("variant.extra.notPerPerson", "error", path, { value: id }, id));
    else if (variant.extras.indexOf(id) !== index)
      findings.push(variantFinding("variant.extra.duplicate", "error", path, { value: id }, id));
    else if (id === variant.product)
      findings.push(variantFinding("variant.extra.isProduct", "error", path, { value: id }, id));
  });
  return findings;
}

/** Guests are needed to multiply (prestation), to spread included delivery/staff, and for a staff ratio. */
function needsGuests(variant: Variant): boolean {
  if (isStandalone(variant)) return false;
  const spreads = variant.delivery?.included === true || variant.staff?.included === true;
  return variant.unit === "prestation" || spreads;
}

function checkGuests(variant: Variant): Finding[] {
  const { guests } = variant;
  if (guests !== undefined && !isPositiveInteger(guests))
    return [variantFinding("variant.guests.invalid", "error", "guests", { value: String(guests) })];
  if (guests === undefined && needsGuests(variant))
    return [variantFinding("variant.guests.missing", "error", "guests")];
  return [];
}

function checkDelivery(variant: Variant): Finding[] {
  const delivery = variant.delivery;
  if (!delivery?.included) return [];
  if (isStandalone(variant))
    return [
      variantFinding(
        "variant.eventCosts.standalone",
        "error",
        "delivery",
        { product: variant.product },
        variant.product,
      ),
    ];
  if (delivery.zone === undefined) return [variantFinding("variant.zone.missing", "error", "delivery.zone")];
  if (!ZONES.includes(delivery.zone))
    return [
      variantFinding("variant.zone.unknown", "error", "delivery.zone", {
        value: String(delivery.zone),
        zones: ZONES.join(", "),
      }),
    ];
  return [];
}

function checkStaff(variant: Variant): Finding[] {
  const staff = variant.staff;
  if (!staff?.included) return [];
  if (isStandalone(variant))
    return [
      variantFinding(
        "variant.eventCosts.standalone",
        "error",
        "staff",
        { product: variant.product },
        variant.product,
      ),
    ];
  const findings: Finding[] = [];
  if (staff.role === undefined || !STAFF_ROLES.includes(staff.role))
    findings.push(
      variantFinding("variant.staff.role", "error", "staff.role", {
        value: String(staff.role ?? ""),
        roles: STAFF_ROLES.join(", "),
      }),
    );
  findings.push(...checkStaffCount(staff.count ?? null, staff.per_guests ?? null));
  if (!validHours(staff.hours))
    findings.push(
      variantFinding("variant.staff.hours", "error", "staff.hours", { value: String(staff.hours ?? "") }),
    );
  return findings;
}

function checkStaffCount(count: number | null, perGuests: number | null): Finding[] {
  if (count !== null && !isPositiveInteger(count))
    return [variantFinding("variant.staff.count", "error", "staff.count", { value: String(count) })];
  if (perGuests !== null && !isPositiveInteger(perGuests))
    return [
      variantFinding("variant.staff.perGuests", "error", "staff.per_guests", { value: String(perGuests) }),
    ];
  if (count === null && perGuests === null)
    return [variantFinding("variant.staff.countMissing", "error", "staff.count")];
  if (count !== null && perGuests !== null)
    return [variantFinding("variant.staff.countAmbiguous", "error", "staff.count")];
  return [];
}

/** Hours per staff member: more than 0, at most 24, at most 2 decimals. */
export function validHours(hours: unknown): hours is number {
  if (typeof hours !== "number") return false;
  const scaled = scaledFromNumber(hours, 2, 2400);
  return scaled.ok && scaled.value > 0;
}

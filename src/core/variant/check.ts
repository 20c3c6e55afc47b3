import type { Finding } from "../findings";
import { scaledFromNumber } from "../money/decimal";
import { catalogueEntry, type CatalogueEntry } from "../grid/catalogue";
import type {
  CheckedDelivery,
  CheckedStaff,
  CheckedVariant,
  EventCosts,
  Headcount,
  ServiceProduct,
} from "./checked";
import { variantFinding } from "./findings";
import { COCKTAIL, STAFF_ROLES, VARIANT_UNITS, ZONES, type Variant } from "./model";
import { UNITS_FOR, isPerPersonLine, isStandalone, priceLine, productUnit } from "./product";

export interface CheckResult {
  /** The variant in checked form, or null when it breaks a rule (the findings say which). */
  readonly variant: CheckedVariant | null;
  readonly findings: Finding[];
}

/**
 * The rules of a variant that need no grid: a known product, pieces for a cocktail, per-person extras, a unit
 * that fits the product, guests where something is spread or multiplied, a zone, a staff count and hours.
 */
export function checkVariant(variant: Variant): Finding[] {
  return checkedVariant(variant).findings;
}

/** Every rule break of a variant, or the variant in the checked form pricing reads (no field left to guess). */
export function checkedVariant(variant: Variant): CheckResult {
  const product = checkProduct(variant);
  const extras = checkExtras(variant);
  const guests = checkGuests(variant);
  const delivery = checkDelivery(variant);
  const staff = checkStaff(variant);
  const findings = [product, extras, guests, delivery, staff].flatMap((part) => part.findings);
  if (
    product.value === undefined ||
    extras.value === undefined ||
    guests.value === undefined ||
    delivery.value === undefined ||
    staff.value === undefined
  )
    return { variant: null, findings };
  const costs = { delivery: delivery.value, staff: staff.value };
  const checked = assemble(variant, product.value, extras.value, guests.value, costs);
  return checked.value ? { variant: checked.value, findings } : { variant: null, findings: checked.findings };
}

/** A checked piece of a variant: its typed value, or the findings saying why there is none. */
interface Part<T> {
  readonly findings: Finding[];
  readonly value?: T;
}

const ok = <T>(value: T): Part<T> => ({ findings: [], value });
const fail = (...findings: Finding[]): Part<never> => ({ findings });

const SERVICE_UNITS = ["personne", "plateau", "prestation"] as const;
type ServiceUnit = (typeof SERVICE_UNITS)[number];
const isServiceUnit = (unit: string): unit is ServiceUnit => SERVICE_UNITS.some((one) => one === unit);

type ProductShape =
  | { readonly kind: "standalone"; readonly line: CatalogueEntry }
  | { readonly kind: "service"; readonly product: ServiceProduct; readonly unit: ServiceUnit };

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 1;

const guestsMissing = () => variantFinding("variant.guests.missing", "error", "guests");

/** The kind of line a checked variant is, from its parts. The guests are there when checkGuests needs them. */
function assemble(
  variant: Variant,
  shape: ProductShape,
  extras: readonly CatalogueEntry[],
  guests: number | null,
  costs: EventCosts,
): Part<CheckedVariant> {
  const basis = variant.basis;
  if (shape.kind === "standalone")
    return ok({ kind: "standalone", line: shape.line, unit: variant.unit, basis });
  const service = { product: shape.product, extras, basis };
  if (shape.unit === "prestation")
    return guests === null ? fail(guestsMissing()) : ok({ kind: "prestation", ...service, guests, costs });
  const unit = shape.unit;
  if (costs.delivery === null && costs.staff === null)
    return ok({ kind: "perPerson", ...service, unit, spread: null });
  if (guests === null) return fail(guestsMissing());
  return ok({ kind: "perPerson", ...service, unit, spread: { guests, costs } });
}

function soldProduct(variant: Variant): Part<ServiceProduct> {
  const { product, pieces } = variant;
  if (product === COCKTAIL) {
    if (pieces === undefined) return fail(variantFinding("variant.pieces.missing", "error", "pieces"));
    if (!isPositiveInteger(pieces) || pieces > 100)
      return fail(variantFinding("variant.pieces.invalid", "error", "pieces", { value: String(pieces) }));
    return ok({ kind: "cocktail", pieces });
  }
  if (!catalogueEntry(product))
    return fail(variantFinding("variant.product.unknown", "error", "product", { value: product }, product));
  const line = priceLine(product);
  if (!line)
    return fail(
      variantFinding("variant.product.notPriceLine", "error", "product", { value: product }, product),
    );
  if (pieces !== undefined)
    return fail(variantFinding("variant.pieces.unexpected", "error", "pieces", { value: product }, product));
  return ok({ kind: "line", line });
}

function checkProduct(variant: Variant): Part<ProductShape> {
  const sold = soldProduct(variant);
  if (sold.value === undefined) return fail(...sold.findings);
  const { product, unit } = variant;
  const productUnits = UNITS_FOR[productUnit(variant) ?? "personne"];
  if (!VARIANT_UNITS.includes(unit))
    return fail(variantFinding("variant.unit.unknown", "error", "unit", { value: String(unit) }));
  const mismatch = variantFinding(
    "variant.unit.mismatch",
    "error",
    "unit",
    { value: unit, product, units: productUnits.join(", ") },
    product,
  );
  if (!productUnits.includes(unit)) return fail(mismatch);
  if (sold.value.kind === "line" && !isPerPersonLine(sold.value.line))
    return ok({ kind: "standalone", line: sold.value.line });
  // Per-person products are sold in the service units only (UNITS_FOR): the guard says so to the compiler.
  return isServiceUnit(unit) ? ok({ kind: "service", product: sold.value, unit }) : fail(mismatch);
}

function checkExtras(variant: Variant): Part<readonly CatalogueEntry[]> {
  if (variant.extras.length > 0 && isStandalone(variant))
    return fail(
      variantFinding(
        "variant.extras.standalone",
        "error",
        "extras",
        { product: variant.product },
        variant.product,
      ),
    );
  const findings: Finding[] = [];
  const extras: CatalogueEntry[] = [];
  variant.extras.forEach((id, index) => {
    const path = `extras[${index}]`;
    const item = priceLine(id);
    if (!catalogueEntry(id))
      findings.push(variantFinding("variant.extra.unknown", "error", path, { value: id }, id));
    else if (!item || !isPerPersonLine(item))
      findings.push(variantFinding("variant.extra.notPerPerson", "error", path, { value: id }, id));
    else if (variant.extras.indexOf(id) !== index)
      findings.push(variantFinding("variant.extra.duplicate", "error", path, { value: id }, id));
    else if (id === variant.product)
      findings.push(variantFinding("variant.extra.isProduct", "error", path, { value: id }, id));
    else extras.push(item);
  });
  return findings.length > 0 ? fail(...findings) : ok(extras);
}

/** Guests are needed to multiply (prestation), to spread included delivery/staff, and for a staff ratio. */
function needsGuests(variant: Variant): boolean {
  if (isStandalone(variant)) return false;
  const spreads = variant.delivery?.included === true || variant.staff?.included === true;
  return variant.unit === "prestation" || spreads;
}

function checkGuests(variant: Variant): Part<number | null> {
  const { guests } = variant;
  if (guests !== undefined && !isPositiveInteger(guests))
    return fail(variantFinding("variant.guests.invalid", "error", "guests", { value: String(guests) }));
  if (guests === undefined && needsGuests(variant)) return fail(guestsMissing());
  return ok(guests ?? null);
}

const standaloneCosts = (variant: Variant, field: string) =>
  variantFinding(
    "variant.eventCosts.standalone",
    "error",
    field,
    { product: variant.product },
    variant.product,
  );

function checkDelivery(variant: Variant): Part<CheckedDelivery | null> {
  const delivery = variant.delivery;
  if (!delivery?.included) return ok(null);
  if (isStandalone(variant)) return fail(standaloneCosts(variant, "delivery"));
  const zone = delivery.zone;
  if (zone === undefined) return fail(variantFinding("variant.zone.missing", "error", "delivery.zone"));
  if (!ZONES.includes(zone))
    return fail(
      variantFinding("variant.zone.unknown", "error", "delivery.zone", {
        value: String(zone),
        zones: ZONES.join(", "),
      }),
    );
  const flag = (value: boolean | undefined) => value === true;
  return ok({
    zone,
    evening: flag(delivery.evening),
    weekend: flag(delivery.weekend),
    pickup: flag(delivery.pickup),
  });
}

function checkStaff(variant: Variant): Part<CheckedStaff | null> {
  const staff = variant.staff;
  if (!staff?.included) return ok(null);
  if (isStandalone(variant)) return fail(standaloneCosts(variant, "staff"));
  const findings: Finding[] = [];
  const role = staff.role !== undefined && STAFF_ROLES.includes(staff.role) ? staff.role : null;
  if (role === null)
    findings.push(
      variantFinding("variant.staff.role", "error", "staff.role", {
        value: String(staff.role ?? ""),
        roles: STAFF_ROLES.join(", "),
      }),
    );
  const headcount = checkHeadcount(staff.count ?? null, staff.per_guests ?? null);
  findings.push(...headcount.findings);
  const centiHours = centiHoursOf(staff.hours);
  if (centiHours === null)
    findings.push(
      variantFinding("variant.staff.hours", "error", "staff.hours", { value: String(staff.hours ?? "") }),
    );
  if (role === null || headcount.value === undefined || centiHours === null) return fail(...findings);
  return ok({ role, centiHours, headcount: headcount.value });
}

function checkHeadcount(count: number | null, perGuests: number | null): Part<Headcount> {
  if (count !== null && !isPositiveInteger(count))
    return fail(variantFinding("variant.staff.count", "error", "staff.count", { value: String(count) }));
  if (perGuests !== null && !isPositiveInteger(perGuests))
    return fail(
      variantFinding("variant.staff.perGuests", "error", "staff.per_guests", { value: String(perGuests) }),
    );
  if (count !== null)
    return perGuests === null
      ? ok({ kind: "count", count })
      : fail(variantFinding("variant.staff.countAmbiguous", "error", "staff.count"));
  if (perGuests !== null) return ok({ kind: "ratio", perGuests });
  return fail(variantFinding("variant.staff.countMissing", "error", "staff.count"));
}

/** Hours per staff member in hundredths (3.5 → 350): more than 0, at most 24, at most 2 decimals; else null. */
function centiHoursOf(hours: unknown): number | null {
  if (typeof hours !== "number") return null;
  const scaled = scaledFromNumber(hours, 2, 2400);
  return scaled.ok && scaled.value > 0 ? scaled.value : null;
}

/** Hours per staff member: more than 0, at most 24, at most 2 decimals. */
export function validHours(hours: unknown): hours is number {
  return centiHoursOf(hours) !== null;
}

/** Hours as hundredths (3.5 → 350); validity was checked with the variant. */
export function centiHours(hours: number): number {
  const scaled = scaledFromNumber(hours, 2, 2400);
  if (!scaled.ok) throw new RangeError(`invalid hours ${hours}`);
  return scaled.value;
}

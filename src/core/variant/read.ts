import { hasErrors, type Finding } from "../findings";
import { checkVariant } from "./check";
import { variantFinding } from "./findings";
import { BASES, type Basis, type Delivery, type Staff, type Variant, type VariantUnit } from "./model";
import { defaultUnit } from "./product";

export interface VariantReadResult {
  /** null when the variant has an error: it cannot be priced. */
  readonly variant: Variant | null;
  readonly findings: Finding[];
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const VARIANT_KEYS = ["product", "pieces", "extras", "guests", "unit", "delivery", "staff", "basis"];
const DELIVERY_KEYS = ["included", "zone", "evening", "weekend", "pickup"];
const STAFF_KEYS = ["included", "role", "count", "per_guests", "hours"];

/**
 * A variant from JSON (section 4). Absent `extras` = none, absent `unit` = the product's, absent `basis` = HT;
 * `delivery` and `staff` absent = not part of the line. Unknown fields and every rule break are errors: the
 * line is not priced rather than priced as another line.
 */
export function readVariant(value: unknown): VariantReadResult {
  if (!isObject(value))
    return { variant: null, findings: [variantFinding("variant.notObject", "error", "")] };
  const findings: Finding[] = unknownFields(value, VARIANT_KEYS, "");
  const product = value.product;
  if (typeof product !== "string" || product.trim() === "")
    return {
      variant: null,
      findings: [...findings, variantFinding("variant.product.missing", "error", "product")],
    };
  const variant: Variant = {
    product: product.trim(),
    ...optional("pieces", value.pieces),
    extras: readExtras(value.extras, findings),
    ...optional("guests", value.guests),
    unit: (value.unit ?? defaultUnit(product.trim()) ?? "personne") as VariantUnit,
    ...optionalObject("delivery", readDelivery(value.delivery, findings)),
    ...optionalObject("staff", readStaff(value.staff, findings)),
    basis: readBasis(value.basis, findings),
  };
  if (hasErrors(findings)) return { variant: null, findings };
  const checked = checkVariant(variant);
  return { variant: hasErrors(checked) ? null : variant, findings: [...findings, ...checked] };
}

function optional<K extends string>(key: K, raw: unknown): Partial<Record<K, number>> {
  return raw === undefined || raw === null ? {} : ({ [key]: raw } as Record<K, number>);
}

function optionalObject<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

// An unknown field is an error, not a warning: "soir": true or "delivry": {…} ignored would price a different
// line than the one asked for, and a wrong price is worse than none.
function unknownFields(object: JsonObject, known: readonly string[], prefix: string): Finding[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .map((key) => variantFinding("variant.unknownField", "error", prefix + key, { known: known.join(", ") }));
}

function readExtras(raw: unknown, findings: Finding[]): readonly string[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw) && raw.every((id) => typeof id === "string"))
    return raw.map((id: string) => id.trim());
  findings.push(variantFinding("variant.extras.invalid", "error", "extras", { value: JSON.stringify(raw) }));
  return [];
}

function readBasis(raw: unknown, findings: Finding[]): Basis {
  if (raw === undefined || raw === null) return "HT";
  if (BASES.includes(raw as Basis)) return raw as Basis;
  findings.push(variantFinding("variant.basis.invalid", "error", "basis", { value: JSON.stringify(raw) }));
  return "HT";
}

/** `included` must be a boolean; flags default to false. */
function readIncluded(raw: JsonObject, field: string, findings: Finding[]): boolean | undefined {
  if (typeof raw.included === "boolean") return raw.included;
  findings.push(
    variantFinding("variant.included.invalid", "error", `${field}.included`, {
      value: JSON.stringify(raw.included),
    }),
  );
  return undefined;
}

function readFlag(raw: JsonObject, key: string, field: string, findings: Finding[]): boolean {
  const value = raw[key];
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  findings.push(
    variantFinding("variant.flag.invalid", "error", `${field}.${key}`, { value: JSON.stringify(value) }),
  );
  return false;
}

function readDelivery(raw: unknown, findings: Finding[]): Delivery | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    findings.push(variantFinding("variant.section.invalid", "error", "delivery"));
    return undefined;
  }
  findings.push(...unknownFields(raw, DELIVERY_KEYS, "delivery."));
  const included = readIncluded(raw, "delivery", findings);
  if (!included) return included === undefined ? undefined : { included: false };
  return {
    included: true,
    ...(raw.zone === undefined || raw.zone === null ? {} : { zone: raw.zone as Delivery["zone"] }),
    evening: readFlag(raw, "evening", "delivery", findings),
    weekend: readFlag(raw, "weekend", "delivery", findings),
    pickup: readFlag(raw, "pickup", "delivery", findings),
  };
}

function readStaff(raw: unknown, findings: Finding[]): Staff | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    findings.push(variantFinding("variant.section.invalid", "error", "staff"));
    return undefined;
  }
  findings.push(...unknownFields(raw, STAFF_KEYS, "staff."));
  const included = readIncluded(raw, "staff", findings);
  if (!included) return included === undefined ? undefined : { included: false };
  return {
    included: true,
    ...(raw.role === undefined || raw.role === null ? {} : { role: raw.role as Staff["role"] }),
    count: (raw.count ?? null) as number | null,
    per_guests: (raw.per_guests ?? null) as number | null,
    ...(raw.hours === undefined || raw.hours === null ? {} : { hours: raw.hours as number }),
  };
}

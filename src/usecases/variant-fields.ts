import type { Finding } from "../core/findings";
import { PRICE_LINE_ENTRIES, catalogueEntry, type Grid } from "../core/grid";
import { formatEuros } from "../core/money";
import { priceVariant, renderBreakdown } from "../core/pricing";
import {
  COCKTAIL,
  COMMON_EXTRAS,
  STAFF_ROLES,
  UNITS_FOR,
  ZONES,
  productUnit,
  readVariant,
  variantLabel,
  type StaffRole,
  type VariantUnit,
  type Zone,
} from "../core/variant";
import { idLocation } from "../core/template";
import type { WorkbookSnapshot } from "../core/workbook";
import type { Lang } from "../i18n";

// Price a variant described by a form's fields (the task pane's, the web page's): the fields become the standard's
// variant JSON (section 4), read and priced by the core exactly as the CLI does, and the answer comes back in the
// reader's words. The choices a form offers (products, extras, zones, roles, units) come from the standard here.

/** What the form's controls hold, as typed by the user (numbers as text). */
export interface VariantFields {
  readonly product: string;
  readonly pieces: string;
  readonly extras: readonly string[];
  readonly guests: string;
  readonly unit: string;
  readonly delivery: "none" | "included" | "excluded";
  readonly zone: string;
  readonly evening: boolean;
  readonly weekend: boolean;
  readonly pickup: boolean;
  readonly staff: "none" | "included" | "excluded";
  readonly role: string;
  /** "ratio": one per `staffNumber` guests; "count": `staffNumber` people. */
  readonly staffMode: "ratio" | "count";
  readonly staffNumber: string;
  readonly hours: string;
  /** "HT" (default) or "TTC": the basis the buyer asks prices in. */
  readonly basis?: string;
}

/** Products offered in the form: a cocktail by pieces, then every price line but the cocktail ones. */
export const PRODUCT_CHOICES: readonly string[] = [
  COCKTAIL,
  ...PRICE_LINE_ENTRIES.filter((item) => item.section !== "cocktail").map((item) => item.id),
];

export const EXTRA_CHOICES: readonly string[] = COMMON_EXTRAS;

export const ZONE_CHOICES: readonly Zone[] = ZONES;
export const ROLE_CHOICES: readonly StaffRole[] = STAFF_ROLES;

/** The units a product can be sold in, its own first. */
export function unitChoices(product: string): readonly VariantUnit[] {
  const unit = productUnit({ product });
  return unit ? UNITS_FOR[unit] : UNITS_FOR.personne;
}

/** A product's name in `lang` (the catalogue's label; the cocktail's is a message of the pane). */
export function productName(id: string, lang: Lang): string | null {
  return catalogueEntry(id)?.label[lang] ?? null;
}

/** "3,5" or "3.5" → 3.5; blank → undefined; anything else is passed as typed, for the core to name it. */
function numberField(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : trimmed;
}

function deliveryJson(fields: VariantFields): Record<string, unknown> | undefined {
  if (fields.delivery === "none") return undefined;
  if (fields.delivery === "excluded") return { included: false };
  const { zone, evening, weekend, pickup } = fields;
  return { included: true, ...(zone === "" ? {} : { zone }), evening, weekend, pickup };
}

function staffJson(fields: VariantFields): Record<string, unknown> | undefined {
  if (fields.staff === "none") return undefined;
  if (fields.staff === "excluded") return { included: false };
  const number = numberField(fields.staffNumber);
  return {
    included: true,
    ...(fields.role === "" ? {} : { role: fields.role }),
    count: fields.staffMode === "count" ? (number ?? null) : null,
    per_guests: fields.staffMode === "ratio" ? (number ?? null) : null,
    hours: numberField(fields.hours),
  };
}

/** The variant JSON (section 4) the fields describe; absent parts are left out, as a user would write it. */
export function variantJson(fields: VariantFields): Record<string, unknown> {
  const json: Record<string, unknown> = {
    product: fields.product,
    pieces: fields.product === COCKTAIL ? numberField(fields.pieces) : undefined,
    extras: fields.extras,
    guests: numberField(fields.guests),
    unit: fields.unit,
    delivery: deliveryJson(fields),
    staff: staffJson(fields),
    basis: fields.basis,
  };
  return Object.fromEntries(Object.entries(json).filter(([, value]) => value !== undefined));
}

export type PriceOutcome =
  | {
      readonly ok: true;
      readonly label: string;
      readonly ht: string;
      readonly ttc: string;
      readonly unit: VariantUnit;
      readonly steps: readonly string[];
    }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** Reads the fields as a variant and prices it from `grid`: the price and its breakdown, or why it cannot be. */
export function priceFields(grid: Grid, fields: VariantFields, lang: Lang): PriceOutcome {
  const read = readVariant(variantJson(fields));
  if (!read.variant) return { ok: false, findings: read.findings.filter((f) => f.severity === "error") };
  const result = priceVariant(grid, read.variant);
  if (!result.ok) return { ok: false, findings: [result.finding] };
  return {
    ok: true,
    label: variantLabel(read.variant, lang),
    ht: formatEuros(result.ht, lang),
    ttc: formatEuros(result.ttc, lang),
    unit: read.variant.unit,
    steps: renderBreakdown(result.breakdown, lang),
  };
}

/**
 * Findings about the grid (a price missing for this variant) pointed at their cell in the workbook the grid was
 * read from, so a face can take the caterer there. Findings about the variant itself are left as they are.
 */
export function locateInWorkbook(findings: readonly Finding[], snapshot: WorkbookSnapshot): Finding[] {
  return findings.map((finding) => {
    // A grid finding names its price line as its place; a variant finding names a field of the variant.
    if (finding.location?.cell || !finding.id || finding.location?.path !== finding.id) return finding;
    const location = idLocation(snapshot, finding.id);
    return location ? { ...finding, location: { ...finding.location, ...location } } : finding;
  });
}

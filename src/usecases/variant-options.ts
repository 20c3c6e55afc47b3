// A variant described by plain words (the CLI's options: --product cocktail --pieces 8 --zone "petite couronne"…)
// read into the same fields as the pane's form, then into the standard's variant JSON by variantJson: one
// translation for every face. Values are matched whatever their case and accents, by id or by label in either
// language; a value that matches nothing is passed on as typed, for the core to name it.

import { PRICE_LINE_ENTRIES, catalogueEntry } from "../core/grid";
import { BASES, STAFF_ROLES, VARIANT_UNITS, ZONES, isPerPersonLine } from "../core/variant";
import { LANGS, t, type MessageKey } from "../i18n";
import {
  EXTRA_CHOICES,
  PRODUCT_CHOICES,
  unitChoices,
  variantJson,
  type VariantFields,
} from "./variant-fields";

/** The options as typed; absent ones are undefined. Numbers stay text (the core checks them). */
export interface VariantOptions {
  readonly product?: string;
  readonly pieces?: string;
  readonly guests?: string;
  readonly per?: string;
  readonly delivery?: string;
  readonly zone?: string;
  readonly evening?: boolean;
  readonly weekend?: boolean;
  readonly pickup?: boolean;
  readonly extras?: readonly string[];
  /** A role (serveur, "maître d'hôtel"…), or "excluded"/"en sus" for staff billed elsewhere. */
  readonly staff?: string;
  readonly staffPerGuests?: string;
  readonly staffCount?: string;
  readonly staffHours?: string;
  readonly basis?: string;
}

/** "Petite-Couronne", "PETITE_COURONNE" → "petite_couronne"; "plateau.classique" → "plateau_classique". */
export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** The value whose id or any of whose names normalizes like `typed`; else `typed` as it was. */
function match(
  typed: string,
  choices: readonly { readonly id: string; readonly names: readonly string[] }[],
) {
  const wanted = normalizeWord(typed);
  const found = choices.find((choice) =>
    [choice.id, ...choice.names].some((name) => normalizeWord(name) === wanted),
  );
  return found?.id ?? typed.trim();
}

const labelled = (
  ids: readonly string[],
  key: (id: string) => MessageKey | null,
  extra: (id: string) => string[] = () => [],
) =>
  ids.map((id) => {
    const messageKey = key(id);
    return { id, names: [...(messageKey ? LANGS.map((lang) => t(lang, messageKey)) : []), ...extra(id)] };
  });

const catalogueNames = (id: string): string[] => {
  const entry = catalogueEntry(id);
  return entry ? LANGS.map((lang) => entry.label[lang]) : [];
};

const PRODUCTS = labelled(PRODUCT_CHOICES, () => null, catalogueNames);
const EXTRAS = labelled(
  PRICE_LINE_ENTRIES.filter((item) => isPerPersonLine(item)).map((item) => item.id),
  () => null,
  catalogueNames,
);
const ZONE_WORDS = labelled(ZONES, (zone) => `variant.label.zone.${zone}` as MessageKey);
const ROLE_WORDS = labelled(STAFF_ROLES, (role) => `variant.label.role.${role}.one` as MessageKey);
const UNIT_WORDS = labelled(
  VARIANT_UNITS,
  (unit) => `pricing.unit.${unit}` as MessageKey,
  (unit) => [unit === "personne" ? "person" : unit === "plateau" ? "tray" : unit === "unite" ? "unit" : unit],
);
/** Words for "included" and "billed elsewhere", in both languages. */
const INCLUSION = [
  { id: "included", names: ["comprise", "compris", "incluse", "inclus", "oui", "yes"] },
  { id: "excluded", names: ["en sus", "en_sus", "exclue", "exclu", "non", "no"] },
] as const;

/** Choices a face can list in its help: products, per-person extras, zones, units, staff roles (ids). */
export const OPTION_CHOICES = {
  products: PRODUCTS.map((choice) => choice.id),
  /** The usual ones (the pane's); any per-person line is accepted. */
  extras: EXTRA_CHOICES,
  zones: ZONES,
  units: VARIANT_UNITS,
  roles: STAFF_ROLES,
  bases: BASES,
} as const;

function inclusion(typed: string | undefined): VariantFields["delivery"] {
  if (typed === undefined) return "none";
  const found = match(typed, INCLUSION);
  return found === "included" || found === "excluded" ? found : "included";
}

/** The form's fields the options describe (what a user would have chosen in the pane). */
export function fieldsFromOptions(options: VariantOptions): VariantFields {
  const product = match(options.product ?? "", PRODUCTS);
  const staffWord = options.staff === undefined ? undefined : match(options.staff, INCLUSION);
  // A staff number or duration without --staff still asks for staff: the core then names the missing role.
  const staffAsked =
    options.staff !== undefined ||
    [options.staffPerGuests, options.staffCount, options.staffHours].some((value) => value !== undefined);
  const staffIncluded = staffAsked && staffWord !== "excluded";
  const perGuests = options.staffPerGuests;
  return {
    product,
    pieces: options.pieces ?? "",
    extras: (options.extras ?? []).map((extra) => match(extra, EXTRAS)),
    guests: options.guests ?? "",
    unit:
      options.per === undefined ? (unitChoices(product)[0] ?? "personne") : match(options.per, UNIT_WORDS),
    delivery:
      options.zone !== undefined && options.delivery === undefined ? "included" : inclusion(options.delivery),
    zone: options.zone === undefined ? "" : match(options.zone, ZONE_WORDS),
    evening: options.evening === true,
    weekend: options.weekend === true,
    pickup: options.pickup === true,
    staff: !staffAsked ? "none" : staffIncluded ? "included" : "excluded",
    role: staffIncluded && options.staff !== undefined ? match(options.staff, ROLE_WORDS) : "",
    staffMode: perGuests !== undefined || options.staffCount === undefined ? "ratio" : "count",
    staffNumber: perGuests ?? options.staffCount ?? "",
    hours: options.staffHours ?? "",
    ...(options.basis === undefined ? {} : { basis: options.basis.trim().toUpperCase() }),
  };
}

/** The standard's variant JSON (section 4) the options describe, exactly as the pane's form would build it. */
export function variantFromOptions(options: VariantOptions): Record<string, unknown> {
  return variantJson(fieldsFromOptions(options));
}

/** True when at least one option describes a variant (the face then builds it instead of reading JSON). */
export function hasVariantOptions(options: VariantOptions): boolean {
  return Object.values(options).some(
    (value) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0),
  );
}

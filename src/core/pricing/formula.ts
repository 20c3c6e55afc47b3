import {
  COCKTAIL_PIECES,
  VAT_CATEGORIES,
  catalogueEntry,
  standaloneVat,
  type VatCategory,
} from "../grid/catalogue";
import { hasErrors } from "../findings";
import { checkVariant } from "../variant/check";
import { COCKTAIL, type Basis, type Variant } from "../variant/model";
import { isStandalone, priceLine } from "../variant/product";
import { FRANCO_ID, MINIMUM_HOURS_ID, SURCHARGES } from "./event-costs";
import { PIECE_ID, formulaId } from "./product";

/**
 * R8: the Excel formula (without "=") that computes a variant's price from the template's named cells, giving the
 * same cents as priceVariant on the same grid. Blank (non-number) price cells are "not offered" exactly as in the
 * engine; a variant that cannot be priced evaluates to #N/A (NA()), never to a number.
 */
export interface FormulaOptions {
  /** HT or TTC; the variant's basis by default. */
  readonly basis?: Basis;
  /** The defined name of a catalogue id; the catalogue's `excelName` by default. */
  readonly nameOf?: (id: string) => string;
}

interface Names {
  (id: string): string;
}

const NOT_PRICEABLE = "NA()";

function defaultName(id: string): string {
  const item = catalogueEntry(id);
  if (!item) throw new RangeError(`not an id of the standard: ${id}`);
  return item.excelName;
}

/** A price cell that must be offered: its value, or #N/A when blank or not a number. */
function required(name: string): string {
  return `IF(ISNUMBER(${name}),${name},${NOT_PRICEABLE})`;
}

function round2(expression: string): string {
  return `ROUND(${expression},2)`;
}

/** Decimal literal of a number as Excel reads it (JavaScript's shortest form, no exponent for our ranges). */
function literal(value: number): string {
  return String(value);
}

/** R1 in Excel: the formula N if a number, else the largest priced formula M < N plus (N − M) × piece price. */
function cocktailExpression(pieces: number, names: Names): string {
  const below = COCKTAIL_PIECES.filter((count) => count < pieces).reverse();
  const piece = names(PIECE_ID);
  const chain = below.reduceRight((otherwise, base) => {
    const name = names(formulaId(base));
    return `IF(ISNUMBER(${name}),${name}+${pieces - base}*${piece},${otherwise})`;
  }, NOT_PRICEABLE);
  const fallback = below.length === 0 ? NOT_PRICEABLE : `IF(ISNUMBER(${piece}),${chain},${NOT_PRICEABLE})`;
  if (!(COCKTAIL_PIECES as readonly number[]).includes(pieces)) return fallback;
  const own = names(formulaId(pieces));
  return `IF(ISNUMBER(${own}),${own},${fallback})`;
}

interface Part {
  readonly expression: string;
  readonly category: VatCategory;
}

function perPersonParts(variant: Variant, names: Names): Part[] {
  const product: Part =
    variant.product === COCKTAIL
      ? { expression: cocktailExpression(variant.pieces ?? 0, names), category: "repas" }
      : linePart(variant.product, names);
  return [product, ...variant.extras.map((id) => linePart(id, names))];
}

function linePart(id: string, names: Names): Part {
  const line = priceLine(id);
  const category: VatCategory = line ? standaloneVat(line) : "repas";
  return { expression: required(names(id)), category };
}

function sum(expressions: readonly string[]): string {
  return expressions.length === 0 ? "0" : expressions.join("+");
}

/** R3 delivery: (zone + surcharges asked) × (0 when franco is priced and the food subtotal reaches it, else 1). */
function deliveryExpression(variant: Variant, food: string, names: Names): string | null {
  const delivery = variant.delivery;
  if (!delivery?.included) return null;
  const lines = [
    `livraison.${delivery.zone}`,
    ...SURCHARGES.filter((s) => delivery[s.flag] === true).map((s) => s.id),
  ];
  const fees = sum(lines.map((id) => required(names(id))));
  const franco = names(FRANCO_ID);
  const reached = `AND(ISNUMBER(${franco}),${round2(`(${food})*${variant.guests}`)}>=${franco})`;
  return `(${fees})*IF(${reached},0,1)`;
}

/** R3 staff: ROUND(count × MAX(hours, minimum) × rate, 2), count = ROUNDUP(guests / per_guests, 0) for a ratio. */
function staffExpression(variant: Variant, names: Names): string | null {
  const staff = variant.staff;
  if (!staff?.included) return null;
  const count = staff.count ?? `ROUNDUP(${variant.guests}/${staff.per_guests},0)`;
  const hours = `MAX(${literal(staff.hours as number)},${names(MINIMUM_HOURS_ID)})`;
  return round2(`${count}*${hours}*${required(names(`personnel.${staff.role}`))}`);
}

function rateExpression(category: VatCategory, names: Names): string {
  const name = names(`tva.${category}`);
  const fallback = (catalogueEntry(`tva.${category}`)?.defaultRate ?? 0) / 10_000;
  return `IF(ISNUMBER(${name}),${name},${literal(fallback)})`;
}

/** Σ over VAT categories of ROUND(HT_category × (1 + rate), 2) (R6). */
function ttcExpression(htByCategory: ReadonlyMap<VatCategory, string>, names: Names): string {
  const terms = VAT_CATEGORIES.filter((category) => htByCategory.has(category)).map((category) =>
    round2(`${round2(htByCategory.get(category) as string)}*(1+${rateExpression(category, names)})`),
  );
  return terms.join("+");
}

function groupByCategory(parts: readonly Part[], times: string | null): Map<VatCategory, string> {
  const grouped = new Map<VatCategory, string[]>();
  for (const part of parts)
    grouped.set(part.category, [...(grouped.get(part.category) ?? []), part.expression]);
  return new Map(
    [...grouped].map(([category, expressions]) => [
      category,
      times ? `(${sum(expressions)})*${times}` : sum(expressions),
    ]),
  );
}

export function variantFormula(variant: Variant, options: FormulaOptions = {}): string {
  const names: Names = options.nameOf ?? defaultName;
  const basis = options.basis ?? variant.basis;
  if (hasErrors(checkVariant(variant))) return NOT_PRICEABLE;
  const byCategory = isStandalone(variant)
    ? standaloneCategories(variant, names)
    : perPersonCategories(variant, names);
  if (basis === "TTC") return ttcExpression(byCategory, names);
  return round2(sum([...byCategory.values()]));
}

function standaloneCategories(variant: Variant, names: Names): Map<VatCategory, string> {
  const line = priceLine(variant.product);
  const category = line ? standaloneVat(line) : "repas";
  return new Map([[category, required(names(variant.product))]]);
}

/** R4 (spread ROUND((delivery + staff) / guests, 2) into repas) or R5 (prestation: × guests, costs added). */
function perPersonCategories(variant: Variant, names: Names): Map<VatCategory, string> {
  const parts = perPersonParts(variant, names);
  const food = sum(parts.map((part) => part.expression));
  const costs = [deliveryExpression(variant, food, names), staffExpression(variant, names)].filter(
    (expression): expression is string => expression !== null,
  );
  const isPrestation = variant.unit === "prestation";
  const byCategory = groupByCategory(parts, isPrestation ? String(variant.guests) : null);
  if (costs.length === 0) return byCategory;
  const events = isPrestation ? sum(costs) : round2(`(${sum(costs)})/${variant.guests}`);
  byCategory.set("repas", byCategory.has("repas") ? `${byCategory.get("repas")}+${events}` : events);
  return byCategory;
}

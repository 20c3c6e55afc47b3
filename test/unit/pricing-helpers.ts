import { readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { basisPoints, cents, centiHoursOf } from "../../src/core/money";
import {
  PRICE_AMOUNT_ENTRIES,
  PRICE_ENTRIES,
  PRICE_LINE_ENTRIES,
  emptyGrid,
  readGridJson,
  type CatalogueEntry,
  type Grid,
} from "../../src/core/grid";
import { STAFF_ROLES, UNITS_FOR, ZONES, isPerPersonLine, type Variant } from "../../src/core/variant";

/** The public fixtures folder (shared/ sits beside the project, locally and in CI). */
export const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

export function fixtureJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, ...parts), "utf8")) as unknown;
}

export function loadGrid(name: string): Grid {
  const { grid, findings } = readGridJson(fixtureJson("grids", `${name}.json`));
  if (!grid) throw new Error(`fixture grid ${name} unreadable: ${JSON.stringify(findings)}`);
  return grid;
}

export interface WorkedExample {
  readonly name: string;
  readonly title: string;
  readonly variant: Variant;
  /** Expected HT and TTC in cents, or null when not priceable. */
  readonly ht: number | null;
  readonly ttc: number | null;
}

const excluded = { included: false } as const;
const paris = (extra: object = {}) =>
  ({ included: true, zone: "paris", evening: false, weekend: false, pickup: false, ...extra }) as const;

/** Section 6 of the standard, in its words; amounts in cents as printed there. */
export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    name: "E1",
    title: "cocktail 6, delivery included Paris, 50 guests, per person",
    variant: {
      product: "cocktail",
      pieces: 6,
      extras: [],
      guests: 50,
      unit: "personne",
      delivery: paris(),
      basis: "HT",
    },
    ht: 1050,
    ttc: 1155,
  },
  {
    name: "E2",
    title: "cocktail 8, delivery en sus, per person",
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: [],
      unit: "personne",
      delivery: excluded,
      basis: "HT",
    },
    ht: 1240,
    ttc: 1364,
  },
  {
    name: "E3",
    title: "cocktail 9, delivery en sus",
    variant: {
      product: "cocktail",
      pieces: 9,
      extras: [],
      unit: "personne",
      delivery: excluded,
      basis: "HT",
    },
    ht: 1365,
    ttc: 1502,
  },
  {
    name: "E4",
    title: "cocktail 15 (blank formula), en sus",
    variant: {
      product: "cocktail",
      pieces: 15,
      extras: [],
      unit: "personne",
      delivery: excluded,
      basis: "HT",
    },
    ht: 2125,
    ttc: 2338,
  },
  {
    name: "E5",
    title: "cocktail 8 + vin, delivery included petite couronne, evening, 30 guests",
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 30,
      unit: "personne",
      delivery: { included: true, zone: "petite_couronne", evening: true, weekend: false, pickup: false },
      basis: "HT",
    },
    ht: 1823,
    ttc: 2035,
  },
  {
    name: "E6",
    title: "plateau classique, delivery included Paris, 12 trays, per tray",
    variant: {
      product: "plateau.classique",
      extras: [],
      guests: 12,
      unit: "plateau",
      delivery: paris(),
      basis: "HT",
    },
    ht: 2225,
    ttc: 2448,
  },
  {
    name: "E7",
    title: "cocktail 10, delivery included Paris, 120 guests (franco reached)",
    variant: {
      product: "cocktail",
      pieces: 10,
      extras: [],
      guests: 120,
      unit: "personne",
      delivery: paris(),
      basis: "HT",
    },
    ht: 1500,
    ttc: 1650,
  },
  {
    name: "E8",
    title: "cocktail 12, delivery included Paris, 100 guests, 1 serveur per 30 guests, 3 h",
    variant: {
      product: "cocktail",
      pieces: 12,
      extras: [],
      guests: 100,
      unit: "personne",
      delivery: paris(),
      staff: { included: true, role: "serveur", count: null, per_guests: 30, hours: 3 },
      basis: "HT",
    },
    ht: 2262,
    ttc: 2488,
  },
  {
    name: "E9",
    title: "buffet froid, prestation, 40 guests, delivery grande couronne, weekend",
    variant: {
      product: "buffet.froid",
      extras: [],
      guests: 40,
      unit: "prestation",
      delivery: { included: true, zone: "grande_couronne", evening: false, weekend: true, pickup: false },
      basis: "HT",
    },
    ht: 96000,
    ttc: 105600,
  },
  {
    name: "E10",
    title: "maître d'hôtel, per hour, alone",
    variant: { product: "personnel.maitre_hotel", extras: [], unit: "heure", basis: "HT" },
    ht: 3800,
    ttc: 4180,
  },
  {
    name: "E11",
    title: "mange-debout, per unit, alone",
    variant: { product: "materiel.mange_debout", extras: [], unit: "unite", basis: "HT" },
    ht: 1200,
    ttc: 1440,
  },
  {
    name: "E12",
    title: "livraison Paris, alone",
    variant: { product: "livraison.paris", extras: [], unit: "livraison", basis: "HT" },
    ht: 4500,
    ttc: 4950,
  },
  {
    name: "E13",
    title: "cocktail 4: not priceable",
    variant: { product: "cocktail", pieces: 4, extras: [], unit: "personne", basis: "HT" },
    ht: null,
    ttc: null,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Generators for property tests and the R8 comparison: variants the engine accepts, and grids with holes.

const PER_PERSON_IDS = PRICE_LINE_ENTRIES.filter((item) => isPerPersonLine(item)).map((item) => item.id);
const STANDALONE_LINES = PRICE_LINE_ENTRIES.filter((item) => !isPerPersonLine(item));

const deliveryArbitrary = fc.oneof(
  fc.constant(undefined),
  fc.constant({ included: false }),
  fc.record({
    included: fc.constant(true),
    zone: fc.constantFrom(...ZONES),
    evening: fc.boolean(),
    weekend: fc.boolean(),
    pickup: fc.boolean(),
  }),
);

/** Hours in quarters of an hour, 0.25 to 10. */
/** One worked example of the standard by its name ("E5"). */
export function workedExample(name: string): WorkedExample {
  const example = WORKED_EXAMPLES.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`no worked example ${name}`);
  return example;
}

export const hoursArbitrary = fc.integer({ min: 1, max: 40 }).map((quarters) => quarters / 4);

const staffArbitrary = fc.oneof(
  fc.constant(undefined),
  fc.constant({ included: false }),
  fc.record({
    included: fc.constant(true),
    role: fc.constantFrom(...STAFF_ROLES),
    count: fc.constant(null),
    per_guests: fc.integer({ min: 1, max: 60 }),
    hours: hoursArbitrary,
  }),
  fc.record({
    included: fc.constant(true),
    role: fc.constantFrom(...STAFF_ROLES),
    count: fc.integer({ min: 1, max: 6 }),
    per_guests: fc.constant(null),
    hours: hoursArbitrary,
  }),
);

/** A per-person variant (cocktail or per-person line), any valid unit, extras, guests, delivery and staff. */
export const perPersonVariantArbitrary: fc.Arbitrary<Variant> = fc
  .record({
    product: fc.oneof(fc.constant("cocktail"), fc.constantFrom(...PER_PERSON_IDS)),
    pieces: fc.integer({ min: 1, max: 26 }),
    extras: fc.uniqueArray(fc.constantFrom(...PER_PERSON_IDS), { maxLength: 3 }),
    guests: fc.integer({ min: 1, max: 400 }),
    unitIndex: fc.nat(),
    delivery: deliveryArbitrary,
    staff: staffArbitrary,
    basis: fc.constantFrom("HT" as const, "TTC" as const),
  })
  .map(({ product, pieces, extras, guests, unitIndex, delivery, staff, basis }) => {
    const units =
      UNITS_FOR[
        product === "cocktail"
          ? "personne"
          : (PRICE_ENTRIES.find((e) => e.id === product)?.unit ?? "personne")
      ];
    return {
      product,
      ...(product === "cocktail" ? { pieces } : {}),
      extras: extras.filter((id) => id !== product),
      guests,
      unit: units[unitIndex % units.length],
      ...(delivery ? { delivery } : {}),
      ...(staff ? { staff } : {}),
      basis,
    } as Variant;
  });

/** A line billed alone: an hour of staff, a delivery, a piece of equipment. */
export const standaloneVariantArbitrary: fc.Arbitrary<Variant> = fc
  .constantFrom(...STANDALONE_LINES)
  .map(
    (line: CatalogueEntry) =>
      ({ product: line.id, extras: [], unit: UNITS_FOR[line.unit ?? "unite"][0], basis: "HT" }) as Variant,
  );

export const variantArbitrary: fc.Arbitrary<Variant> = fc.oneof(
  { weight: 5, arbitrary: perPersonVariantArbitrary },
  { weight: 1, arbitrary: standaloneVariantArbitrary },
);

/** Cents with odd values (half-cent VAT cases), or blank. */
const priceArbitrary = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null, freq: 4 });

/** A grid whose every price is random or blank; franco and minimum hours sometimes blank; emporter 5.5 %. */
export const gridArbitrary: fc.Arbitrary<Grid> = fc
  .record({
    prices: fc.tuple(...PRICE_AMOUNT_ENTRIES.map(() => priceArbitrary)),
    franco: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
    minimumHours: fc.option(
      fc.integer({ min: 0, max: 24 }).map((quarters) => quarters * 25),
      { nil: null },
    ),
    repas: fc.constantFrom(1000, 550, 2000, 0),
  })
  .map(({ prices, franco, minimumHours, repas }): Grid => {
    const empty = emptyGrid();
    const orNull = (value: number | null) => (value === null ? null : cents(value));
    const values = Object.fromEntries(
      PRICE_AMOUNT_ENTRIES.map((item, index) => [item.id, orNull(prices[index])]),
    );
    values["livraison.franco_seuil_ht"] = orNull(franco);
    return {
      ...empty,
      prices: values,
      minimumHours: minimumHours === null ? null : centiHoursOf(minimumHours),
      vat: { ...empty.vat, repas: basisPoints(repas) },
    };
  });

/** `grid` with some prices replaced, given as plain numbers of cents (null: not offered). */
export function withPrices(grid: Grid, prices: Readonly<Record<string, number | null>>): Grid {
  const branded = Object.fromEntries(
    Object.entries(prices).map(([id, value]) => [id, value === null ? null : cents(value)]),
  );
  return { ...grid, prices: { ...grid.prices, ...branded } };
}

import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { COCKTAIL_PIECES, type Grid } from "../../src/core/grid";
import { priceVariant, variantPricer, type PriceResult } from "../../src/core/pricing";
import type { Variant } from "../../src/core/variant";
import {
  gridArbitrary,
  hoursArbitrary,
  loadGrid,
  perPersonVariantArbitrary,
  withPrices,
} from "./pricing-helpers";

// Properties of R1–R6 on generated variants, over the fixture grids and random grids with holes.

const fixtureGrids = ["reference", "traiteur-a", "traiteur-b"].map(loadGrid);
const anyGrid = fc.oneof(fc.constantFrom(...fixtureGrids), gridArbitrary);
const RUNS = { numRuns: 400, seed: 42 };

const price = (grid: Grid, variant: Variant): PriceResult => priceVariant(grid, variant);
const without = (variant: Variant): Variant => ({
  ...variant,
  delivery: { included: false },
  staff: { included: false },
});
const asUnit = (variant: Variant, unit: Variant["unit"]): Variant => ({ ...variant, unit });

/** Delivery + staff of a variant, computed straight from the standard's words (R3) as an independent oracle. */
function eventCostsOracle(grid: Grid, variant: Variant, foodPerPerson: number): number | null {
  const guests = variant.guests ?? 0;
  let total = 0;
  const p = (id: string) => grid.prices[id] ?? null;
  const delivery = variant.delivery;
  if (delivery?.included) {
    const ids = [`livraison.${delivery.zone}`];
    if (delivery.evening) ids.push("livraison.majoration_soir");
    if (delivery.weekend) ids.push("livraison.majoration_weekend");
    if (delivery.pickup) ids.push("livraison.reprise");
    if (ids.some((id) => p(id) === null)) return null;
    const franco = p("livraison.franco_seuil_ht");
    const free = franco !== null && foodPerPerson * guests >= franco;
    total += free ? 0 : ids.reduce((sum, id) => sum + (p(id) as number), 0);
  }
  const staff = variant.staff;
  if (staff?.included) {
    const rate = p(`personnel.${staff.role}`);
    if (rate === null) return null;
    const count = staff.count ?? Math.ceil(guests / (staff.per_guests as number));
    const billed = Math.max(Math.round((staff.hours as number) * 100), grid.minimumHours ?? 0);
    const exact = BigInt(count) * BigInt(billed) * BigInt(rate);
    total += Number((exact + 50n) / 100n);
  }
  return total;
}

const withCosts = perPersonVariantArbitrary.filter(
  (variant) =>
    variant.unit !== "prestation" &&
    (variant.delivery?.included === true || variant.staff?.included === true),
);

test("R4: spread × guests is within guests/2 cents of the event costs (delivery + staff)", () => {
  fc.assert(
    fc.property(anyGrid, withCosts, (grid, variant) => {
      const full = price(grid, variant);
      const bare = price(grid, without(variant));
      if (!full.ok || !bare.ok) return;
      const guests = variant.guests as number;
      const events = eventCostsOracle(grid, variant, bare.ht);
      const spread = full.ht - bare.ht;
      expect(events).not.toBeNull();
      expect(Math.abs(spread * guests - (events as number))).toBeLessThanOrEqual(guests / 2);
    }),
    RUNS,
  );
});

test("R5: a prestation costs the per-person price × guests + the event costs, nothing spread", () => {
  fc.assert(
    fc.property(anyGrid, perPersonVariantArbitrary, (grid, variant) => {
      const prestation = price(grid, asUnit(variant, "prestation"));
      const perPerson = price(grid, asUnit(without(variant), "personne"));
      if (!prestation.ok || !perPerson.ok) {
        expect(prestation.ok && !perPerson.ok).toBe(false);
        return;
      }
      const guests = variant.guests as number;
      const events = eventCostsOracle(grid, variant, perPerson.ht);
      expect(prestation.ht).toBe(perPerson.ht * guests + (events as number));
    }),
    RUNS,
  );
});

test("R6: TTC ≥ HT, each category's TTC is round(HT × (1 + rate)) and the parts add up", () => {
  fc.assert(
    fc.property(anyGrid, perPersonVariantArbitrary, (grid, variant) => {
      const result = price(grid, variant);
      if (!result.ok) return;
      expect(result.ttc).toBeGreaterThanOrEqual(result.ht);
      for (const part of result.byVat) {
        const exact = BigInt(part.ht) * BigInt(10_000 + part.rate);
        expect(BigInt(part.ttc)).toBe((exact + 5_000n) / 10_000n);
      }
      expect(result.byVat.reduce((sum, part) => sum + part.ht, 0)).toBe(result.ht);
      expect(result.byVat.reduce((sum, part) => sum + part.ttc, 0)).toBe(result.ttc);
    }),
    RUNS,
  );
});

/**
 * Grids whose formulas are consistent: each priced formula costs at least what R1 gives one piece below it.
 * (On other grids R1 itself can make N pieces cheaper than N − 1: that is the caterer's grid, not the engine.)
 */
const consistentGrid: fc.Arbitrary<Grid> = fc
  .record({
    piece: fc.integer({ min: 0, max: 300 }),
    start: fc.integer({ min: 100, max: 2000 }),
    steps: fc.array(fc.integer({ min: 0, max: 500 }), {
      minLength: COCKTAIL_PIECES.length,
      maxLength: COCKTAIL_PIECES.length,
    }),
    blanks: fc.array(fc.boolean(), { minLength: COCKTAIL_PIECES.length, maxLength: COCKTAIL_PIECES.length }),
    base: gridArbitrary,
  })
  .map(({ piece, start, steps, blanks, base }) => {
    const prices: Record<string, number | null> = { "cocktail.piece_supplementaire": piece };
    let last: { pieces: number; cents: number } | null = null;
    COCKTAIL_PIECES.forEach((pieces, index) => {
      const cents: number =
        last === null ? start : last.cents + (pieces - last.pieces) * piece + steps[index];
      prices[`cocktail.formule.${pieces}`] = blanks[index] ? null : cents;
      if (!blanks[index]) last = { pieces, cents };
    });
    return withPrices(base, prices);
  });

test("R1: with delivery and staff en sus, a cocktail with more pieces never costs less", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.constantFrom(...fixtureGrids), consistentGrid),
      fc.integer({ min: 1, max: 25 }),
      fc.constantFrom<Variant["unit"]>("personne", "prestation"),
      fc.integer({ min: 1, max: 300 }),
      (grid, pieces, unit, guests) => {
        const variant = (n: number): Variant => ({
          product: "cocktail",
          pieces: n,
          extras: [],
          guests,
          unit,
          basis: "HT",
        });
        const fewer = price(grid, variant(pieces));
        const more = price(grid, variant(pieces + 1));
        if (fewer.ok) expect(more.ok).toBe(true);
        if (fewer.ok && more.ok) {
          expect(more.ht).toBeGreaterThanOrEqual(fewer.ht);
          expect(more.ttc).toBeGreaterThanOrEqual(fewer.ttc);
        }
      },
    ),
    RUNS,
  );
});

test("R3: staff hours below the grid's minimum are billed as the minimum", () => {
  const reference = loadGrid("reference");
  fc.assert(
    fc.property(hoursArbitrary, (hours) => {
      const variant = (h: number): Variant => ({
        product: "cocktail",
        pieces: 8,
        extras: [],
        guests: 10,
        unit: "prestation",
        staff: { included: true, role: "serveur", count: 1, per_guests: null, hours: h },
        basis: "HT",
      });
      const result = price(reference, variant(hours));
      const atMinimum = price(reference, variant(4));
      if (result.ok && atMinimum.ok && hours <= 4) expect(result.ht).toBe(atMinimum.ht);
    }),
  );
});

describe("amounts never go through floating point", () => {
  test("every amount of a result is an integer number of cents, whatever the grid and variant", () => {
    fc.assert(
      fc.property(anyGrid, perPersonVariantArbitrary, (grid, variant) => {
        const result = price(grid, variant);
        if (!result.ok) return;
        const amounts = [result.ht, result.ttc, ...result.byVat.flatMap((part) => [part.ht, part.ttc])];
        for (const step of result.breakdown)
          for (const value of Object.values(step.params))
            if (typeof value === "object" && "money" in value) amounts.push(value.money);
        for (const amount of amounts) expect(Number.isSafeInteger(amount)).toBe(true);
      }),
      RUNS,
    );
  });

  test("the money and pricing code has no float rounding, float parsing or percentage arithmetic", () => {
    const folders = ["money", "pricing", "grid", "variant"].map((name) =>
      path.resolve(__dirname, "../../src/core", name),
    );
    const forbidden = /Math\.round|toFixed|parseFloat|\*\s*1\.\d|\*\s*0\.\d|\/\s*100\b(?!_)/;
    const offenders: string[] = [];
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
        readFileSync(path.join(folder, file), "utf8")
          .split("\n")
          .forEach((line, index) => {
            const isComment = /^\s*(\/\/|\*|\/\*\*)/.test(line);
            if (!isComment && forbidden.test(line)) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
          });
      }
    }
    // Allowed: the display and template conversions that turn basis points or percents into fractions for cells.
    expect(offenders.filter((line) => !/cells\.ts|format\.ts/.test(line))).toEqual([]);
  });
});

describe("the two consequences documented in docs/pricing.md", () => {
  const reference = loadGrid("reference");
  const cocktail = (pieces: number, more: Partial<Variant> = {}): Variant => ({
    product: "cocktail",
    pieces,
    extras: [],
    unit: "personne",
    basis: "HT",
    ...more,
  });

  test("franco can make a bigger cocktail cheaper per person", () => {
    const grid = withPrices(reference, { "livraison.franco_seuil_ht": 15000 });
    const delivery = { included: true, zone: "grande_couronne", weekend: true } as const;
    const eight = price(grid, cocktail(8, { guests: 10, delivery }));
    const twelve = price(grid, cocktail(12, { guests: 10, delivery }));
    expect([eight.ok && eight.ht, twelve.ok && twelve.ht]).toEqual([1240 + 1200, 1750]);
  });

  test("on an inconsistent grid R1 makes 19 pieces cost more than 20", () => {
    const grid = withPrices(reference, { "cocktail.formule.20": 2200 });
    const nineteen = price(grid, cocktail(19));
    const twenty = price(grid, cocktail(20));
    expect([nineteen.ok && nineteen.ht, twenty.ok && twenty.ht]).toEqual([2625, 2200]);
  });
});

describe("variantPricer: a tender's lines priced once per distinct variant", () => {
  test("gives what priceVariant gives, the same result again for the same variant, copies included", () => {
    fc.assert(
      fc.property(
        anyGrid,
        fc.array(perPersonVariantArbitrary, { minLength: 1, maxLength: 6 }),
        (grid, variants) => {
          const pricer = variantPricer(grid);
          for (const variant of variants) {
            const result = pricer(variant);
            expect(result).toEqual(priceVariant(grid, variant));
            expect(pricer(JSON.parse(JSON.stringify(variant)) as Variant)).toBe(result);
          }
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  test("two variants that differ are priced apart, and each grid has its own pricer", () => {
    const reference = loadGrid("reference");
    const pricer = variantPricer(reference);
    const six: Variant = { product: "cocktail", pieces: 6, extras: [], unit: "personne", basis: "HT" };
    const eight: Variant = { ...six, pieces: 8 };
    const [first, second] = [pricer(six), pricer(eight)];
    expect(first.ok && second.ok && [first.ht, second.ht]).toEqual([960, 1240]);
    const dearer = variantPricer(withPrices(reference, { "cocktail.formule.6": 1000 }))(six);
    expect(dearer.ok && dearer.ht).toBe(1000);
  });
});

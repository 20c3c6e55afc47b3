import { priceVariant, variantFormula } from "../../src/core/pricing";
import type { Grid } from "../../src/core/grid";
import type { Variant } from "../../src/core/variant";
import { t } from "../../src/i18n";
import fc from "fast-check";
import { loadGrid, variantArbitrary, WORKED_EXAMPLES } from "./pricing-helpers";

const reference = loadGrid("reference");
const traiteurA = loadGrid("traiteur-a");
const traiteurB = loadGrid("traiteur-b");
const blank = (grid: Grid, ...ids: string[]): Grid => ({
  ...grid,
  prices: { ...grid.prices, ...Object.fromEntries(ids.map((id) => [id, null])) },
});
const failure = (grid: Grid, variant: Variant) => {
  const result = priceVariant(grid, variant);
  if (result.ok) throw new Error(`expected not priceable, got ${result.ht}`);
  return result.finding;
};
const cocktail = (pieces: number, more: Partial<Variant> = {}): Variant => ({
  product: "cocktail",
  pieces,
  extras: [],
  unit: "personne",
  basis: "HT",
  ...more,
});

describe("not priceable: an error naming the line, never a guess", () => {
  test("R1: no priced formula at or below N (traiteur A has no 6-piece formula)", () => {
    expect(failure(traiteurA, cocktail(7))).toMatchObject({
      code: "pricing.cocktail.noFormula",
      id: "cocktail.formule.7",
    });
  });

  test("R1: a formula below N but no piece price", () => {
    const finding = failure(blank(reference, "cocktail.piece_supplementaire"), cocktail(9));
    expect(finding).toMatchObject({
      code: "pricing.cocktail.noPiecePrice",
      id: "cocktail.piece_supplementaire",
    });
    expect(t("fr", finding.messageKey, finding.params)).toBe(
      "Cocktail 9 pièces non chiffrable : il faudrait partir du cocktail 8 pièces et ajouter des pièces, mais la pièce supplémentaire n'a pas de prix.",
    );
  });

  test("R1: an exact formula needs no piece price", () => {
    expect(priceVariant(blank(reference, "cocktail.piece_supplementaire"), cocktail(8)).ok).toBe(true);
  });

  test("R2: an extra not offered (traiteur A has no champagne)", () => {
    expect(failure(traiteurA, cocktail(8, { extras: ["boissons.champagne"] }))).toMatchObject({
      code: "pricing.line.notOffered",
      id: "boissons.champagne",
    });
  });

  test("R3: staff whose hourly rate is blank (traiteur B has no cook)", () => {
    const variant = cocktail(8, {
      guests: 50,
      staff: { included: true, role: "cuisinier", count: 1, per_guests: null, hours: 3 },
    });
    expect(failure(traiteurB, variant)).toMatchObject({ id: "personnel.cuisinier" });
  });

  test("R3: a delivery zone or surcharge not offered, even when franco would make delivery free", () => {
    const delivery = { included: true, zone: "paris", evening: true } as const;
    expect(
      failure(blank(reference, "livraison.majoration_soir"), cocktail(8, { guests: 30, delivery })),
    ).toMatchObject({
      id: "livraison.majoration_soir",
    });
    expect(
      failure(blank(reference, "livraison.paris"), cocktail(10, { guests: 200, delivery })),
    ).toMatchObject({
      id: "livraison.paris",
    });
  });

  test("a line billed alone that the grid does not offer (traiteur A has no standing tables)", () => {
    expect(
      failure(traiteurA, { product: "materiel.mange_debout", extras: [], unit: "unite", basis: "HT" }),
    ).toMatchObject({
      code: "pricing.line.notOffered",
      id: "materiel.mange_debout",
    });
  });

  test("a variant breaking a rule is refused by priceVariant too (guests ≤ 0, unknown zone)", () => {
    expect(failure(reference, cocktail(8, { guests: 0 })).code).toBe("variant.guests.invalid");
    const zone = { included: true, zone: "lyon" } as unknown as Variant["delivery"];
    expect(failure(reference, cocktail(8, { guests: 10, delivery: zone })).code).toBe("variant.zone.unknown");
  });
});

describe("blank parameters", () => {
  test("no franco threshold: delivery is always billed", () => {
    const variant = WORKED_EXAMPLES[6].variant; // E7: franco reached on the reference grid
    const result = priceVariant(blank(reference, "livraison.franco_seuil_ht"), variant);
    expect(result.ok && result.ht).toBe(1500 + 38); // 45.00 / 120 = 0.375 → 0.38
  });

  test("no minimum hours: the hours asked are billed (E8 becomes 4 × 3 h × 32.00 = 384.00 → 3.84)", () => {
    const result = priceVariant({ ...reference, minimumHours: null }, WORKED_EXAMPLES[7].variant);
    expect(result.ok && result.ht).toBe(1750 + 384);
  });

  test("decimal hours are billed exactly: 2 waiters × 4.5 h × 33.50 = 301.50", () => {
    const variant = cocktail(8, {
      guests: 100,
      unit: "prestation",
      staff: { included: true, role: "serveur", count: 2, per_guests: null, hours: 4.5 },
    });
    const result = priceVariant(traiteurB, variant);
    expect(result.ok && result.ht).toBe(1310 * 100 + 30150);
  });
});

describe("R8 formula text", () => {
  test("E3 (cocktail 9, en sus): formula 8 plus one piece, #N/A when neither can be priced", () => {
    expect(variantFormula(WORKED_EXAMPLES[2].variant)).toBe(
      "ROUND(IF(ISNUMBER(GCT_cocktail_piece_supplementaire),IF(ISNUMBER(GCT_cocktail_formule_8),GCT_cocktail_formule_8+1*GCT_cocktail_piece_supplementaire,IF(ISNUMBER(GCT_cocktail_formule_6),GCT_cocktail_formule_6+3*GCT_cocktail_piece_supplementaire,NA())),NA()),2)",
    );
  });

  test("E12 TTC (livraison Paris alone): own price at the repas rate, default 10 % when the rate cell is blank", () => {
    expect(variantFormula(WORKED_EXAMPLES[11].variant, { basis: "TTC" })).toBe(
      "ROUND(ROUND(IF(ISNUMBER(GCT_livraison_paris),GCT_livraison_paris,NA()),2)*(1+IF(ISNUMBER(GCT_tva_repas),GCT_tva_repas,0.1)),2)",
    );
  });

  test("E13 and invalid variants: a formula that is always #N/A", () => {
    expect(variantFormula(WORKED_EXAMPLES[12].variant)).toBe("ROUND(NA(),2)");
    expect(variantFormula(cocktail(8, { guests: 0 }))).toBe("NA()");
  });

  test("E8 uses ROUNDUP for the staff count, MAX for the minimum hours, ROUND for staff and spread, IF for franco", () => {
    const formula = variantFormula(WORKED_EXAMPLES[7].variant);
    expect(formula).toContain("ROUNDUP(100/30,0)*MAX(3,GCT_personnel_minimum_heures)");
    expect(formula).toContain("IF(AND(ISNUMBER(GCT_livraison_franco_seuil_ht),ROUND((");
    expect(formula).toMatch(/\)\/100,2\),2\)$/);
  });

  test("formulas stay within Excel's limits (8 192 characters, 64 nested levels) on the largest variants", () => {
    const variants = fc.sample(variantArbitrary, { numRuns: 2000, seed: 7 });
    for (const variant of variants) {
      for (const basis of ["HT", "TTC"] as const) {
        const formula = variantFormula(variant, { basis });
        let depth = 0;
        let deepest = 0;
        for (const char of formula) {
          if (char === "(") deepest = Math.max(deepest, ++depth);
          if (char === ")") depth -= 1;
        }
        expect(formula.length).toBeLessThan(8192);
        expect(deepest).toBeLessThan(64);
      }
    }
  });

  test("custom names can be given (e.g. a template with another prefix)", () => {
    const formula = variantFormula(WORKED_EXAMPLES[9].variant, {
      nameOf: (id) => `X_${id.replace(/\./g, "_")}`,
    });
    expect(formula).toBe("ROUND(IF(ISNUMBER(X_personnel_maitre_hotel),X_personnel_maitre_hotel,NA()),2)");
  });
});

import { basisPoints, cents } from "../../src/core/money";
import { dqe, priceVariant, renderBreakdown } from "../../src/core/pricing";
import { loadGrid, WORKED_EXAMPLES } from "./pricing-helpers";

// Section 6 of the standard: every worked example on the reference grid, to the cent, HT and TTC.
const reference = loadGrid("reference");

describe("worked examples of the standard (reference grid)", () => {
  test.each(WORKED_EXAMPLES.filter((example) => example.ht !== null))(
    "$name: $title",
    ({ variant, ht, ttc }) => {
      const result = priceVariant(reference, variant);
      expect(result.ok && { ht: result.ht, ttc: result.ttc }).toEqual({ ht, ttc });
    },
  );

  test("E13: cocktail 4 is not priceable (no formula of 4 pieces or fewer), an error naming the line", () => {
    const result = priceVariant(reference, WORKED_EXAMPLES[12].variant);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.finding).toMatchObject({
        code: "pricing.cocktail.noFormula",
        severity: "error",
        id: "cocktail.formule.4",
      });
    }
  });

  test("E5 TTC converts each VAT category separately: round(15.23 × 1.1) = 16.75, + 3.00 × 1.2 = 3.60", () => {
    const result = priceVariant(reference, WORKED_EXAMPLES[4].variant);
    expect(result.ok && result.byVat).toEqual([
      { category: "repas", rate: 1000, ht: 1523, ttc: 1675 },
      { category: "alcool", rate: 2000, ht: 300, ttc: 360 },
    ]);
  });

  test("E8 breakdown names the staff count, the minimum hours and the spread, in French and English", () => {
    const result = priceVariant(reference, WORKED_EXAMPLES[7].variant);
    if (!result.ok) throw new Error("E8 must be priceable");
    const fr = renderBreakdown(result.breakdown, "fr").join("\n");
    expect(fr).toContain("100 convives → 4");
    expect(fr).toContain("4 serveurs × 4\u00a0h × 32,00\u00a0€ = 512,00\u00a0€");
    expect(fr).toContain("512,00\u00a0€ ÷ 100 = 5,12\u00a0€ → arrondi à 5,12\u00a0€");
    expect(fr).toContain("Franco atteint");
    const en = renderBreakdown(result.breakdown, "en").join("\n");
    expect(en).toContain("Price before VAT: €22.62 per person");
    expect(en).toContain("Price incl. VAT: €24.88");
  });

  test("E6 breakdown shows the half cent rounded away from zero: 24,475 → 24,48", () => {
    const result = priceVariant(reference, WORKED_EXAMPLES[5].variant);
    if (!result.ok) throw new Error("E6 must be priceable");
    expect(renderBreakdown(result.breakdown, "fr")).toContain(
      "TVA repas 10\u00a0% : 22,25\u00a0€ HT → 24,475\u00a0€ → arrondi à 24,48\u00a0€ TTC",
    );
  });
});

describe("R7 DQE example of the standard", () => {
  test("E1 × 200 + E6 × 150 + E10 × 20 + E12 × 10 = 6 647.50 HT, VAT 664.75, 7 312.25 TTC", () => {
    const unit = (index: number) => {
      const result = priceVariant(reference, WORKED_EXAMPLES[index].variant);
      if (!result.ok) throw new Error("must be priceable");
      return result.ht;
    };
    const result = dqe([
      { quantity: 200, unitHt: unit(0), vatBp: basisPoints(1000) },
      { quantity: 150, unitHt: unit(5), vatBp: basisPoints(1000) },
      { quantity: 20, unitHt: unit(9), vatBp: basisPoints(1000) },
      { quantity: 10, unitHt: unit(11), vatBp: basisPoints(1000) },
    ]);
    expect(result.amounts).toEqual([210000, 333750, 76000, 45000]);
    expect(result).toMatchObject({ totalHt: 664750, totalVat: 66475, totalTtc: 731225 });
    expect(result.byRate).toEqual([{ rate: 1000, ht: 664750, vat: 66475 }]);
  });

  test("a fractional quantity is rounded once, half away from zero", () => {
    expect(dqe([{ quantity: 2.5, unitHt: cents(333), vatBp: basisPoints(2000) }]).amounts).toEqual([833]);
  });
});

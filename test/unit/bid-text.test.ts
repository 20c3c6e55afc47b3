import { findingMessage } from "../../src/core/finding-message";
import { checkBidLine, readRate, roundedScaled, type BidLineInput } from "../../src/core/bid";
import type { CellSnapshot } from "../../src/core/workbook/snapshot";

// Reading bid cells as money and rates from their decimal text, and bid findings in both languages.

const cell = (value: number | string): CellSnapshot => ({
  value: typeof value === "number" ? { type: "number", value } : { type: "text", value },
});

test("numbers round half away from zero at the cent from their decimal text, never as floats", () => {
  expect(
    [13.640000000000001, 1.005, 24.475, -0.125, 0.004999, 1e-7, 1.5e21].map((v) => roundedScaled(v, 2)),
  ).toEqual([1364, 101, 2448, -13, 0, 0, null]);
});

test("VAT rates: a fraction, a whole percent typed as a number, or a percent text", () => {
  expect([0.1, 0.055, 0.2, 10, 5.5, "10 %", "5,5%", "dix", -0.1, 250].map((v) => readRate(cell(v)))).toEqual([
    1000,
    550,
    2000,
    1000,
    550,
    1000,
    550,
    null,
    null,
    null,
  ]);
});

describe("bid findings in words", () => {
  const line = (overrides: Partial<BidLineInput["bid"]>): BidLineInput => ({
    file: "offre.xlsx",
    sheet: "BPU",
    row: 12,
    columns: { priceHt: "D", vat: "E", priceTtc: "F", quantity: "G", amountHt: "H" },
    original: { quantity: cell(1500), vat: { value: { type: "empty" } } },
    bid: { priceHt: cell(12.4), vat: cell(0.055), priceTtc: cell(13.64), quantity: cell(1500), ...overrides },
    expectedVat: "alcool",
  });

  test("amounts and rates in French and English style", () => {
    const result = checkBidLine(line({ priceHt: cell("1 234,5 €"), priceTtc: cell(1302.4) }));
    const messages = (lang: "fr" | "en") => result.findings.map((finding) => findingMessage(finding, lang));
    expect(result.findings.map((finding) => [finding.code, finding.location?.cell])).toEqual([
      ["bid.price.text", "D12"],
      ["bid.vat.unusual", "E12"],
    ]);
    expect(messages("fr")[0]).toContain("lu comme 1\u00a0234,50\u00a0€");
    expect(messages("en")[0]).toContain("read as €1,234.50");
    expect(messages("fr")[1]).toContain(
      "5,5\u00a0% inhabituel pour une ligne de catégorie « alcool » (habituellement 20\u00a0%)",
    );
    expect(messages("en")[1]).toContain('5.5% is unusual for a line of category "alcohol" (usually 20%)');
  });

  test("the corrected amount of a fractional quantity, with the quantity in the reader's style", () => {
    const result = checkBidLine({
      ...line({ amountHt: cell(10) }),
      original: { quantity: cell(2.5) },
      expectedVat: "repas",
      bid: { priceHt: cell(12.4), quantity: cell(2.5), amountHt: cell(10) },
    });
    expect(result.findings.map((finding) => findingMessage(finding, "fr"))).toEqual([
      "Montant HT de 10,00\u00a0€ différent de quantité × prix unitaire (2,5 × 12,40\u00a0€). Le prix unitaire prévaut : montant corrigé 31,00\u00a0€.",
    ]);
  });

  test("a rate the buyer wrote as text and the bidder left is not the bidder's to retype; changed, it is said", () => {
    const buyers = { value: { type: "text", value: "10 % / 20 %" } } as const;
    const left = checkBidLine({ ...line({ vat: buyers }), original: { quantity: cell(1500), vat: buyers } });
    expect(left.findings.map((finding) => finding.code)).not.toContain("bid.vat.unreadable");
    const typed = checkBidLine(line({ vat: cell("dix pour cent") }));
    expect(typed.findings.map((finding) => [finding.code, finding.location?.cell])).toContainEqual([
      "bid.vat.unreadable",
      "E12",
    ]);
  });
});

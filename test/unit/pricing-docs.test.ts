import { centsToDecimalText } from "../../src/core/money";
import { priceVariant, renderBreakdown, variantFormula } from "../../src/core/pricing";
import { variantLabel } from "../../src/core/variant";
import { pricing as pricingMessages } from "../../src/i18n/messages/pricing";
import { markdownTable, regenerateDoc } from "./grid-docs-blocks";
import { loadGrid, WORKED_EXAMPLES } from "./pricing-helpers";

// docs/pricing.md: examples, breakdown, formulas and finding lists regenerated from the code (UPDATE_DOCS=1).

const reference = loadGrid("reference");

function examplesTable(): string {
  const rows = WORKED_EXAMPLES.map((example) => {
    const result = priceVariant(reference, example.variant);
    const label = variantLabel(example.variant, "fr");
    if (!result.ok) return [example.name, label, "not priceable", "—"];
    return [example.name, label, centsToDecimalText(result.ht), centsToDecimalText(result.ttc)];
  });
  return markdownTable(["#", "variant (canonical label)", "HT", "TTC"], rows);
}

function breakdownE5(): string {
  const result = priceVariant(reference, WORKED_EXAMPLES[4].variant);
  if (!result.ok) throw new Error("E5 must be priceable");
  const fr = renderBreakdown(result.breakdown, "fr");
  return [
    "```text",
    variantLabel(WORKED_EXAMPLES[4].variant, "fr"),
    ...fr.map((line) => `  ${line}`),
    "```",
  ].join("\n");
}

function formulaE1(): string {
  const variant = WORKED_EXAMPLES[0].variant;
  return [
    "```text",
    `=${variantFormula(variant, { basis: "HT" })}`,
    "",
    `=${variantFormula(variant, { basis: "TTC" })}`,
    "```",
  ].join("\n");
}

function findings(prefix: string): string {
  const rows = Object.entries(pricingMessages.en)
    .filter(
      ([key]) =>
        key.startsWith(prefix) &&
        !key.includes(".label.") &&
        !key.includes(".step.") &&
        !/\.(unit|vat)\./.test(key),
    )
    .map(([key, message]) => [`\`${key}\``, message]);
  return markdownTable(["code", "message (en)"], rows);
}

test("docs/pricing.md shows the worked examples, a breakdown, formulas and findings as the code has them", () => {
  const { actual, expected } = regenerateDoc("pricing.md", {
    "variant-findings": findings("variant."),
    "breakdown-e5": breakdownE5(),
    examples: examplesTable(),
    "formula-e1": formulaE1(),
    "pricing-findings": findings("pricing."),
  });
  expect(actual).toBe(expected);
});

import { canonicalVariantJson } from "../../src/core/schedule";
import { readVariant } from "../../src/core/variant";
import { variantJson } from "../../src/usecases/variant-fields";
import { fieldsOfVariant } from "../../src/usecases/variant-fields-of";
import { TENDER_NAMES, expectedTender } from "../helpers/tender-expectations";
import { sampleLines } from "./schedule-helpers";

// A reading opened in the variant form and submitted unchanged is the same variant: the form's fields carry every
// part of it (the expected variants of the public tenders, and a buyer's list with staff by ratio and by count).

test.each([false, true])("every expected variant survives the form (decimal comma: %s)", async (comma) => {
  const variants = [
    ...(await Promise.all(TENDER_NAMES.map(expectedTender))).flatMap((tender) =>
      tender.lines.flatMap((line) => (line.variant ? [line.variant] : [])),
    ),
    ...sampleLines().map((line) => line.variant),
    {
      product: "buffet.chaud",
      extras: [],
      guests: 40,
      unit: "prestation",
      staff: { included: true, role: "serveur", count: 2, hours: 3.5 },
      basis: "TTC",
    },
  ];
  expect(variants.length).toBeGreaterThan(40);
  for (const json of variants) {
    const { variant } = readVariant(json);
    if (!variant) throw new Error(`unreadable ${JSON.stringify(json)}`);
    const again = readVariant(variantJson(fieldsOfVariant(variant, comma)));
    expect(again.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(again.variant && canonicalVariantJson(again.variant)).toBe(canonicalVariantJson(variant));
  }
});

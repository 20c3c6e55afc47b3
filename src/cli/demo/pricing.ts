import * as path from "node:path";
import { readGridJson, REFERENCE_GRID_JSON } from "../../core/grid";
import { variantFormula } from "../../core/pricing";
import { readVariant } from "../../core/variant";
import { priceLines, pricedLineJson, type VariantLine } from "../../usecases/price-variants";
import { printPricedLine } from "../price-text";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";

/** Typical tender lines, priced from the standard's reference grid (worked examples of section 6 among them). */
const DEMO_LINES: readonly VariantLine[] = [
  {
    id: "E1",
    named: true,
    variant: { product: "cocktail", pieces: 6, guests: 50, delivery: { included: true, zone: "paris" } },
  },
  { id: "E4", named: true, variant: { product: "cocktail", pieces: 15, delivery: { included: false } } },
  {
    id: "E5",
    named: true,
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 30,
      delivery: { included: true, zone: "petite_couronne", evening: true },
    },
  },
  {
    id: "E6",
    named: true,
    variant: {
      product: "plateau.classique",
      guests: 12,
      unit: "plateau",
      delivery: { included: true, zone: "paris" },
    },
  },
  {
    id: "E8",
    named: true,
    variant: {
      product: "cocktail",
      pieces: 12,
      guests: 100,
      delivery: { included: true, zone: "paris" },
      staff: { included: true, role: "serveur", per_guests: 30, hours: 3 },
    },
  },
  {
    id: "E9",
    named: true,
    variant: {
      product: "buffet.froid",
      guests: 40,
      unit: "prestation",
      delivery: { included: true, zone: "grande_couronne", weekend: true },
    },
  },
  { id: "E10", named: true, variant: { product: "personnel.maitre_hotel", unit: "heure" } },
  { id: "E13", named: true, variant: { product: "cocktail", pieces: 4 } },
];

/** Prices the demo lines (human text and --json form) and writes the R8 formula of each, as `grille price` does. */
export const pricing: DemoStep = {
  titleKey: "cli.demo.pricing.title",
  async run(ctx, outDir) {
    const grid = readGridJson(REFERENCE_GRID_JSON).grid;
    if (!grid) throw new Error("the built-in reference grid must be readable");
    const outcomes = priceLines(grid, DEMO_LINES, ctx.lang);
    const text: string[] = [ctx.t("cli.demo.pricing.intro"), ""];
    for (const outcome of outcomes) printPricedLine(outcome, ctx, (line) => text.push(line));
    ctx.out(text.join("\n"));
    const formulas = DEMO_LINES.flatMap((line) => {
      const variant = readVariant(line.variant).variant;
      return variant
        ? [
            `${line.id} HT:  =${variantFormula(variant, { basis: "HT" })}`,
            `${line.id} TTC: =${variantFormula(variant, { basis: "TTC" })}`,
            "",
          ]
        : [];
    });
    const files: [string, string][] = [
      ["prix-variantes.txt", `${text.join("\n")}\n`],
      [
        "prix-variantes.json",
        `${JSON.stringify(
          outcomes.map((outcome) => pricedLineJson(outcome, ctx.lang)),
          null,
          2,
        )}\n`,
      ],
      ["formules-r8.txt", `${[ctx.t("cli.demo.pricing.formulas"), "", ...formulas].join("\n")}\n`],
    ];
    for (const [name, content] of files)
      await writeFileAtomic(path.join(outDir, name), content, { overwrite: true });
    return files.map(([name]) => name);
  },
};

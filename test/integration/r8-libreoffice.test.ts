import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import type { Grid } from "../../src/core/grid";
import { priceVariant } from "../../src/core/pricing";
import type { Variant } from "../../src/core/variant";
import { recalculateMany, requireTool, type RecalcBook } from "../helpers/libreoffice";
import { R8_FIRST_VARIANT_ROW, R8_SHEET, r8Workbook } from "../helpers/r8-workbook";
import { gridArbitrary, loadGrid, variantArbitrary, WORKED_EXAMPLES } from "../unit/pricing-helpers";

// R8: the Excel formulas written for a variant, evaluated by a real spreadsheet engine (LibreOffice) on a workbook
// holding the grid in the template's named cells, give exactly the engine's cents, or #N/A where the engine says
// "not priceable". One soffice run for every workbook.

interface Case {
  readonly grid: Grid;
  readonly variants: readonly Variant[];
  readonly label: string;
}

const SEED = 20270630;
const generated = (count: number, seed: number) => fc.sample(variantArbitrary, { numRuns: count, seed });
const worked = WORKED_EXAMPLES.map((example) => example.variant);

const cases: Case[] = [
  { label: "reference", grid: loadGrid("reference"), variants: [...worked, ...generated(300, SEED)] },
  { label: "traiteur-a", grid: loadGrid("traiteur-a"), variants: [...worked, ...generated(120, SEED + 1)] },
  { label: "traiteur-b", grid: loadGrid("traiteur-b"), variants: [...worked, ...generated(120, SEED + 2)] },
  ...fc.sample(gridArbitrary, { numRuns: 3, seed: SEED + 3 }).map((grid, index) => ({
    label: `random grid ${index + 1}`,
    grid,
    variants: generated(120, SEED + 10 + index),
  })),
];

/** A formula cell's value as cents, or "#N/A"-like text for errors. */
function cents(value: unknown): number | string {
  if (typeof value === "number") return Math.round(value * 100);
  return String(value);
}

function expected(grid: Grid, variant: Variant): { ht: number | string; ttc: number | string } {
  const result = priceVariant(grid, variant);
  return result.ok ? { ht: result.ht, ttc: result.ttc } : { ht: "#N/A", ttc: "#N/A" };
}

let books: RecalcBook[] = [];

beforeAll(async () => {
  requireTool("soffice");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-r8-"));
  const files: string[] = [];
  for (const [index, one] of cases.entries()) {
    const file = path.join(dir, `r8-${index}.xlsx`);
    await fs.writeFile(file, await r8Workbook(one.grid, one.variants));
    files.push(file);
  }
  books = await recalculateMany(files);
  await fs.rm(dir, { recursive: true, force: true });
}, 180_000);

describe.each(cases.map((one, index) => [one.label, index] as const))(
  "R8 formulas on the %s grid",
  (_label, index) => {
    test("every variant's HT and TTC formula gives the engine's cents (or #N/A when not priceable)", () => {
      const { grid, variants } = cases[index];
      const sheet = books[index].sheet(R8_SHEET);
      const mismatches = variants
        .map((variant, line) => {
          const row = R8_FIRST_VARIANT_ROW + line;
          const got = { ht: cents(sheet.cell(`D${row}`)), ttc: cents(sheet.cell(`E${row}`)) };
          return { line, variant, got, want: expected(grid, variant) };
        })
        .filter(({ got, want }) => got.ht !== want.ht || got.ttc !== want.ttc);
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
  },
);

test("the worked examples E1–E13 come out of LibreOffice to the cent", () => {
  const sheet = books[0].sheet(R8_SHEET);
  const got = WORKED_EXAMPLES.map((example, line) => ({
    name: example.name,
    ht: cents(sheet.cell(`D${R8_FIRST_VARIANT_ROW + line}`)),
    ttc: cents(sheet.cell(`E${R8_FIRST_VARIANT_ROW + line}`)),
  }));
  const want = WORKED_EXAMPLES.map((example) => ({
    name: example.name,
    ht: example.ht ?? "#N/A",
    ttc: example.ttc ?? "#N/A",
  }));
  expect(got).toEqual(want);
});

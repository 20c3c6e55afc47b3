import fc from "fast-check";
import { PRICE_ENTRIES, VAT_ENTRIES, cellValueOf, type Grid } from "../../src/core/grid";
import {
  divideRound,
  note,
  priceVariant,
  programFormula,
  sum,
  variantFormula,
  variantProgram,
  type Binding,
  type Expr,
  type PriceProgram,
} from "../../src/core/pricing";
import { checkedVariant, type Basis, type Variant } from "../../src/core/variant";
import { formulaCents, type CellContent } from "../helpers/formula-eval";
import { gridArbitrary, loadGrid, variantArbitrary, WORKED_EXAMPLES } from "./pricing-helpers";

// The two readings of one pricing expression agree: the engine's exact cents (priceVariant) and the R8 formula
// written from the same tree, evaluated by an independent reader of the formula text (test/helpers/formula-eval.ts)
// with exact decimals. A twin broken on purpose is caught, so the property can fail.

const fixtureGrids = ["reference", "traiteur-a", "traiteur-b"].map(loadGrid);
const anyGrid = fc.oneof(fc.constantFrom(...fixtureGrids), gridArbitrary);

/** Cells a workbook would hold the variant's inputs in (the simulator's guests and zone, and more). */
const INPUT_CELLS = {
  guests: "IN_guests",
  zone: "IN_zone",
  hours: "IN_hours",
  count: "IN_count",
  perGuests: "IN_per_guests",
} as const;

/** The grid in its named cells; a price not offered is blank, or a text when `textBlanks` (both are "not offered"). */
function gridCells(grid: Grid, textBlanks: boolean): Record<string, CellContent> {
  const cells: Record<string, CellContent> = {};
  for (const entry of [...PRICE_ENTRIES, ...VAT_ENTRIES]) {
    const value = cellValueOf(grid, entry);
    const blank = textBlanks && entry.kind === "price" ? "non proposé" : null;
    cells[entry.excelName] = typeof value === "number" ? value : blank;
  }
  return cells;
}

/** The variant's own values, as a caterer would type them in the input cells. */
function inputCells(variant: Variant): Record<string, CellContent> {
  return {
    [INPUT_CELLS.guests]: variant.guests ?? null,
    [INPUT_CELLS.zone]: variant.delivery?.zone ?? null,
    [INPUT_CELLS.hours]: variant.staff?.hours ?? null,
    [INPUT_CELLS.count]: variant.staff?.count ?? null,
    [INPUT_CELLS.perGuests]: variant.staff?.per_guests ?? null,
  };
}

/** How a formula is written for a variant; `named` = its inputs read from INPUT_CELLS. */
type Writer = (variant: Variant, basis: Basis, named: boolean) => string;

const productWriter: Writer = (variant, basis, named) =>
  variantFormula(variant, { basis, ...(named ? { inputs: INPUT_CELLS } : {}) });

interface Case {
  readonly grid: Grid;
  readonly variant: Variant;
  readonly named: boolean;
  readonly textBlanks: boolean;
}

/** What differs between the engine and the written formula for one case, or null when they agree. */
function disagreement(write: Writer, { grid, variant, named, textBlanks }: Case): object | null {
  const result = priceVariant(grid, variant);
  const cells = { ...gridCells(grid, textBlanks), ...(named ? inputCells(variant) : {}) };
  const got = (["HT", "TTC"] as const).map((basis) => formulaCents(write(variant, basis, named), cells));
  const want = result.ok ? [result.ht, result.ttc] : ["#N/A", "#N/A"];
  return got[0] === want[0] && got[1] === want[1] ? null : { got, want };
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  grid: anyGrid,
  variant: variantArbitrary,
  named: fc.boolean(),
  textBlanks: fc.boolean(),
});

const agree = (write: Writer) => fc.property(caseArbitrary, (one) => disagreement(write, one) === null);

test("the worked examples E1–E13: the formula gives the engine's cents, #N/A for E13", () => {
  const reference = fixtureGrids[0];
  const cases = WORKED_EXAMPLES.flatMap((example) =>
    [false, true].map((named) => ({ grid: reference, variant: example.variant, named, textBlanks: false })),
  );
  expect(cases.map((one) => disagreement(productWriter, one))).toEqual(cases.map(() => null));
});

test("on generated grids and variants, the engine and the formula of the same expression agree to the cent", () => {
  const failures: object[] = [];
  let priced = 0;
  const runs = 1500;
  fc.assert(
    fc.property(caseArbitrary, (one) => {
      const found = disagreement(productWriter, one);
      if (found) failures.push({ variant: one.variant, named: one.named, ...found });
      if (priceVariant(one.grid, one.variant).ok) priced += 1;
      return found === null;
    }),
    { numRuns: runs, seed: 20270701 },
  );
  expect(failures).toEqual([]);
  // Not a property of #N/A alone: most grids with holes still price most variants.
  expect(priced).toBeGreaterThan(runs / 3);
});

// ---------------------------------------------------------------------------------------------------------------
// Control: twins broken on purpose, by rewriting one binding of the program before it is written as a formula.

function rewrite(name: string, change: (value: Expr) => Expr): (program: PriceProgram) => PriceProgram {
  const each = (binding: Binding): Binding =>
    binding.name === name ? { name, value: change(binding.value) } : binding;
  return (program) => ({ ...program, bindings: program.bindings.map(each) });
}

function brokenWriter(mutate: (program: PriceProgram) => PriceProgram): Writer {
  return (variant, basis, named) => {
    const checked = checkedVariant(variant).variant;
    if (!checked) return "NA()";
    const program = mutate(variantProgram(checked));
    return programFormula(
      program,
      basis === "TTC" ? program.ttc : program.ht,
      named ? { inputs: INPUT_CELLS } : {},
    );
  };
}

/** R4 done wrong: delivery and staff each spread and rounded, instead of their total rounded once. */
const spreadEachCost = rewrite("spread", (value) => {
  if (value.kind !== "note" || value.of.kind !== "divideRound" || value.of.numerator.kind !== "sum")
    return value;
  const { numerator, denominator } = value.of;
  return note(value.step, sum(...numerator.terms.map((term) => divideRound(term, denominator))));
});

/** R3 done wrong: the last surcharge asked for is left out of the delivery fees. */
const dropLastSurcharge = rewrite("delivery.fees", (value) =>
  value.kind === "sum" && value.terms.length > 1 ? sum(...value.terms.slice(0, -1)) : value,
);

test.each([
  ["the spread rounded per cost instead of once", spreadEachCost],
  ["a delivery surcharge dropped", dropLastSurcharge],
])("control: a twin with %s is caught by the same property", (_name, mutate) => {
  const outcome = fc.check(agree(brokenWriter(mutate)), { numRuns: 1500, seed: 20270701 });
  expect(outcome.failed).toBe(true);
  const [counterexample] = outcome.counterexample ?? [];
  expect(counterexample && disagreement(productWriter, counterexample)).toBeNull();
});

import { PRICE_ENTRIES, VAT_ENTRIES, cellValueOf, type Grid } from "../../src/core/grid";
import { priceVariant } from "../../src/core/pricing";
import { LAYOUT_NAMES } from "../../src/core/template";
import { SIMULATOR_ROWS, simulatorFormula, simulatorVariant } from "../../src/core/template/simulator";
import { ZONES, type Zone } from "../../src/core/variant";
import { formulaCents, type CellContent } from "../helpers/formula-eval";
import { loadGrid } from "./pricing-helpers";

// The simulator's live formulas read the guests and zone cells as inputs of the pricing expressions: for any
// guests count and zone typed there, they give priceVariant's cents (read here by the exact test evaluator;
// test/integration/template-libreoffice.test.ts has LibreOffice recalculate them).

const grids = ["reference", "traiteur-a", "traiteur-b"].map((name) => [name, loadGrid(name)] as const);

function cells(grid: Grid, guests: number, zone: string): Record<string, CellContent> {
  const named: Record<string, CellContent> = { [LAYOUT_NAMES.guests]: guests, [LAYOUT_NAMES.zone]: zone };
  for (const entry of [...PRICE_ENTRIES, ...VAT_ENTRIES]) {
    const value = cellValueOf(grid, entry);
    named[entry.excelName] = typeof value === "number" ? value : null;
  }
  return named;
}

describe.each(grids)("simulator on the %s grid", (_name, grid) => {
  test.each([1, 7, 33, 50, 120, 400])(
    "%i guests, every zone: each row's HT and TTC are the engine's",
    (guests) => {
      const rows = ZONES.flatMap((zone: Zone) =>
        SIMULATOR_ROWS.flatMap((row) =>
          (["HT", "TTC"] as const).map((basis) => {
            const result = priceVariant(grid, simulatorVariant(row, guests, zone, basis));
            const want = result.ok ? (basis === "HT" ? result.ht : result.ttc) : "#N/A";
            const got = formulaCents(simulatorFormula(row, basis), cells(grid, guests, zone));
            return { row, zone, basis, got, want };
          }),
        ),
      );
      expect(rows.filter(({ got, want }) => got !== want)).toEqual([]);
      expect(rows.some(({ want }) => typeof want === "number")).toBe(true);
    },
  );
});

test("a zone cell holding anything but a zone of the standard gives #N/A where delivery is included", () => {
  const reference = grids[0][1];
  const got = SIMULATOR_ROWS.map((row) =>
    formulaCents(simulatorFormula(row, "HT"), cells(reference, 30, "lyon")),
  );
  expect(got).toEqual(SIMULATOR_ROWS.map((row) => (row.delivery ? "#N/A" : expect.any(Number))));
});

import { PRICE_ENTRIES, VAT_ENTRIES, cellValueOf, type Grid } from "../../src/core/grid";
import { variantFormula } from "../../src/core/pricing";
import type { Variant } from "../../src/core/variant";
import { miniXlsx, type MiniCell } from "./mini-xlsx";

export const R8_SHEET = "Grille";
/** First row of the formula block: rows above hold the grid, one named cell per price entry and VAT rate. */
export const R8_FIRST_VARIANT_ROW = 101;

/**
 * A workbook holding one grid in named cells (the template's names: GCT_…, column B) and, per variant, its R8 HT
 * formula in column D and TTC formula in column E, with no cached values (LibreOffice computes them).
 */
export async function r8Workbook(grid: Grid, variants: readonly Variant[]): Promise<Buffer> {
  const cells: Record<string, MiniCell> = {};
  const names: Record<string, string> = {};
  [...PRICE_ENTRIES, ...VAT_ENTRIES].forEach((entry, index) => {
    const row = index + 1;
    cells[`A${row}`] = entry.id;
    const value = cellValueOf(grid, entry);
    if (value !== null) cells[`B${row}`] = value;
    names[entry.excelName] = `${R8_SHEET}!$B$${row}`;
  });
  variants.forEach((variant, index) => {
    const row = R8_FIRST_VARIANT_ROW + index;
    cells[`D${row}`] = { formula: variantFormula(variant, { basis: "HT" }) };
    cells[`E${row}`] = { formula: variantFormula(variant, { basis: "TTC" }) };
  });
  return miniXlsx(cells, names, R8_SHEET);
}

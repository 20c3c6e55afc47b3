import type { Grid } from "../../core/grid";
import type { ExcelHost } from "../../excel";
import { checkOpenWorkbook } from "./checkGrid";
import { loadMyGrid, type KeyValueStore } from "./myGrid";

// Which grid prices a variant: my grid when one is saved (it follows the caterer into a buyer's workbook), else
// the grid in the open workbook, else none.

export type GridSource =
  | { readonly kind: "mine"; readonly grid: Grid; readonly savedAt: string }
  | { readonly kind: "workbook"; readonly grid: Grid }
  | { readonly kind: "none" };

export async function gridForPricing(store: KeyValueStore, host: ExcelHost): Promise<GridSource> {
  const mine = loadMyGrid(store);
  if (mine) return { kind: "mine", ...mine };
  const checked = await checkOpenWorkbook(host);
  return checked.kind === "checked" && checked.grid
    ? { kind: "workbook", grid: checked.grid }
    : { kind: "none" };
}

import type { ExcelHost } from "../../excel";
import { gridForPricing, loadMyGrid, type GridSource, type KeyValueStore } from "../../usecases/my-grid";
import { checkOpenWorkbook } from "./checkGrid";

// The grid that prices the form's variant, as the use case chooses it; the open workbook is read only when needed.

export async function gridForPricingIn(store: KeyValueStore, host: ExcelHost): Promise<GridSource> {
  const mine = loadMyGrid(store);
  return gridForPricing(mine, mine ? null : await checkOpenWorkbook(host));
}

import type { WorkbookSnapshot } from "../../core/workbook";
import { readSnapshot, type ExcelHost } from "../../excel";
import { checkGridWorkbook } from "../../usecases/check-grid";
import { gridForPricing, loadMyGrid, type GridSource, type KeyValueStore } from "../../usecases/my-grid";

// The grid that prices the form's variant, as the use case chooses it. The open workbook is always read, so a price
// changed in it a moment ago is the one quoted; its snapshot is kept to point a grid problem at its cell.

export interface PricingGrid {
  readonly source: GridSource;
  readonly snapshot: WorkbookSnapshot;
}

export async function gridForPricingIn(store: KeyValueStore, host: ExcelHost): Promise<PricingGrid> {
  const snapshot = await readSnapshot(host);
  return { source: gridForPricing(loadMyGrid(store), checkGridWorkbook(snapshot)), snapshot };
}

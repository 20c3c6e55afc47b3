import type { ExcelHost } from "../../excel";
import { keepCheckedGrid, type KeyValueStore } from "../../usecases/my-grid";
import { checkOpenWorkbook } from "./checkGrid";

// "Keep this workbook's grid as my grid": the Excel door reads, the use case checks and keeps.

export async function saveFromWorkbook(host: ExcelHost, store: KeyValueStore) {
  return keepCheckedGrid(store, await checkOpenWorkbook(host));
}

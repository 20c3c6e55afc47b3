import type { Finding } from "../../core/findings";
import { readSnapshot, type ExcelHost } from "../../excel";
import { selectCell } from "../../excel/select";
import { checkGridWorkbook, type GridCheck } from "../../usecases/check-grid";
import { readWorkbook } from "../../xlsx/read";

// Check a grid: the open workbook (or a returned .xlsx file) read into a snapshot by a door, then the use case's
// findings. The pane only shows them; clicking one that names a cell selects it in Excel.

export async function checkOpenWorkbook(host: ExcelHost): Promise<GridCheck> {
  return checkGridWorkbook(await readSnapshot(host));
}

/** A returned grid chosen as a file: read with the xlsx door, checked the same way. */
export async function checkWorkbookFile(bytes: Uint8Array, fileName: string): Promise<GridCheck> {
  return checkGridWorkbook(await readWorkbook(bytes, fileName));
}

/** Takes Excel's selection to the cell a finding names. */
export function showFindingCell(host: ExcelHost, finding: Finding): Promise<void> {
  const { sheet, cell } = finding.location ?? {};
  if (!sheet || !cell) return Promise.resolve();
  return selectCell(host, sheet, cell);
}

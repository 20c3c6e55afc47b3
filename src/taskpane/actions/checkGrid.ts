import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { readTemplate, templatePresent } from "../../core/template";
import type { WorkbookSnapshot } from "../../core/workbook";
import { readSnapshot, type ExcelHost } from "../../excel";
import { selectCell } from "../../excel/select";
import { readWorkbook } from "../../xlsx/read";

// Check a grid: the open workbook (or a returned .xlsx file) read into a snapshot, then the template reader's
// findings. The pane only shows them; clicking one that names a cell selects it in Excel.

export type CheckOutcome =
  | { readonly kind: "noGrid" }
  | {
      readonly kind: "checked";
      readonly findings: readonly Finding[];
      /** The grid as read (null when it cannot be priced safely). */
      readonly grid: Grid | null;
      readonly version: string | null;
    };

export function checkSnapshot(snapshot: WorkbookSnapshot): CheckOutcome {
  if (!templatePresent(snapshot)) return { kind: "noGrid" };
  const read = readTemplate(snapshot);
  return { kind: "checked", findings: read.findings, grid: read.grid, version: read.version ?? null };
}

export async function checkOpenWorkbook(host: ExcelHost): Promise<CheckOutcome> {
  return checkSnapshot(await readSnapshot(host));
}

/** A returned grid chosen as a file: read with the xlsx door, checked the same way. */
export async function checkWorkbookFile(bytes: Uint8Array, fileName: string): Promise<CheckOutcome> {
  return checkSnapshot(await readWorkbook(bytes, fileName));
}

/** Takes Excel's selection to the cell a finding names. */
export function showFindingCell(host: ExcelHost, finding: Finding): Promise<void> {
  const { sheet, cell } = finding.location ?? {};
  if (!sheet || !cell) return Promise.resolve();
  return selectCell(host, sheet, cell);
}

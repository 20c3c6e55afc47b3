// selectCell: moves Excel's selection to one cell (its sheet becomes the active one), so a finding shown in the
// task pane can take the user to the cell it is about. One Excel.run, one sync.

import type { ExcelHost } from "./host";

/** Selects `cell` (A1, e.g. "D14") of the sheet named `sheet`. A sheet or cell that does not exist rejects. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).select();
    await context.sync();
  });
}

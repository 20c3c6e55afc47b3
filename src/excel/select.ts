// selectCell: moves Excel's selection to one cell (its sheet becomes the active one), so a finding shown in the
// task pane can take the user to the cell it is about. One Excel.run, one sync.

import type { ExcelHost } from "./host";

/** Selects `cell` (A1, e.g. "D14") of the sheet named `sheet`. A sheet or cell that does not exist rejects. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    // Activate first: Range.select is only documented as "Selects the specified range in the Excel UI", and on
    // a sheet that is not the active one it is reported to do nothing (office-js issue #5118), as VBA's Select fails.
    target.activate();
    target.getRange(cell).select();
    await context.sync();
  });
}

// readOutline: what a decision about new sheets needs — each sheet's name, visibility and protection, and the
// workbook's defined names — in ONE sync whatever the workbook holds. No cells: a snapshot whose sheets are empty.
// applyPlan takes it back (`known`) and skips its own read, so "read, decide, write" is two syncs.

import type { DefinedNameSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../core/workbook";
import type { ExcelHost } from "./host";

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export async function readOutline(host: ExcelHost, source = ""): Promise<WorkbookSnapshot> {
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility, items/protection/protected");
    const names = context.workbook.names;
    names.load("items/name, items/formula, items/visible");
    await context.sync();
    const sheets = worksheets.items.map((sheet): SheetSnapshot => ({
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
      range: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
      cells: [],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      protected: sheet.protection.protected,
    }));
    const defined = names.items.map((item): DefinedNameSnapshot => ({
      name: item.name,
      ref: item.formula.replace(/^=/, ""),
      ...(item.visible ? {} : { hidden: true }),
    }));
    return { source, sheets, names: defined };
  });
}

// readOutline: what a decision about new sheets needs — each sheet's name, visibility and protection, the
// workbook's name, defined names and its tables' names — in ONE sync whatever the workbook holds. No cells: a snapshot
// whose sheets are empty.
// applyPlan takes it back (`known`) and skips its own read, so "read, decide, write" is two syncs.

import type { DefinedNameSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../core/workbook";
import type { ExcelHost } from "./host";
import { queueWorkbookName, workbookNaming } from "./workbook-name";

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The outline: a snapshot without cells, and the names of the workbook's tables (which no new name may take). */
export interface WorkbookOutline extends WorkbookSnapshot {
  readonly tableNames: readonly string[];
}

/** `source` names the workbook in findings; when absent, its name in Excel (see workbook-name.ts). */
export async function readOutline(host: ExcelHost, source?: string): Promise<WorkbookOutline> {
  const naming = workbookNaming(host, source);
  return host.run(async (context) => {
    const name = queueWorkbookName(context, naming);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility, items/protection/protected");
    const names = context.workbook.names;
    names.load("items/name, items/formula, items/visible");
    const tables = context.workbook.tables;
    tables.load("items/name");
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
    return { source: name(), sheets, names: defined, tableNames: tables.items.map((table) => table.name) };
  });
}

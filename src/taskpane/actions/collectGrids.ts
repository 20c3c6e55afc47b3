import type { Collection, ReturnedGrid } from "../../core/collection";
import type { Finding } from "../../core/findings";
import { applyPlan, readOutline, type ExcelHost } from "../../excel";
import type { Lang } from "../../i18n";
import { readReturnedGrid, registerPlan } from "../../usecases/collect-grids";
import { readChosenGridFile, type ChosenFile } from "../../xlsx/chosen-file";
import { inOneRun } from "./excelHost";

// The facilitator's desk in the pane: the chosen files read in the browser by the xlsx door (nothing uploaded), one
// at a time, each handed to the use case; then the register's sheets written beside the open workbook's in ONE
// Excel.run whose syncs do not grow with the number of grids.

export type { ChosenFile } from "../../xlsx/chosen-file";

/** Lets the page draw the progress between two files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the chosen files in order; only each file's line and findings are kept. */
export async function readChosenFiles(
  files: readonly ChosenFile[],
  today: string,
  progress: (done: number, total: number, file: string) => void,
): Promise<ReturnedGrid[]> {
  const grids: ReturnedGrid[] = [];
  for (const [index, file] of files.entries()) {
    progress(index, files.length, file.name);
    await nextFrame();
    grids.push(readReturnedGrid(await readChosenGridFile(file), { today }));
  }
  return grids;
}

export type RegisterOutcome =
  | { readonly kind: "written"; readonly sheets: readonly string[]; readonly syncs: number }
  /** Excel lacks something the register needs, or refused: nothing was written. */
  | { readonly kind: "refused"; readonly reasons: readonly Finding[] };

/**
 * The register's sheets written into the open workbook under names it does not use yet ("Annuaire (2)" when
 * "Annuaire" exists): the outline read (sheets, names, tables' names: one sync), the plan, then its writes on that
 * read (one more sync; more only for megabytes).
 */
export function writeRegister(host: ExcelHost, collection: Collection, lang: Lang): Promise<RegisterOutcome> {
  return inOneRun(host, async (shared): Promise<RegisterOutcome> => {
    const outline = await readOutline(shared);
    const taken = {
      sheets: outline.sheets.map((sheet) => sheet.name),
      names: [...outline.names.map((name) => name.name), ...outline.tableNames],
    };
    const plan = registerPlan(collection, { lang, taken });
    const report = await applyPlan(plan, { host: shared, known: outline });
    if (!report.applied)
      return { kind: "refused", reasons: report.findings.filter((finding) => finding.severity === "error") };
    return { kind: "written", sheets: plan.sheets.map((sheet) => sheet.name), syncs: report.syncs };
  });
}

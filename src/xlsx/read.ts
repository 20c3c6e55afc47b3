// The xlsx door's reader: any .xlsx bytes → a WorkbookSnapshot. Browser-safe (jszip, no Node APIs), so the task
// pane can read a dropped bid file with the same code as the CLI.

import type { DefinedNameSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { openPackage, readPart } from "./package";
import { readSheet } from "./sheet-read";
import { readCellStyles } from "./styles-read";
import { readThemeColors } from "./theme-colors";
import { decodeXml, findElement, findElements, readStringItem } from "./xml";

export interface ReadOptions {
  /** Upper bound on cells per sheet (used range area and listed cells); larger sheets are refused. */
  readonly maxCells?: number;
}

/** Enough for any BPU/DQE with room to spare, small enough to keep memory bounded in a task pane. */
export const DEFAULT_MAX_CELLS = 500_000;

function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return findElements(xml, "si").map(({ inner }) => readStringItem(inner ?? ""));
}

function readDefinedNames(workbookXml: string, sheetNames: readonly string[]): DefinedNameSnapshot[] {
  const names = findElement(workbookXml, "definedNames")?.inner ?? "";
  return findElements(names, "definedName").map(({ attributes, inner }) => {
    const local =
      attributes.localSheetId !== undefined ? sheetNames[Number(attributes.localSheetId)] : undefined;
    return {
      name: attributes.name ?? "",
      ...(local !== undefined ? { sheet: local } : {}),
      ref: decodeXml(inner ?? ""),
      ...(attributes.hidden === "1" || attributes.hidden === "true" ? { hidden: true } : {}),
    };
  });
}

/**
 * Reads every worksheet of an .xlsx into snapshots. Throws `WorkbookReadError` (naming `fileName`) for bytes
 * that are not a zip, a zip that is not a workbook, an encrypted workbook, a legacy .xls, or a sheet over the bound.
 */
export async function readWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const pkg = await openPackage(data, fileName);
  const sharedStrings = readSharedStrings(
    pkg.sharedStringsPath ? await readPart(pkg.zip, pkg.sharedStringsPath, fileName) : undefined,
  );
  const theme = readThemeColors(pkg.themePath ? await readPart(pkg.zip, pkg.themePath, fileName) : undefined);
  const styles = readCellStyles(
    pkg.stylesPath ? await readPart(pkg.zip, pkg.stylesPath, fileName) : undefined,
    theme,
  );
  const sheets = [];
  for (const part of pkg.sheets) {
    const xml = (await readPart(pkg.zip, part.path, fileName)) ?? "";
    sheets.push(
      readSheet({
        xml,
        state: part.state,
        styles,
        file: fileName,
        sheet: part.name,
        sharedStrings,
        maxCells,
      }),
    );
  }
  // localSheetId counts every sheet of the workbook, chart sheets included.
  const allSheetNames = findElements(findElement(pkg.workbookXml, "sheets")?.inner ?? "", "sheet").map(
    ({ attributes }) => attributes.name ?? "",
  );
  return { source: fileName, sheets, names: readDefinedNames(pkg.workbookXml, allSheetNames) };
}

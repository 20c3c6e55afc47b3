import type { WorkbookSnapshot } from "../../core/workbook";
import type { MessageKey, MessageParams } from "../../i18n";
import { checkGridWorkbook, type GridCheck } from "../../usecases/check-grid";
import { gridFromJsonText, gridFromWorkbook, type GridLoad } from "../../usecases/load-grid";
import { readWorkbook } from "../../xlsx/read";

// Files the user chose or dropped, read in this page: the xlsx door turns a workbook into a snapshot, the use cases
// decide. Nothing is uploaded: a File is read from the user's disk into this page's memory.

/** The command line's bound (src/cli/io.ts): far above any grid or schedule, it keeps a wrong file from hanging the page. */
export const MAX_FILE_MB = 64;

/** A file the page refuses before reading it, in the catalog's words (shown by the status line). */
class FileRefused extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams,
  ) {
    super(messageKey);
  }
}

export async function fileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_MB * 1024 * 1024)
    throw new FileRefused("error.fileTooLarge", { file: file.name, max: MAX_FILE_MB });
  return new Uint8Array(await file.arrayBuffer());
}

export async function readWorkbookFile(file: File): Promise<WorkbookSnapshot> {
  return readWorkbook(await fileBytes(file), file.name);
}

/** A returned grid chosen as a file, checked as the pane checks the open workbook. */
export async function checkGridFile(file: File): Promise<{ check: GridCheck; snapshot: WorkbookSnapshot }> {
  const snapshot = await readWorkbookFile(file);
  return { check: checkGridWorkbook(snapshot), snapshot };
}

/** A grid to price from: the standard's JSON, or a filled template (its snapshot kept to point at cells). */
export interface GridFile {
  readonly name: string;
  readonly load: GridLoad;
  readonly snapshot?: WorkbookSnapshot;
}

export const isJsonFile = (file: File): boolean => /\.json$/i.test(file.name);

export async function gridFromFile(file: File): Promise<GridFile> {
  if (isJsonFile(file)) {
    const text = new TextDecoder().decode(await fileBytes(file));
    return { name: file.name, load: gridFromJsonText(text, file.name) };
  }
  const snapshot = await readWorkbookFile(file);
  return { name: file.name, load: gridFromWorkbook(snapshot), snapshot };
}

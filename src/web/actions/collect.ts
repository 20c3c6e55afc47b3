import type { ReturnedGrid } from "../../core/collection";
import { readReturnedGrid, type ReturnedFile } from "../../usecases/collect-grids";
import { WorkbookReadError } from "../../xlsx/errors";
import { readWorkbook } from "../../xlsx/read";
import { MAX_FILE_MB } from "./files";

// The facilitator's returned grids chosen as files, read in this page one at a time (nothing uploaded): a grid's
// JSON as text, a workbook by the xlsx door; a file that cannot be read is kept as "unreadable" with its reason, so
// one bad file never stops the collection. Only each file's line and findings are kept, not its snapshot.

const WORKBOOK_NAME = /\.(xlsx|xlsm)$/i;
const JSON_NAME = /\.json$/i;
/** Zip (.xlsx) and OLE compound file (.xls, an encrypted .xlsx): a workbook whatever its name says. */
const WORKBOOK_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

async function returnedFile(chosen: File): Promise<ReturnedFile> {
  const file = chosen.name;
  if (chosen.size > MAX_FILE_MB * 1024 * 1024)
    return {
      kind: "unreadable",
      file,
      reason: { messageKey: "pane.collect.tooLarge", params: { max: MAX_FILE_MB } },
    };
  if (JSON_NAME.test(file)) return { kind: "jsonText", file, text: await chosen.text() };
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  const isWorkbook = WORKBOOK_MAGIC.some((magic) => magic.every((byte, index) => bytes[index] === byte));
  if (!WORKBOOK_NAME.test(file) && !isWorkbook)
    return { kind: "unreadable", file, reason: { messageKey: "pane.collect.notGridFile", params: {} } };
  try {
    return { kind: "workbook", file, snapshot: await readWorkbook(bytes, file) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { kind: "unreadable", file, reason: { messageKey: error.messageKey, params: error.params } };
  }
}

/** Lets the page draw the progress between two files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the chosen files in order, saying which one is being read. */
export async function readReturnedFiles(
  files: readonly File[],
  today: string,
  progress: (index: number, file: string) => void,
): Promise<ReturnedGrid[]> {
  const grids: ReturnedGrid[] = [];
  for (const [index, file] of files.entries()) {
    progress(index, file.name);
    await nextFrame();
    grids.push(readReturnedGrid(await returnedFile(file), { today }));
  }
  return grids;
}

// A file the user chose in a browser (the pane or the offline page), read for the facilitator's desk: a grid's JSON
// as text, a workbook through this door, anything else refused with its reason. Never throws on the file's content,
// so one bad file never stops a collection of two hundred. The CLI reads paths instead (src/cli/collect-files.ts).

import { jsonProblem } from "../core/json-syntax";
import type { BidFile, JsonTextFile, UnreadableFile, WorkbookFile } from "../core/workbook";
import { WorkbookReadError } from "./errors";
import { isWorkbookBytes } from "./magic";
import { readWorkbook } from "./read";

/** What a face needs of a chosen file (a browser `File` has it). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

/** The same bound as the command line's: a returned grid weighs tens of kB. */
export const MAX_CHOSEN_FILE_MB = 64;

/** A chosen file read: the shape the collection use case takes (`ReturnedFile` in src/usecases/collect-grids.ts). */
export type ChosenFileContent = WorkbookFile | JsonTextFile | UnreadableFile;

const WORKBOOK_NAME = /\.(xlsx|xlsm)$/i;
const JSON_NAME = /\.json$/i;

export async function readChosenGridFile(chosen: ChosenFile): Promise<ChosenFileContent> {
  const file = chosen.name;
  if (chosen.size > MAX_CHOSEN_FILE_MB * 1024 * 1024)
    return {
      kind: "unreadable",
      file,
      reason: { messageKey: "pane.collect.tooLarge", params: { max: MAX_CHOSEN_FILE_MB } },
    };
  if (JSON_NAME.test(file)) return { kind: "jsonText", file, text: await chosen.text() };
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  if (!WORKBOOK_NAME.test(file) && !isWorkbookBytes(bytes))
    return { kind: "unreadable", file, reason: { messageKey: "pane.collect.notGridFile", params: {} } };
  try {
    return { kind: "workbook", file, snapshot: await readWorkbook(bytes, file) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { kind: "unreadable", file, reason: { messageKey: error.messageKey, params: error.params } };
  }
}

/**
 * A bid the buyer chose (the pane and the offline page): a grid's JSON by its name, parsed; anything else read as a
 * workbook by this door, whatever its name says. Never throws on the file's content, so one bad bid never stops a
 * comparison of thirty: it comes back unreadable, with its reason.
 */
export async function readChosenBidFile(file: string, bytes: Uint8Array): Promise<BidFile> {
  if (JSON_NAME.test(file)) {
    const text = new TextDecoder().decode(bytes);
    try {
      return { kind: "json", file, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { kind: "unreadable", file, reason: jsonProblem(file, text, error) };
    }
  }
  try {
    return { kind: "workbook", file, snapshot: await readWorkbook(bytes, file) };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { kind: "unreadable", file, reason: { messageKey: error.messageKey, params: error.params } };
  }
}

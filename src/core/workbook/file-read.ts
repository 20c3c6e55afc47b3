// A file a face read through the file door, as the use cases take it: a workbook's snapshot, a JSON value or its
// text, or the reason it could not be read. One shape for the grids a facilitator collects and the bids a buyer
// compares, whichever face (command line, task pane, offline page) read them.

import type { MessageKey, MessageParams } from "../../i18n";
import type { WorkbookSnapshot } from "./snapshot";

export interface WorkbookFile {
  readonly kind: "workbook";
  readonly file: string;
  readonly snapshot: WorkbookSnapshot;
}

/** A JSON value, already parsed. */
export interface JsonFile {
  readonly kind: "json";
  readonly file: string;
  readonly value: unknown;
}

/** The text of a .json file, not parsed yet (a browser's File.text()). */
export interface JsonTextFile {
  readonly kind: "jsonText";
  readonly file: string;
  readonly text: string;
}

/** The door could not read it (damaged, encrypted, not a workbook, not JSON, too large…): its message. */
export interface UnreadableFile {
  readonly kind: "unreadable";
  readonly file: string;
  readonly reason: { readonly messageKey: MessageKey; readonly params: MessageParams };
}

/** A bid as the comparison takes it: a filled schedule or grid workbook, or a grid's JSON. */
export type BidFile = WorkbookFile | JsonFile | UnreadableFile;

// The files of `grille compare`, read for the use case: the original schedule (unreadable: exit 2) and each bid —
// a workbook (a filled copy of the schedule, or a filled standard grid), or a grid's JSON. A bid that cannot be
// read becomes a finding with its reason; the other bids are still compared.

import * as path from "node:path";
import type { Finding } from "../core/findings";
import type { MessageKey, MessageParams } from "../i18n";
import type { BidInput } from "../usecases/compare-bids";
import { WorkbookReadError } from "../xlsx/errors";
import { readWorkbook } from "../xlsx/read";
import { CliError } from "./errors";
import { isWorkbookBytes } from "../xlsx/magic";
import { parseJsonBytes, readFileOrFail } from "./io";
import type { Progress } from "./progress";

function unreadable(file: string, messageKey: MessageKey, params: MessageParams): BidInput {
  const finding: Finding = { code: messageKey, severity: "error", location: { file }, messageKey, params };
  return { file, source: { kind: "unreadable", finding } };
}

/** A failure to read, as the finding that says why (a CliError or a WorkbookReadError carries its message). */
function reasonOf(file: string, error: unknown): BidInput {
  if (error instanceof CliError || error instanceof WorkbookReadError)
    return unreadable(file, error.messageKey, error.params);
  throw error;
}

export async function readBidFile(file: string): Promise<BidInput> {
  try {
    const data = await readFileOrFail(file);
    const isJson = path.extname(file).toLowerCase() === ".json" && !isWorkbookBytes(data);
    if (isJson) return { file, source: { kind: "gridJson", json: parseJsonBytes(data, file) } };
    return { file, source: { kind: "workbook", book: await readWorkbook(new Uint8Array(data), file) } };
  } catch (error) {
    return reasonOf(file, error);
  }
}

/**
 * Every bid, in the order given, each read then handed to `use` before the next is read (a comparison keeps what
 * it needs of a bid, not its workbook), with the progress shown while they are read.
 */
export async function readBidFiles<T>(
  files: readonly string[],
  progress: Progress,
  use: (bid: BidInput) => T,
): Promise<T[]> {
  const out: T[] = [];
  for (const [index, file] of files.entries()) {
    progress.update(index, files.length, path.basename(file));
    out.push(use(await readBidFile(file)));
  }
  progress.end();
  return out;
}

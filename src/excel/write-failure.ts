// When Excel refuses a write part-way (a lost connection, Excel busy or crashing): the door either puts the workbook
// back as it was, or says exactly what it wrote, never leaves the user guessing. One typed error, whose message key
// and params any face renders in the user's language.

import type { MessageKey, MessageParams } from "../i18n";

/** Each a key of the catalog (a key missing there is a type error). */
export type WriteFailureKey = Extract<
  MessageKey,
  | "excel.write.undone"
  | "excel.write.partial"
  | "excel.fill.notWritten"
  | "excel.fill.interrupted"
  | "excel.fill.interruptedUnsure"
>;

export class ExcelWriteError extends Error {
  /** The Office.js error code of the failure (e.g. "GeneralException"), for support and for tests. */
  readonly code: string | undefined;

  constructor(
    readonly messageKey: WriteFailureKey,
    readonly params: MessageParams,
    override readonly cause: unknown,
  ) {
    super(`${messageKey}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ExcelWriteError";
    const code = typeof cause === "object" && cause !== null ? (cause as { code?: unknown }).code : undefined;
    this.code = typeof code === "string" ? code : undefined;
  }
}

/** "Prix, TVA" — names listed for a message, at most `max` then "…". */
export function listed(names: readonly string[], max = 6): string {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")}, …`;
}

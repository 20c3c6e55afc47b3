import type { MessageKey, MessageParams } from "../i18n";

/** Why a file cannot be read as a workbook. Each code has the message key `workbook.read.<code>`. */
export type WorkbookReadErrorCode =
  | "empty"
  | "notZip"
  | "damaged"
  | "notWorkbook"
  | "ods"
  | "encrypted"
  | "oldXls"
  | "tooManyCells"
  | "partTooLarge"
  | "packageTooLarge"
  | "missingStrings"
  | "corrupt";

/**
 * An unreadable file: a typed error carrying an i18n key and its params (file, and sheet when known), so every
 * face renders one clear message in the user's language.
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;

  constructor(code: WorkbookReadErrorCode, params: MessageParams) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "WorkbookReadError";
    this.code = code;
    this.messageKey = `workbook.read.${code}` as const;
    this.params = params;
  }
}

/** A write the xlsx door refuses: writing a fill's result over its input would destroy the buyer's original. */
export class WorkbookWriteError extends Error {
  readonly code = "sameAsInput";
  readonly messageKey = "workbook.write.sameAsInput";
  readonly params: MessageParams;

  constructor(file: string) {
    super(`sameAsInput: ${file}`);
    this.name = "WorkbookWriteError";
    this.params = { file };
  }
}

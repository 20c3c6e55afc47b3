import { isMessageKey, type MessageKey, type MessageParams } from "../i18n";

// Any failure of an action, in plain words: an Excel error by its code, an unreadable file by its own message,
// storage refused, a part of the pane that could not be fetched, anything else as "unexpected" with the technical
// detail kept for support.

export interface ErrorMessage {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** Office.js error codes (OfficeExtension.ErrorCodes) users meet, each with its explanation in the catalog. */
export const EXCEL_ERROR_CODES = [
  "AccessDenied",
  "ApiNotFound",
  "InvalidOperation",
  // What office.js reports while the user is typing in a cell (its RequestContext maps host error 5004 to it).
  "InvalidOperationInCellEditMode",
  "ItemAlreadyExists",
  "ItemNotFound",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "GeneralException",
] as const;

type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

export function errorMessage(error: unknown): ErrorMessage {
  const messageKey = field(error, "messageKey");
  const params = field(error, "params");
  if (typeof messageKey === "string" && typeof params === "object" && params !== null)
    return isMessageKey(messageKey)
      ? { key: messageKey, params: params as MessageParams }
      : unexpected(error);
  const code = field(error, "code");
  if (typeof code === "string" && (EXCEL_ERROR_CODES as readonly string[]).includes(code))
    return { key: `pane.error.excel.${code as ExcelErrorCode}`, params: {} };
  if (field(error, "name") === "QuotaExceededError") return { key: "pane.error.storage", params: {} };
  // webpack's error when a chunk (a screen's or an action's code, fetched when first needed) does not arrive.
  if (field(error, "name") === "ChunkLoadError") return { key: "pane.error.partNotLoaded", params: {} };
  return unexpected(error);
}

function unexpected(error: unknown): ErrorMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return { key: "pane.error.unexpected", params: { detail } };
}

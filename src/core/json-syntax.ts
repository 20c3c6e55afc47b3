// Where a JSON text stops being JSON, for a message a caterer can act on: the line and column, from the position
// the engine gives ("… in JSON at position 14"), never the engine's own English sentence.

import type { MessageKey, MessageParams } from "../i18n";

export interface JsonProblem {
  readonly messageKey: Extract<MessageKey, "error.jsonInvalid" | "error.jsonInvalidAt">;
  readonly params: MessageParams;
}

/** The problem of `text` that JSON.parse refused with `error`, for the file named `file`. */
export function jsonProblem(file: string, text: string, error: unknown): JsonProblem {
  const message = error instanceof Error ? error.message : "";
  const position = /\bposition (\d+)/.exec(message);
  // "Unexpected end of JSON input": the text stops too early, at its end.
  const at = position ? Number(position[1]) : /end of JSON/i.test(message) ? text.length : null;
  if (at === null || at > text.length) return { messageKey: "error.jsonInvalid", params: { file } };
  const before = text.slice(0, at).split("\n");
  return {
    messageKey: "error.jsonInvalidAt",
    params: { file, line: before.length, column: before[before.length - 1].length + 1 },
  };
}

import type { Finding } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** The codes of comparison findings: the keys `compare.…` of src/i18n/messages/bid.ts. */
export type CompareFindingCode = Extract<MessageKey, `compare.${string}`>;

/** A problem with the buyer's comparison options; its code is its message key. */
export function compareFinding(code: CompareFindingCode, path: string, params: MessageParams = {}): Finding {
  return { code, severity: "error", location: { path }, messageKey: code, params };
}

import type { Finding } from "../findings";
import type { MessageParams } from "../../i18n/types";

/** A problem with the buyer's comparison options; its code is its message key (src/i18n/messages/bid.ts). */
export function compareFinding(code: string, path: string, params: MessageParams = {}): Finding {
  return { code, severity: "error", location: { path }, messageKey: code, params };
}

import type { Finding } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** A variant that cannot be priced from this grid: an error naming the missing line, never a guess. */
export function notPriceable(code: MessageKey, id: string, params: MessageParams = {}): Finding {
  return { code, severity: "error", id, location: { path: id }, messageKey: code, params: { id, ...params } };
}

import type { Finding, Severity } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** A grid finding: its code is also its message key (src/i18n/messages/grid.ts), `path` the JSON path or id. */
export function gridFinding(
  code: MessageKey,
  severity: Severity,
  id: string | undefined,
  params: MessageParams = {},
  path = id,
): Finding {
  return {
    code,
    severity,
    // An empty key ("": 1 in a JSON file) is still a key to name: tested against undefined, not for truthiness.
    ...(id !== undefined ? { id } : {}),
    ...(path !== undefined ? { location: { path } } : {}),
    messageKey: code,
    params: id !== undefined ? { id, ...params } : params,
  };
}

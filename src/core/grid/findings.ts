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
    ...(id ? { id } : {}),
    ...(path ? { location: { path } } : {}),
    messageKey: code,
    params: id ? { id, ...params } : params,
  };
}

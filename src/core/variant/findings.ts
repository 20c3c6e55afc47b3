import type { Finding, Severity } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** A variant finding: its code is its message key (src/i18n/messages/pricing.ts); `path` the variant's field. */
export function variantFinding(
  code: MessageKey,
  severity: Severity,
  path: string,
  params: MessageParams = {},
  id?: string,
): Finding {
  return {
    code,
    severity,
    ...(id ? { id } : {}),
    location: { path },
    messageKey: code,
    params: { field: path, ...params },
  };
}

import type { Finding, Severity } from "../findings";
import type { MessageParams } from "../../i18n/types";

/** A finding on the buyer's list of lines: `line` is 1-based, `path` the field ("quantity", "variant.pieces"). */
export function scheduleFinding(
  code: string,
  severity: Severity,
  line: number | undefined,
  path: string,
  params: MessageParams = {},
): Finding {
  const location = { ...(line !== undefined ? { line } : {}), path };
  return {
    code,
    severity,
    location,
    messageKey: code,
    params: { ...(line !== undefined ? { line } : {}), ...params },
  };
}

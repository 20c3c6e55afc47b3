import type { Finding, Severity } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** The codes of the buyer's list findings: the keys `schedule.…` of src/i18n/messages/bid.ts. */
export type ScheduleFindingCode = Extract<MessageKey, `schedule.${string}`>;

/** A finding on the buyer's list of lines: `line` is 1-based, `path` the field ("quantity", "variant.pieces"). */
export function scheduleFinding(
  code: ScheduleFindingCode,
  severity: Severity,
  line: number | undefined,
  path: string,
  params: MessageParams = {},
): Finding {
  const location = { ...(line !== undefined ? { line } : {}), path };
  return { code, severity, location, messageKey: code, params };
}

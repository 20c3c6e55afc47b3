import type { Finding, Location, Severity } from "../../core/findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** The comparison's own finding codes: keys `compare.tender.…`, `compare.bid.…`, `compare.grid.…`. */
export type ComparisonFindingCode = Extract<
  MessageKey,
  `compare.tender.${string}` | `compare.bid.${string}` | `compare.grid.${string}`
>;

/** A finding of the comparison; its code is its message key (money params in cents, rendered by findingMessage). */
export function comparisonFinding(
  code: ComparisonFindingCode,
  severity: Severity,
  location: Location,
  params: MessageParams = {},
): Finding {
  return { code, severity, location, messageKey: code, params };
}

/** "15, 16, 17" — rows in a message, at most `max` of them then "…". */
export function rowList(rows: readonly number[], max = 12): string {
  const shown = rows.slice(0, max).join(", ");
  return rows.length > max ? `${shown}, …` : shown;
}

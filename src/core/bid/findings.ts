import type { Finding, Severity } from "../findings";
import type { MessageKey, MessageParams } from "../../i18n";

/** Where a bid finding points: the bid's file (when known), sheet and cell. */
export interface BidPlace {
  readonly file?: string;
  readonly sheet: string;
  readonly cell?: string;
}

/** The codes of bid findings: the keys `bid.…` of src/i18n/messages/bid.ts. */
export type BidFindingCode = Extract<MessageKey, `bid.${string}`>;

/**
 * A finding on a bid; its code is its message key. Money params are cents, rates basis points: render with
 * findingMessage, which shows them in the reader's style.
 */
export function bidFinding(
  code: BidFindingCode,
  severity: Severity,
  place: BidPlace,
  params: MessageParams = {},
): Finding {
  return { code, severity, location: { ...place }, messageKey: code, params };
}

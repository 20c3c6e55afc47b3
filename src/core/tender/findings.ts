import type { Finding, Location, Severity } from "../findings";
import type { KeySuffix } from "../../i18n/catalog";
import type { MessageParams } from "../../i18n/types";

/** The findings of the tender reader: the keys of src/i18n/messages/tender.ts under `tender.finding.`. */
export type TenderFindingCode = KeySuffix<"tender.finding.">;

/** A finding of the tender reader: code `tender.<code>`, message key `tender.finding.<code>`. */
export function tenderFinding(
  code: TenderFindingCode,
  severity: Severity,
  location: Location,
  params: MessageParams = {},
): Finding {
  return { code: `tender.${code}`, severity, location, messageKey: `tender.finding.${code}`, params };
}

import type { Finding, Location, Severity } from "../findings";
import type { MessageParams } from "../../i18n/types";

export type TenderFindingCode =
  | "noTable"
  | "noTableOnSheet"
  | "sheetMissing"
  | "noInputs"
  | "otherSheets"
  | "hiddenLines"
  | "basisUnknown"
  | "basisConflict"
  | "scopeUnmatched"
  | "correctionRow"
  | "correctionInvalid";

/** A finding of the tender reader: code `tender.<code>`, message key `tender.finding.<code>`. */
export function tenderFinding(
  code: TenderFindingCode,
  severity: Severity,
  location: Location,
  params: MessageParams = {},
): Finding {
  return { code: `tender.${code}`, severity, location, messageKey: `tender.finding.${code}`, params };
}

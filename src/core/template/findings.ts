import type { Finding, Severity } from "../findings";
import type { MessageParams } from "../../i18n/types";

/** Where in the workbook a finding points: a sheet and an A1 cell, so a face can select it. */
export interface CellLocation {
  readonly sheet: string;
  readonly cell: string;
}

/** A template finding; its message key is `template.finding.<code>`. */
export function templateFinding(
  code: string,
  severity: Severity,
  id: string | undefined,
  params: MessageParams,
  location: CellLocation | undefined,
): Finding {
  const key = `template.finding.${code}`;
  return {
    code: key,
    severity,
    ...(id ? { id } : {}),
    ...(location ? { location: { ...location, ...(id ? { path: id } : {}) } } : {}),
    messageKey: key,
    params: id ? { id, ...params } : params,
  };
}

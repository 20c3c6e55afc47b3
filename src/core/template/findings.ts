import type { Finding, Severity } from "../findings";
import type { KeySuffix, MessageParams } from "../../i18n";

/** Where in the workbook a finding points: a sheet and an A1 cell, so a face can select it. */
export interface CellLocation {
  readonly sheet: string;
  readonly cell: string;
}

/** The codes of template findings: the keys `template.finding.<code>` of src/i18n/messages/template.ts. */
export type TemplateFindingCode = KeySuffix<"template.finding.">;

/** A template finding; its message key is `template.finding.<code>`. */
export function templateFinding(
  code: TemplateFindingCode,
  severity: Severity,
  id: string | undefined,
  params: MessageParams,
  location: CellLocation | undefined,
): Finding {
  const key = `template.finding.${code}` as const;
  return {
    code: key,
    severity,
    ...(id ? { id } : {}),
    ...(location ? { location: { ...location, ...(id ? { path: id } : {}) } } : {}),
    messageKey: key,
    params: id ? { id, ...params } : params,
  };
}

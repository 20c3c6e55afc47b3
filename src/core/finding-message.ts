import type { Finding } from "./findings";
import { t, type Lang } from "../i18n";
import { catalogueEntry } from "./grid/catalogue";

/**
 * A finding in words. Where it names an id of the standard, the reader sees the line's label with the id
 * ("SIRET (entreprise.siret)"): a caterer in the template knows the label, someone editing JSON knows the id.
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  const params = finding.params ?? {};
  const entry = typeof params.id === "string" ? catalogueEntry(params.id) : undefined;
  const named = entry ? { ...params, id: `${entry.label[lang]} (${entry.id})` } : params;
  return t(lang, finding.messageKey, named);
}

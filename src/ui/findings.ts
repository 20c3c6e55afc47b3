import type { Finding, Severity } from "../core/findings";
import { fieldLabel, findingMessage } from "../core/finding-message";
import type { Lang, Translate } from "../i18n";
import { el } from "./dom";

// Findings as a list a caterer can act on: errors first, each in words of the catalog with where it is; a finding
// that points at a cell is a button that takes Excel's selection there.

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

/** "Grille!D14", or null when the finding points at no cell. */
export function cellReference(finding: Finding): string | null {
  const { sheet, cell } = finding.location ?? {};
  return sheet && cell ? `${sheet}!${cell}` : null;
}

/**
 * Where a finding is, as its reader finds it: its cell ("Grille!D14"); else the field of the form it is about, by
 * its label ("Livraison", never "variant.delivery"); else its path in the file or the file; null when nowhere.
 */
export function findingPlace(finding: Finding, lang: Lang): string | null {
  const cell = cellReference(finding);
  if (cell) return cell;
  const path = finding.location?.path;
  const field = path ? fieldLabel(path, lang) : undefined;
  return field !== undefined ? field : (path ?? finding.location?.file ?? null);
}

/** How the list words a finding, when not with findingMessage (a bid's findings carry cents and rates). */
export type FindingWords = (finding: Finding, lang: Lang) => string;

function findingBody(finding: Finding, t: Translate, lang: Lang, words: FindingWords): HTMLElement[] {
  const where = findingPlace(finding, lang);
  return [
    el("span", { class: `severity severity-${finding.severity}` }, [t(`pane.severity.${finding.severity}`)]),
    el("span", { class: "finding-text" }, [words(finding, lang)]),
    ...(where ? [el("span", { class: "finding-where" }, [where])] : []),
  ];
}

/**
 * The findings, sorted. With `onSelect`, a finding with a sheet and a cell is a button; the others stay text.
 * `label` names the list for screen readers.
 */
export function findingList(
  findings: readonly Finding[],
  {
    t,
    lang,
    words = findingMessage,
  }: { readonly t: Translate; readonly lang: Lang; readonly words?: FindingWords },
  label: string,
  onSelect?: (finding: Finding) => void,
): HTMLElement {
  const items = sortFindings(findings).map((finding) => {
    const body = findingBody(finding, t, lang, words);
    if (!onSelect || !cellReference(finding)) return el("li", { class: "finding" }, [el("span", {}, body)]);
    const button = el(
      "button",
      { type: "button", class: "finding-button", "data-cell": cellReference(finding) ?? "" },
      body,
    );
    button.addEventListener("click", () => onSelect(finding));
    return el("li", { class: "finding" }, [button]);
  });
  return el("ul", { class: "findings", "aria-label": label }, items);
}

/** "2 errors, 1 warning" in the catalog's words; zero counts are left out. */
export function findingCounts(findings: readonly Finding[], t: Translate): string {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => t(`pane.count.${severity}`, { count }))
    .join(", ");
}

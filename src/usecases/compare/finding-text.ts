import { bidFindingMessage } from "../../core/bid";
import { findingMessage } from "../../core/finding-message";
import type { Finding } from "../../core/findings";
import type { Lang } from "../../i18n";

/**
 * Any finding of a comparison in the reader's words: bid and comparison findings carry cents and basis points
 * (bidFindingMessage shows them as "12,50 €"), the others (a grid's, a tender's, a file's) their own params.
 */
export function comparisonFindingMessage(finding: Finding, lang: Lang): string {
  const key = finding.messageKey;
  return key.startsWith("bid.") || key.startsWith("compare.")
    ? bidFindingMessage(finding, lang)
    : findingMessage(finding, lang);
}

/** "BPU-DQE!D15" when the finding names a cell, else null. */
export function findingCell(finding: Finding): string | null {
  const { sheet, cell } = finding.location ?? {};
  if (!cell) return null;
  return sheet ? `${sheet}!${cell}` : cell;
}

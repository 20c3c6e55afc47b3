// The comparison workbook: a summary (ranks, totals, scores, flags, statistics, a bar chart of the totals), the
// line-by-line detail and the findings, as one workbook plan — written to a file by the xlsx door, or added to
// the open workbook by the Excel door (new sheets only: names already taken get a number).

import { t, type Lang } from "../../../i18n";
import type { WorkbookPlan } from "../../../core/workbook";
import type { ComparedResult } from "../bid-findings";
import { findingsSheet } from "./findings-sheet";
import { linesLayout, linesSheet } from "./lines-sheet";
import { summaryLayout, summarySheet } from "./summary-sheet";
import { compareStyles } from "./styles";
import { fitRowHeights } from "../../../core/workbook/row-heights";
import { baseName } from "../json";

export interface ComparisonWorkbookOptions {
  readonly lang: Lang;
  /** Sheet names already in the workbook the plan goes into (compared as Excel does, whatever the case). */
  readonly takenSheets?: readonly string[];
}

const MAX_SHEET_NAME = 31;

/** `wanted`, or "wanted (2)", "wanted (3)"… — the first not taken, within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface ComparisonSheetNames {
  readonly summary: string;
  readonly lines: string;
  readonly findings: string;
}

export function comparisonSheetNames(lang: Lang, takenSheets: readonly string[] = []): ComparisonSheetNames {
  const taken = new Set(takenSheets.map((name) => name.toLowerCase()));
  const pick = (wanted: string) => {
    const name = freeSheetName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  return {
    summary: pick(t(lang, "compare.sheet.summary.name")),
    lines: pick(t(lang, "compare.sheet.lines.name")),
    findings: pick(t(lang, "compare.sheet.findings.name")),
  };
}

export function comparisonWorkbookPlan(
  result: ComparedResult,
  options: ComparisonWorkbookOptions,
): WorkbookPlan {
  const { lang } = options;
  const names = comparisonSheetNames(lang, options.takenSheets);
  const shown = result.bids.flatMap((bid, index) => (bid.kind === "unreadable" ? [] : [index]));
  const lines = linesLayout(result, shown.length, names.lines);
  const summary = summaryLayout(result, names.summary);
  const styles = compareStyles(lang);
  const sheets = [
    summarySheet({ result, summary, lines, shown, lang }),
    linesSheet(result, shown, lines, lang),
    findingsSheet(result, names.findings, lang),
  ];
  return {
    // Rows as tall as their wrapped texts: LibreOffice's print would otherwise draw them over each other.
    sheets: sheets.map((sheet) => fitRowHeights(sheet, styles)),
    styles,
    properties: {
      title: t(lang, "compare.sheet.summary.title"),
      subject: baseName(result.tender.file),
      keywords: "grille-commune-traiteur;comparaison",
    },
  };
}

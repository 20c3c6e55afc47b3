// The findings of a bid check as every face shows them: in the order of the workbook (sheet, row, column), in the
// reader's words (amounts and rates in the reader's style), and as the JSON of `grille check --json`.

import type { BidFindingCode } from "../core/bid";
import { findingMessage } from "../core/finding-message";
import { findingCell, type Finding } from "../core/findings";
import { parseCell } from "../core/workbook/address";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { Lang, MessageParams } from "../i18n";

/** A finding about the bid as a whole (its sheet, its table), naming both files for the message. */
export function bidTableFinding(
  code: BidFindingCode,
  books: { readonly original: WorkbookSnapshot; readonly bid: WorkbookSnapshot },
  sheet: string,
  params: MessageParams = {},
): Finding {
  return {
    code,
    severity: "error",
    location: { file: books.bid.source, sheet },
    messageKey: code,
    params: { bid: books.bid.source, tender: books.original.source, sheet, ...params },
  };
}

/** Sheet order, then row, then column; findings on a whole sheet (a row removed) first in their sheet. */
export function sortedBidFindings(findings: readonly Finding[], book: WorkbookSnapshot): Finding[] {
  const sheetIndex = new Map(book.sheets.map((sheet, index) => [sheet.name, index]));
  const key = (finding: Finding): [number, number, number] => {
    const cell = parseCell(finding.location?.cell ?? "");
    return [sheetIndex.get(finding.location?.sheet ?? "") ?? -1, cell?.row ?? -1, cell?.column ?? -1];
  };
  return findings
    .map((finding, index) => ({ finding, index, key: key(finding) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
    .map((entry) => entry.finding);
}

export interface BidCheckJson {
  readonly bid: string;
  readonly tender: string;
  readonly findings: readonly {
    readonly code: string;
    readonly severity: Finding["severity"];
    readonly cell: string | null;
    readonly message: string;
  }[];
}

/** The shape of `grille check --json`. */
export function bidCheckJson(
  files: { readonly bid: string; readonly tender: string },
  findings: readonly Finding[],
  lang: Lang,
): BidCheckJson {
  return {
    bid: files.bid,
    tender: files.tender,
    findings: findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      cell: findingCell(finding),
      message: findingMessage(finding, lang),
    })),
  };
}

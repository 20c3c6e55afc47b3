// The findings sheet: everything the comparison found, one row each — about the schedule first, then bid by bid
// (a missing price, a price typed as text, an arithmetic error, a flag "à justifier", the reason a file could not
// be read) — with the file, the bidder, the severity in words, the cell and the message.

import type { Finding } from "../../../core/findings";
import type { CellPlan, SheetPlan } from "../../../core/workbook";
import { t, type Lang } from "../../../i18n";
import { bidFindings, type ComparedResult } from "../bid-findings";
import { findingMessage } from "../../../core/finding-message";
import { findingCell } from "../../../core/findings";
import { baseName } from "../json";
import { text } from "./cells";
import { bidLabel } from "./lines-sheet";
import { COMPARE_STYLE as S } from "./styles";

export const FINDING_ROWS = { title: 1, note: 2, header: 4, first: 5 } as const;
const HEADERS = ["file", "bidder", "severity", "cell", "message", "code"] as const;
const COLUMNS = ["A", "B", "C", "D", "E", "F"] as const;

interface Row {
  readonly file: string;
  readonly bidder: string;
  readonly finding: Finding;
}

function rowsOf(result: ComparedResult): Row[] {
  const tender = result.findings.map((finding) => ({
    file: baseName(result.tender.file),
    bidder: "",
    finding,
  }));
  const bids = result.bids.flatMap((bid, index) =>
    bidFindings(result, index).map((finding) => ({
      file: baseName(bid.file),
      bidder: bidLabel(result, index),
      finding,
    })),
  );
  return [...tender, ...bids];
}

function rowCells(row: Row, at: number, lang: Lang): CellPlan[] {
  const values = [
    row.file,
    row.bidder,
    t(lang, `severity.${row.finding.severity}`),
    findingCell(row.finding) ?? "",
    findingMessage(row.finding, lang),
    row.finding.code,
  ];
  const styles = [S.muted, S.text, S.text, S.muted, S.text, S.muted];
  return values.map((value, index) => text(`${COLUMNS[index]}${at}`, value, styles[index]));
}

export function findingsSheet(result: ComparedResult, name: string, lang: Lang): SheetPlan {
  const rows = rowsOf(result);
  const last = Math.max(FINDING_ROWS.header, FINDING_ROWS.first + rows.length - 1);
  return {
    name,
    cells: [
      text(`A${FINDING_ROWS.title}`, t(lang, "compare.sheet.findings.title"), S.title),
      text(
        `A${FINDING_ROWS.note}`,
        rows.length === 0 ? t(lang, "compare.sheet.findings.none") : t(lang, "compare.sheet.findings.note"),
        S.note,
      ),
      ...HEADERS.map((key, index) =>
        text(`${COLUMNS[index]}${FINDING_ROWS.header}`, t(lang, `compare.sheet.findings.${key}`), S.header),
      ),
      ...rows.flatMap((row, index) => rowCells(row, FINDING_ROWS.first + index, lang)),
    ],
    columns: [
      { column: "A", width: 22 },
      { column: "B", width: 26 },
      { column: "C", width: 13 },
      { column: "D", width: 14 },
      { column: "E", width: 90 },
      { column: "F", width: 22 },
    ],
    freeze: { rows: FINDING_ROWS.header, columns: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `${FINDING_ROWS.header}:${FINDING_ROWS.header}`,
      area: `A1:F${last}`,
    },
    tabColor: "ED7D31",
  };
}

// The summary sheet: one row per bid, cheapest first — rank, bidder, file, totals HT and TTC, or TTC alone on a
// schedule asking TTC prices only (taken from the line-by-line sheet), the three scores with the buyer's choice first, the abnormally-low flags ("à justifier",
// never "rejeté") — then the statistics the flags come from and a bar chart of the totals. Ranks, scores,
// statistics and flags are formulas over the totals and the points cell, so they follow a corrected price.

import type { ScoreMethod } from "../../../core/compare";
import { SCORE_METHODS } from "../../../core/compare";
import { numberFromScaled } from "../../../core/money/decimal";
import type { CellPlan, SheetPlan } from "../../../core/workbook";
import { columnLetters, quoteSheetName } from "../../../core/workbook";
import { t, type Lang } from "../../../i18n";
import { bidFindings, type ComparedResult } from "../bid-findings";
import { baseName } from "../json";
import { formula, money, number, text } from "./cells";
import { bidLabel, linesRef, type LinesLayout } from "./lines-sheet";
import type { Basis } from "../../../core/variant/model";
import { basisWord } from "../basis";
import { COMPARE_STYLE as S } from "./styles";
import { DEFAULT_ESTIMATE_BELOW_BP } from "../../../core/compare";

export const SUMMARY_ROWS = { title: 1, subtitle: 2, note: 3, points: 4, header: 6, first: 7 } as const;
const POINTS = `$C$${SUMMARY_ROWS.points}`;

/**
 * Columns of the bids table: the total compared (HT, or TTC on a TTC schedule) always in E, the statistics' values
 * under it; the TTC beside it on an HT basis; then the three scores, the buyer's method first, and the flags.
 */
const COL = { rank: "A", bidder: "B", file: "C", status: "D", total: "E" } as const;

/** Bids in reading order: complete ones by rank, then incomplete ones, then those that could not be read. */
export function summaryOrder(result: ComparedResult): number[] {
  const key = (index: number) => {
    const bid = result.comparison.bids[index];
    if (bid.rank !== null) return bid.rank;
    return result.bids[index].kind === "unreadable" ? 2e9 : 1e9;
  };
  return result.bids.map((_bid, index) => index).sort((a, b) => key(a) - key(b) || a - b);
}

export const methodOrder = (first: ScoreMethod): ScoreMethod[] => [
  first,
  ...SCORE_METHODS.filter((m) => m !== first),
];

interface StatsRows {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly sigma: number;
  readonly threshold: number;
  readonly trimmed?: { readonly mean: number; readonly threshold: number };
  readonly estimate?: { readonly value: number; readonly below: number; readonly threshold: number };
  readonly last: number;
}

export interface SummaryLayout {
  readonly name: string;
  readonly first: number;
  readonly last: number;
  readonly stats: StatsRows;
  /** The TTC total beside the HT one; none on a TTC basis, where the total compared is the TTC. */
  readonly ttcColumn: string | null;
  readonly scoreColumns: readonly string[];
  readonly flagColumns: readonly string[];
  readonly findingsColumn: string;
}

export function summaryLayout(result: ComparedResult, name: string): SummaryLayout {
  const last = SUMMARY_ROWS.first + result.bids.length - 1;
  let row = last + 2;
  const next = () => row++;
  const base = { count: next(), min: next(), max: next(), mean: next(), sigma: next(), threshold: next() };
  const trimmed = result.trimmedMean ? { mean: next(), threshold: next() } : undefined;
  const estimate = result.estimate ? { value: next(), below: next(), threshold: next() } : undefined;
  const flags = 1 + (trimmed ? 1 : 0) + (estimate ? 1 : 0);
  const hasTtc = result.tender.basis === "HT";
  let column = 5; // F, after the total compared
  const take = (count: number) => Array.from({ length: count }, () => columnLetters(column++));
  const ttcColumn = hasTtc ? take(1)[0] : null;
  const scoreColumns = take(SCORE_METHODS.length);
  const flagColumns = take(flags);
  return {
    name,
    first: SUMMARY_ROWS.first,
    last,
    stats: { ...base, ...(trimmed ? { trimmed } : {}), ...(estimate ? { estimate } : {}), last: row - 1 },
    ttcColumn,
    scoreColumns,
    flagColumns,
    findingsColumn: take(1)[0],
  };
}

const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

function statusText(result: ComparedResult, index: number, lang: Lang): string {
  if (result.bids[index].kind === "unreadable") return t(lang, "compare.status.unreadable");
  const bid = result.comparison.bids[index];
  if (bid.complete) return t(lang, "compare.status.complete");
  return t(lang, "compare.status.incomplete", { count: bid.missingLines.length });
}

interface Context {
  readonly result: ComparedResult;
  readonly summary: SummaryLayout;
  readonly lines: LinesLayout;
  readonly shown: readonly number[];
  readonly lang: Lang;
}

function scoreFormulas(total: string, range: string): Record<ScoreMethod, string> {
  const min = `MIN(${range})`;
  const max = `MAX(${range})`;
  const blank = (value: string) => `=IF(${total}="","",${value})`;
  return {
    classique: blank(`IF(${total}=0,${POINTS},ROUND(${POINTS}*${min}/${total},2))`),
    lineaire: blank(`IF(${max}=${min},${POINTS},ROUND(${POINTS}*(${max}-${total})/(${max}-${min}),2))`),
    ecart: blank(
      `IF(${min}=0,IF(${total}=0,${POINTS},0),MAX(0,ROUND(${POINTS}*(2*${min}-${total})/${min},2)))`,
    ),
  };
}

function flagFormulas(ctx: Context, total: string): string[] {
  const { stats } = ctx.summary;
  const flag = quoted(t(ctx.lang, "compare.sheet.flag"));
  const when = (condition: string) => `=IF(${total}="","",IF(${condition},${flag},""))`;
  return [
    when(`${total}<$E$${stats.threshold}`),
    ...(stats.trimmed
      ? [when(`AND(${total}<$E$${stats.trimmed.mean},${total}<=$E$${stats.trimmed.threshold})`)]
      : []),
    ...(stats.estimate
      ? [when(`AND(${total}<$E$${stats.estimate.value},${total}<=$E$${stats.estimate.threshold})`)]
      : []),
  ];
}

function bidRow(ctx: Context, index: number, row: number): CellPlan[] {
  const { result, summary, lines, shown, lang } = ctx;
  const bid = result.bids[index];
  const j = shown.indexOf(index);
  const total = `$${COL.total}${row}`;
  const range = `$${COL.total}$${summary.first}:$${COL.total}$${summary.last}`;
  const cells: CellPlan[] = [
    text(`${COL.bidder}${row}`, bidLabel(result, index), S.textBold),
    text(`${COL.file}${row}`, baseName(bid.file), S.muted),
    text(`${COL.status}${row}`, statusText(result, index, lang), S.muted),
    number(`${summary.findingsColumn}${row}`, bidFindings(result, index).length, S.rank),
  ];
  if (j < 0) return cells;
  const scores = scoreFormulas(total, range);
  const methods = methodOrder(result.method);
  const scored = result.comparison.bids[index].scores !== null || !result.comparison.bids[index].complete;
  return [
    ...cells,
    formula(`${COL.rank}${row}`, `=IF(${total}="","",RANK(${total},${range},1))`, S.rank),
    formula(`${COL.total}${row}`, `=${linesRef(lines, lines.amount(j), lines.totalRow)}`, S.moneyBold),
    ...(summary.ttcColumn && lines.vat
      ? [
          formula(
            `${summary.ttcColumn}${row}`,
            `=${linesRef(lines, lines.amount(j), lines.vat.totalTtcRow)}`,
            S.money,
          ),
        ]
      : []),
    // Invalid points (the comparison's finding says so) leave the scores blank, as in the JSON.
    ...(scored
      ? methods.map((method, m) => formula(`${summary.scoreColumns[m]}${row}`, scores[method], S.score))
      : []),
    ...flagFormulas(ctx, total).map((value, f) => formula(`${summary.flagColumns[f]}${row}`, value, S.flag)),
  ];
}

function headerCells(ctx: Context): CellPlan[] {
  const { result, summary, lang } = ctx;
  const h = SUMMARY_ROWS.header;
  const flags = [
    t(lang, "compare.sheet.summary.flag.meanSigma"),
    ...(result.trimmedMean ? [t(lang, "compare.sheet.summary.flag.trimmedMean")] : []),
    ...(result.estimate ? [t(lang, "compare.sheet.summary.flag.estimate")] : []),
  ];
  return [
    text(`A${SUMMARY_ROWS.title}`, t(lang, "compare.sheet.summary.title"), S.title),
    text(
      `A${SUMMARY_ROWS.subtitle}`,
      t(lang, "compare.sheet.tender", {
        file: baseName(result.tender.file),
        sheet: result.tender.sheet,
        lines: result.tender.lines.length,
      }),
      S.subtitle,
    ),
    text(
      `A${SUMMARY_ROWS.note}`,
      t(lang, "compare.sheet.summary.note", {
        sheet: ctx.lines.name,
        basis: basisWord(result.tender.basis, lang),
      }),
      S.note,
    ),
    text(`B${SUMMARY_ROWS.points}`, t(lang, "compare.sheet.summary.points"), S.label),
    number(`C${SUMMARY_ROWS.points}`, result.points, S.points),
    ...(["rank", "bidder", "file", "status"] as const).map((key) =>
      text(`${COL[key]}${h}`, t(lang, `compare.sheet.summary.${key}`), S.header),
    ),
    text(`${COL.total}${h}`, t(lang, totalLabel(result)), S.header),
    ...(summary.ttcColumn
      ? [text(`${summary.ttcColumn}${h}`, t(lang, "compare.sheet.summary.totalTtc"), S.header)]
      : []),
    ...methodOrder(result.method).map((method, m) =>
      text(`${summary.scoreColumns[m]}${h}`, t(lang, `compare.sheet.summary.score.${method}`), S.header),
    ),
    ...flags.map((label, f) => text(`${summary.flagColumns[f]}${h}`, label, S.header)),
    text(`${summary.findingsColumn}${h}`, t(lang, "compare.sheet.summary.findings"), S.header),
  ];
}

function statsCells(ctx: Context): CellPlan[] {
  const { result, summary, lang } = ctx;
  const { stats } = summary;
  const basis = result.tender.basis;
  const range = `$E$${summary.first}:$E$${summary.last}`;
  const ifAny = (value: string) => `=IF(COUNT(${range})=0,"",${value})`;
  const row = (at: number, key: Parameters<typeof statLabel>[0], value: CellPlan["write"], style: string) => [
    text(`D${at}`, statLabel(key, basis, lang), S.label),
    { cell: `E${at}`, write: value, style },
  ];
  const f = (value: string) => ({ kind: "formula" as const, formula: value });
  const cells: CellPlan[] = [
    ...row(stats.count, "count", f(`=COUNT(${range})`), S.rank),
    ...row(stats.min, "min", f(ifAny(`MIN(${range})`)), S.money),
    ...row(stats.max, "max", f(ifAny(`MAX(${range})`)), S.money),
    ...row(stats.mean, "mean", f(ifAny(`AVERAGE(${range})`)), S.money),
    ...row(stats.sigma, "sigma", f(ifAny(`STDEVP(${range})`)), S.money),
    ...row(
      stats.threshold,
      "threshold",
      f(ifAny(`ROUND(AVERAGE(${range})-STDEVP(${range}),2)`)),
      S.moneyBold,
    ),
  ];
  if (stats.trimmed) {
    const kept = `AVERAGEIF(${range},"<="&1.2*AVERAGE(${range}))`;
    cells.push(
      ...row(stats.trimmed.mean, "trimmedMean", f(ifAny(kept)), S.money),
      ...row(
        stats.trimmed.threshold,
        "trimmedThreshold",
        f(ifAny(`ROUND(E${stats.trimmed.mean}*0.9,2)`)),
        S.moneyBold,
      ),
    );
  }
  const estimate = result.estimate;
  if (stats.estimate && estimate) {
    const below = numberFromScaled(estimate.belowBp ?? DEFAULT_ESTIMATE_BELOW_BP, 4);
    cells.push(
      text(`D${stats.estimate.value}`, statLabel("estimate", basis, lang), S.label),
      money(`E${stats.estimate.value}`, estimate.total, S.money),
      text(`D${stats.estimate.below}`, statLabel("estimateBelow", basis, lang), S.label),
      number(`E${stats.estimate.below}`, below, S.percent),
      ...row(
        stats.estimate.threshold,
        "estimateThreshold",
        f(`=ROUND(E${stats.estimate.value}*(1-E${stats.estimate.below}),2)`),
        S.moneyBold,
      ),
    );
  }
  return cells;
}

type StatKey =
  | "count"
  | "min"
  | "max"
  | "mean"
  | "sigma"
  | "threshold"
  | "trimmedMean"
  | "trimmedThreshold"
  | "estimate"
  | "estimateBelow"
  | "estimateThreshold";

function statLabel(key: StatKey, basis: Basis, lang: Lang): string {
  return t(lang, `compare.sheet.stats.${key}`, { basis: basisWord(basis, lang) });
}

/** The header of the total compared. */
const totalLabel = (result: ComparedResult) =>
  result.tender.basis === "HT" ? "compare.sheet.summary.totalHt" : "compare.sheet.summary.totalTtc";

/** Notes under the statistics: what a flag means in law, and each score's formula. */
function noteCells(ctx: Context, from: number): CellPlan[] {
  const { lang } = ctx;
  const notes = [
    t(lang, "compare.sheet.legal"),
    ...methodOrder(ctx.result.method).map((method) => t(lang, `compare.method.${method}`)),
  ];
  return notes.map((note, index) => text(`A${from + index}`, note, index === 0 ? S.legal : S.note));
}

export const CHART_ROWS = 16;

export function summarySheet(ctx: Context): SheetPlan {
  const { result, summary, lang } = ctx;
  const order = summaryOrder(result);
  const statsFirst = summary.last + 2;
  const chartLast = statsFirst + CHART_ROWS - 1;
  const notesFirst = Math.max(summary.stats.last, chartLast) + 2;
  const sheet = quoteSheetName(summary.name);
  const lastColumn = summary.findingsColumn;
  const notesLast = notesFirst + 3;
  const notes = [notesFirst, notesFirst + 1, notesFirst + 2, notesFirst + 3];
  return {
    name: summary.name,
    cells: [
      ...headerCells(ctx),
      ...order.flatMap((index, position) => bidRow(ctx, index, summary.first + position)),
      ...statsCells(ctx),
      ...noteCells(ctx, notesFirst),
    ],
    columns: [
      { column: "A", width: 7 },
      { column: "B", width: 34 },
      { column: "C", width: 22 },
      { column: "D", width: 40 },
      { column: "E", width: 16 },
      ...(summary.ttcColumn ? [{ column: summary.ttcColumn, width: 16 }] : []),
      ...summary.scoreColumns.map((column) => ({ column, width: 11 })),
      ...summary.flagColumns.map((column) => ({ column, width: 14 })),
      { column: summary.findingsColumn, width: 11 },
    ],
    rows: [
      { row: SUMMARY_ROWS.header, height: 45 },
      // The legal note wraps over the table's width: three lines at most.
      { row: notesFirst, height: 48 },
    ],
    merges: notes.map((row) => `A${row}:${lastColumn}${row}`),
    freeze: { rows: SUMMARY_ROWS.header, columns: 0 },
    charts:
      result.bids.length === 0
        ? []
        : [
            {
              type: "bar",
              horizontal: true,
              title: t(lang, "compare.sheet.chart.title", { basis: basisWord(result.tender.basis, lang) }),
              categories: `${sheet}!$B$${summary.first}:$B$${summary.last}`,
              series: [
                {
                  name: t(lang, totalLabel(result)),
                  values: `${sheet}!$E$${summary.first}:$E$${summary.last}`,
                },
              ],
              anchor: { from: `G${statsFirst}`, to: `${lastColumn}${chartLast}` },
            },
          ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `${SUMMARY_ROWS.header}:${SUMMARY_ROWS.header}`,
      area: `A1:${lastColumn}${notesLast}`,
    },
    tabColor: "70AD47",
  };
}

export type { Context as SummaryContext };

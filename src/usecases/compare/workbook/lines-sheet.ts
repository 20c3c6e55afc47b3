// The line-by-line sheet: the original's lines, each bid's unit price as read (HT; TTC on a schedule asking TTC only;
// a colour scale per line, lowest green), the complete bids' min, max and mean per line, each bid's gap to the mean,
// each bid's amounts (quantity × unit price, R7) and its totals — HT, VAT per rate and TTC, or TTC alone on a TTC
// schedule — formulas, so a buyer sees where every total comes from, and they recalculate when a price is corrected.

import type { Lang } from "../../../i18n";
import { t } from "../../../i18n";
import { basisPoints } from "../../../core/money";
import { numberFromScaled } from "../../../core/money/decimal";
import { formatRate } from "../../../core/money/format";
import {
  columnLetters,
  quoteSheetName,
  type CellPlan,
  type ConditionalFormatPlan,
  type SheetPlan,
} from "../../../core/workbook";
import type { Basis } from "../../../core/variant/model";
import type { ComparedResult } from "../bid-findings";
import { baseName } from "../json";
import { empty, formula, money, number, text } from "./cells";
import { basisWord } from "../basis";
import { COMPARE_STYLE as S } from "./styles";

export const LINE_ROWS = { title: 1, subtitle: 2, note: 3, group: 4, header: 5, first: 6 } as const;

/** The rows under an HT total: VAT per rate (the rate in column E), the VAT and the TTC. */
export interface VatRows {
  readonly rates: readonly { readonly rateBp: number; readonly row: number }[];
  readonly totalVatRow: number;
  readonly totalTtcRow: number;
}

export interface LinesLayout {
  readonly name: string;
  readonly basis: Basis;
  readonly first: number;
  readonly last: number;
  readonly missingRow: number;
  /** The DQE total on the schedule's basis: what the summary ranks. */
  readonly totalRow: number;
  /** On an HT basis only: a TTC schedule has neither a VAT column nor VAT rows. */
  readonly vat: VatRows | null;
  readonly lastRow: number;
  /** Column letters of shown bid j (0-based among shown bids). */
  price(j: number): string;
  gap(j: number): string;
  amount(j: number): string;
  readonly min: string;
  readonly max: string;
  readonly mean: string;
  readonly lastColumn: string;
}

function vatRowsUnder(result: ComparedResult, totalRow: number): VatRows {
  const rates = [...new Set(result.tender.lines.map((line) => line.vatBp as number))].sort((a, b) => a - b);
  const totalVatRow = totalRow + rates.length + 1;
  return {
    rates: rates.map((rateBp, index) => ({ rateBp, row: totalRow + 1 + index })),
    totalVatRow,
    totalTtcRow: totalVatRow + 1,
  };
}

export function linesLayout(result: ComparedResult, shown: number, name: string): LinesLayout {
  const { basis } = result.tender;
  const lines = result.tender.lines.length;
  const first = LINE_ROWS.first;
  const last = first + lines - 1;
  const missingRow = last + 2;
  const totalRow = missingRow + 1;
  const vat = basis === "HT" ? vatRowsUnder(result, totalRow) : null;
  /** Fixed columns A–E (A–D without the VAT column), then per bid: unit prices, then min/max/mean, gaps, amounts. */
  const fixed = vat ? 5 : 4;
  // Every column's letters worked out once: the line cells ask for them tens of thousands of times.
  const letters = Array.from({ length: fixed + 3 * shown + 3 }, (_v, index) => columnLetters(index));
  const col = (index: number) => letters[index] ?? columnLetters(index);
  return {
    name,
    basis,
    first,
    last,
    missingRow,
    totalRow,
    vat,
    lastRow: vat ? vat.totalTtcRow : totalRow,
    price: (j) => col(fixed + j),
    min: col(fixed + shown),
    max: col(fixed + shown + 1),
    mean: col(fixed + shown + 2),
    gap: (j) => col(fixed + shown + 3 + j),
    amount: (j) => col(fixed + 2 * shown + 3 + j),
    lastColumn: col(fixed + 3 * shown + 2),
  };
}

/** A reference to a cell of the lines sheet from another sheet: 'Détail par ligne'!$H$32. */
export function linesRef(layout: LinesLayout, column: string, row: number): string {
  return `${quoteSheetName(layout.name)}!$${column}$${row}`;
}

/** A bid's name for a reader: its bidder, else its file name. */
export const bidLabel = (result: ComparedResult, index: number): string =>
  result.bids[index].bidder ?? baseName(result.bids[index].file);

/** Row 4: what each block of columns holds. */
function groupCells(layout: LinesLayout, lang: Lang): CellPlan[] {
  const g = LINE_ROWS.group;
  const basis = basisWord(layout.basis, lang);
  return [
    text(`${layout.price(0)}${g}`, t(lang, "compare.sheet.lines.prices", { basis }), S.group),
    text(`${layout.min}${g}`, t(lang, "compare.sheet.lines.stats"), S.group),
    text(`${layout.gap(0)}${g}`, t(lang, "compare.sheet.lines.gaps"), S.group),
    text(`${layout.amount(0)}${g}`, t(lang, "compare.sheet.lines.amounts", { basis }), S.group),
  ];
}

/** The group labels span their blocks. */
function groupMerges(shown: number, layout: LinesLayout): string[] {
  const g = LINE_ROWS.group;
  const block = (from: string, to: string) => `${from}${g}:${to}${g}`;
  const blocks =
    shown > 1
      ? [
          block(layout.price(0), layout.price(shown - 1)),
          block(layout.gap(0), layout.gap(shown - 1)),
          block(layout.amount(0), layout.amount(shown - 1)),
        ]
      : [];
  return shown === 0 ? [] : [...blocks, block(layout.min, layout.mean)];
}

function headerCells(
  result: ComparedResult,
  shown: readonly number[],
  layout: LinesLayout,
  lang: Lang,
): CellPlan[] {
  const h = LINE_ROWS.header;
  const fixed = layout.vat
    ? (["ref", "designation", "unit", "quantity", "vat"] as const)
    : (["ref", "designation", "unit", "quantity"] as const);
  const tender = result.tender;
  return [
    text(`A${LINE_ROWS.title}`, t(lang, "compare.sheet.lines.title"), S.title),
    text(
      `A${LINE_ROWS.subtitle}`,
      t(lang, "compare.sheet.tender", {
        file: baseName(tender.file),
        sheet: tender.sheet,
        lines: tender.lines.length,
      }),
      S.subtitle,
    ),
    text(
      `A${LINE_ROWS.note}`,
      t(lang, "compare.sheet.lines.note", { basis: basisWord(layout.basis, lang) }),
      S.note,
    ),
    ...fixed.map((role, index) =>
      text(`${columnLetters(index)}${h}`, t(lang, `compare.sheet.lines.${role}`), S.header),
    ),
    ...(shown.length === 0 ? [] : groupCells(layout, lang)),
    ...shown.flatMap((bid, j) => [
      text(`${layout.price(j)}${h}`, bidLabel(result, bid), S.header),
      text(`${layout.gap(j)}${h}`, bidLabel(result, bid), S.header),
      text(`${layout.amount(j)}${h}`, bidLabel(result, bid), S.header),
    ]),
    ...(shown.length === 0
      ? []
      : [
          text(`${layout.min}${h}`, t(lang, "compare.sheet.lines.min"), S.header),
          text(`${layout.max}${h}`, t(lang, "compare.sheet.lines.max"), S.header),
          text(`${layout.mean}${h}`, t(lang, "compare.sheet.lines.mean"), S.header),
        ]),
  ];
}

/** Neighbouring columns, from and to (the same column for a run of one). */
interface ColumnRun {
  readonly from: string;
  readonly to: string;
}

/**
 * The price columns of the complete bids among those shown, as runs of neighbouring columns: the min, max and mean
 * of each line are theirs. A line reads MIN(F6:P6,R6:AI6) rather than thirty cells one by one, and stays under
 * Excel's 255 arguments a function takes however many bids there are, unless complete and incomplete bids alternate.
 */
function completePriceRuns(
  result: ComparedResult,
  shown: readonly number[],
  layout: LinesLayout,
): ColumnRun[] {
  const runs: { from: string; to: string }[] = [];
  let open = false;
  shown.forEach((bid, j) => {
    if (!result.comparison.bids[bid].complete) open = false;
    else if (open) runs[runs.length - 1].to = layout.price(j);
    else {
      runs.push({ from: layout.price(j), to: layout.price(j) });
      open = true;
    }
  });
  return runs;
}

function lineCells(
  result: ComparedResult,
  shown: readonly number[],
  layout: LinesLayout,
  completeRuns: readonly ColumnRun[],
  index: number,
): CellPlan[] {
  const line = result.tender.lines[index];
  const row = layout.first + index;
  const stats = result.comparison.lines[index];
  const list = completeRuns
    .map(({ from, to }) => (from === to ? `${from}${row}` : `${from}${row}:${to}${row}`))
    .join(",");
  const mean = `$${layout.mean}${row}`;
  return [
    text(`A${row}`, line.ref, S.muted),
    text(`B${row}`, line.designation, S.text),
    text(`C${row}`, line.unit, S.muted),
    number(`D${row}`, line.quantity, S.quantity),
    ...(layout.vat ? [number(`E${row}`, numberFromScaled(line.vatBp, 4), S.rate)] : []),
    ...shown.flatMap((bid, j) => {
      const price = `${layout.price(j)}${row}`;
      const unit = result.bids[bid].unit[index];
      const style = result.bids[bid].kind === "grid" ? S.gridPrice : S.money;
      return [
        unit === null ? empty(price, S.money) : money(price, unit, style),
        formula(
          `${layout.gap(j)}${row}`,
          `=IF(OR(${price}="",${mean}="",${mean}=0),"",${price}/${mean}-1)`,
          S.gap,
        ),
        formula(`${layout.amount(j)}${row}`, `=IF(${price}="","",ROUND($D${row}*${price},2))`, S.money),
      ];
    }),
    ...(stats.mean === null || list === ""
      ? [
          empty(`${layout.min}${row}`, S.money),
          empty(`${layout.max}${row}`, S.money),
          empty(`${layout.mean}${row}`, S.money),
        ]
      : [
          formula(`${layout.min}${row}`, `=MIN(${list})`, S.money),
          formula(`${layout.max}${row}`, `=MAX(${list})`, S.money),
          formula(`${layout.mean}${row}`, `=AVERAGE(${list})`, S.money),
        ]),
  ];
}

/** Under an HT total: VAT per rate (SUMIF over the rate column), the VAT and the TTC. */
function vatCells(layout: LinesLayout, vat: VatRows, amount: string): CellPlan[] {
  const { first, last, totalRow } = layout;
  const total = `${amount}${totalRow}`;
  const blankIfIncomplete = (value: string) => `=IF(${total}="","",${value})`;
  return [
    ...vat.rates.map(({ row }) =>
      formula(
        `${amount}${row}`,
        blankIfIncomplete(
          `ROUND(SUMIF($E$${first}:$E$${last},$E$${row},${amount}${first}:${amount}${last})*$E$${row},2)`,
        ),
        S.money,
      ),
    ),
    formula(
      `${amount}${vat.totalVatRow}`,
      blankIfIncomplete(
        vat.rates.length === 0 ? "0" : vat.rates.map(({ row }) => `${amount}${row}`).join("+"),
      ),
      S.moneyBold,
    ),
    formula(
      `${amount}${vat.totalTtcRow}`,
      blankIfIncomplete(`${total}+${amount}${vat.totalVatRow}`),
      S.moneyBold,
    ),
  ];
}

function vatLabels(vat: VatRows, lang: Lang): CellPlan[] {
  return [
    text(`B${vat.totalVatRow}`, t(lang, "compare.sheet.lines.totalVat"), S.label),
    text(`B${vat.totalTtcRow}`, t(lang, "compare.sheet.lines.totalTtc"), S.label),
    ...vat.rates.flatMap(({ rateBp, row }) => [
      text(
        `B${row}`,
        t(lang, "compare.sheet.lines.vatAt", { rate: formatRate(basisPoints(rateBp), lang) }),
        S.label,
      ),
      number(`E${row}`, numberFromScaled(rateBp, 4), S.rate),
    ]),
  ];
}

function totalCells(shown: readonly number[], layout: LinesLayout, lang: Lang): CellPlan[] {
  const { first, last, missingRow, totalRow, vat } = layout;
  const lines = last - first + 1;
  const totalLabel = vat ? "compare.sheet.lines.totalHt" : "compare.sheet.lines.totalTtc";
  const cells: CellPlan[] = [
    text(`B${missingRow}`, t(lang, "compare.sheet.lines.missing"), S.label),
    text(`B${totalRow}`, t(lang, totalLabel), S.label),
    ...(vat ? vatLabels(vat, lang) : []),
  ];
  shown.forEach((_bid, j) => {
    const price = layout.price(j);
    const amount = layout.amount(j);
    cells.push(
      formula(`${price}${missingRow}`, `=${lines}-COUNT(${price}${first}:${price}${last})`, S.rank),
      formula(
        `${amount}${totalRow}`,
        `=IF(${price}${missingRow}>0,"",SUM(${amount}${first}:${amount}${last}))`,
        S.moneyBold,
      ),
      ...(vat ? vatCells(layout, vat, amount) : []),
    );
  });
  return cells;
}

/** Lowest price of a line in green, highest in red; gaps more than 50 % below the mean stand out. */
function formats(shown: number, layout: LinesLayout): ConditionalFormatPlan[] {
  const { first, last } = layout;
  if (shown === 0 || last < first) return [];
  const rows = Array.from({ length: last - first + 1 }, (_v, index) => first + index);
  const scales: ConditionalFormatPlan[] =
    shown < 2
      ? []
      : rows.map((row) => ({
          type: "colorScale",
          range: `${layout.price(0)}${row}:${layout.price(shown - 1)}${row}`,
          colors: ["63BE7B", "FFEB84", "F8696B"],
        }));
  return [
    ...scales,
    {
      type: "cellValue",
      range: `${layout.gap(0)}${first}:${layout.gap(shown - 1)}${last}`,
      operator: "lessThan",
      values: ["-0.5"],
      style: S.outlier,
    },
  ];
}

export function linesSheet(
  result: ComparedResult,
  shown: readonly number[],
  layout: LinesLayout,
  lang: Lang,
): SheetPlan {
  const widths: [string, number][] = [
    ["A", 8],
    ["B", 44],
    ["C", 10],
    ["D", 11],
    ...(layout.vat ? [["E", 7] as [string, number]] : []),
    ...shown.flatMap((_bid, j): [string, number][] => [
      [layout.price(j), 15],
      [layout.gap(j), 11],
      [layout.amount(j), 15],
    ]),
    [layout.min, 13],
    [layout.max, 13],
    [layout.mean, 13],
  ];
  const completeRuns = completePriceRuns(result, shown, layout);
  return {
    name: layout.name,
    cells: [
      ...headerCells(result, shown, layout, lang),
      ...result.tender.lines.flatMap((_line, index) => lineCells(result, shown, layout, completeRuns, index)),
      ...totalCells(shown, layout, lang),
    ],
    columns: widths.map(([column, width]) => ({ column, width })),
    rows: [{ row: LINE_ROWS.header, height: 45 }],
    merges: groupMerges(shown.length, layout),
    freeze: { rows: LINE_ROWS.header, columns: 2 },
    conditionalFormats: formats(shown.length, layout),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `${LINE_ROWS.header}:${LINE_ROWS.header}`,
      area: `A1:${layout.lastColumn}${layout.lastRow}`,
    },
    tabColor: "5B9BD5",
  };
}

// The totals under the schedule: total HT, then per VAT rate its HT base and its VAT (R7), total VAT, total TTC,
// and a count of missing prices so a bidder sees a forgotten line before sending.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { BasisPoints } from "../money/cents";
import { numberFromScaled } from "../money/decimal";
import type { CellPlan } from "../workbook/plan";
import {
  missingPricesFormula,
  rateBaseFormula,
  rateVatFormula,
  sumFormula,
  totalHtFormula,
} from "./formulas";
import { SCHEDULE_COLUMNS as COL } from "./layout";
import { SCHEDULE_STYLE as S } from "./styles";

export interface TotalsBlock {
  readonly cells: CellPlan[];
  /** Rows of the total HT, total VAT and total TTC cells (column H). */
  readonly totalHtRow: number;
  readonly totalVatRow: number;
  readonly totalTtcRow: number;
  readonly lastRow: number;
}

const label = (row: number, text: string): CellPlan => ({
  cell: `${COL.designation}${row}`,
  write: { kind: "text", value: text },
  style: S.totalLabel,
});

const amount = (row: number, formula: string, style: string = S.total): CellPlan => ({
  cell: `${COL.amountHt}${row}`,
  write: { kind: "formula", formula },
  style,
});

export const rateStyle = (rate: BasisPoints): string => (rate % 100 === 0 ? S.rate : S.rateDecimal);

export const rateCell = (row: number, rate: BasisPoints): CellPlan => ({
  cell: `${COL.vat}${row}`,
  write: { kind: "number", value: numberFromScaled(rate, 4) },
  style: rateStyle(rate),
});

/** The block starts two rows under the last line; `rates` are the distinct rates of the lines. */
export function totalsBlock(
  first: number,
  last: number,
  rates: readonly BasisPoints[],
  lang: Lang,
): TotalsBlock {
  const cells: CellPlan[] = [];
  let row = last + 2;
  const totalHtRow = row;
  cells.push(label(row, t(lang, "schedule.total.ht")), amount(row, totalHtFormula(first, last)));
  const vatRows: number[] = [];
  for (const rate of [...rates].sort((a, b) => a - b)) {
    row += 1;
    cells.push(label(row, t(lang, "schedule.total.base")), rateCell(row, rate));
    cells.push(amount(row, rateBaseFormula(row, first, last), S.money));
    row += 1;
    cells.push(label(row, t(lang, "schedule.total.vatAt")), rateCell(row, rate));
    cells.push(amount(row, rateVatFormula(row, row - 1), S.money));
    vatRows.push(row);
  }
  const totalVatRow = row + 1;
  const totalTtcRow = row + 2;
  const missingRow = row + 3;
  cells.push(label(totalVatRow, t(lang, "schedule.total.vat")), amount(totalVatRow, sumFormula(vatRows)));
  cells.push(label(totalTtcRow, t(lang, "schedule.total.ttc")));
  cells.push(amount(totalTtcRow, `=${COL.amountHt}${totalHtRow}+${COL.amountHt}${totalVatRow}`));
  cells.push(label(missingRow, t(lang, "schedule.total.missing")));
  cells.push({
    cell: `${COL.amountHt}${missingRow}`,
    write: { kind: "formula", formula: missingPricesFormula(first, last) },
    style: S.label,
  });
  return { cells, totalHtRow, totalVatRow, totalTtcRow, lastRow: missingRow };
}

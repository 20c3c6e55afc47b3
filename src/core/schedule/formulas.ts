// The schedule's formulas, with ROUND at the points R6 and R7 say, so the workbook gives the same cents as the
// engine (R8): unit price TTC = round(HT × (1 + rate)); amount = quantity × unit price (rounded only for a
// fractional quantity, as lineAmount does); VAT per rate on the totals = round(total HT at that rate × rate).

import { SCHEDULE_COLUMNS as COL } from "./layout";

/** A blank price leaves the row's formulas blank, so a missing price is seen, not read as 0. */
export const priceTtcFormula = (row: number): string =>
  `=IF(${COL.priceHt}${row}="","",ROUND(${COL.priceHt}${row}*(1+${COL.vat}${row}),2))`;

export const amountFormula = (row: number): string =>
  `=IF(${COL.priceHt}${row}="","",ROUND(${COL.quantity}${row}*${COL.priceHt}${row},2))`;

const column = (letter: string, first: number, last: number) => `$${letter}$${first}:$${letter}$${last}`;

export const totalHtFormula = (first: number, last: number): string =>
  `=SUM(${column(COL.amountHt, first, last)})`;

/** HT total of the lines at the rate shown in this row's VAT cell. */
export const rateBaseFormula = (row: number, first: number, last: number): string =>
  `=SUMIF(${column(COL.vat, first, last)},${COL.vat}${row},${column(COL.amountHt, first, last)})`;

export const rateVatFormula = (row: number, baseRow: number): string =>
  `=ROUND(${COL.amountHt}${baseRow}*${COL.vat}${row},2)`;

export const sumFormula = (rows: readonly number[]): string =>
  `=${rows.length === 0 ? "0" : rows.map((row) => `${COL.amountHt}${row}`).join("+")}`;

export const missingPricesFormula = (first: number, last: number): string =>
  `=COUNTBLANK(${column(COL.priceHt, first, last)})`;

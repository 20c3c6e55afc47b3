// Small builders of cell plans for the comparison workbook. Texts are always written as text (a bidder's name
// "=1+1" stays a name); money is written from cents through its exact decimal text.

import type { Cents } from "../../../core/money";
import { numberFromScaled } from "../../../core/money/decimal";
import type { CellPlan, CellWrite } from "../../../core/workbook";

/** A cell plan, with its style when it has one (no `style` key otherwise). */
const planned = (cell: string, write: CellWrite, style?: string): CellPlan =>
  style ? { cell, write, style } : { cell, write };

export const text = (cell: string, value: string, style?: string): CellPlan =>
  planned(cell, { kind: "text", value }, style);

export const number = (cell: string, value: number, style?: string): CellPlan =>
  planned(cell, { kind: "number", value }, style);

export const money = (cell: string, amount: Cents, style?: string): CellPlan =>
  number(cell, numberFromScaled(amount, 2), style);

export const formula = (cell: string, value: string, style?: string): CellPlan =>
  planned(cell, { kind: "formula", formula: value }, style);

export const empty = (cell: string, style?: string): CellPlan => planned(cell, { kind: "empty" }, style);

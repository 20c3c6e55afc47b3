// Small builders of cell plans for the comparison workbook. Texts are always written as text (a bidder's name
// "=1+1" stays a name); money is written from cents through its exact decimal text.

import type { Cents } from "../../../core/money";
import { numberFromScaled } from "../../../core/money/decimal";
import type { CellPlan } from "../../../core/workbook";

export const text = (cell: string, value: string, style?: string): CellPlan => ({
  cell,
  write: { kind: "text", value },
  ...(style ? { style } : {}),
});

export const number = (cell: string, value: number, style?: string): CellPlan => ({
  cell,
  write: { kind: "number", value },
  ...(style ? { style } : {}),
});

export const money = (cell: string, amount: Cents, style?: string): CellPlan =>
  number(cell, numberFromScaled(amount, 2), style);

export const formula = (cell: string, value: string, style?: string): CellPlan => ({
  cell,
  write: { kind: "formula", formula: value },
  ...(style ? { style } : {}),
});

export const empty = (cell: string, style?: string): CellPlan => ({
  cell,
  write: { kind: "empty" },
  ...(style ? { style } : {}),
});

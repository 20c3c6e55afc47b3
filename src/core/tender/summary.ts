// The table in the words a face shows: column letters per role, and HT or TTC for the whole table.

import type { Basis } from "../variant/model";
import { columnLetters } from "../workbook/address";
import { amountColumn } from "./columns";
import type { TenderCondition } from "./conditions";
import type { PriceTable } from "./model";

export interface TenderColumns {
  readonly ref?: string;
  readonly designation?: string;
  readonly unit?: string;
  readonly quantity?: string;
  readonly price_ht?: string;
  readonly vat?: string;
  readonly price_ttc?: string;
  readonly amount?: string;
}

export function letters(column: number | undefined): string | undefined {
  return column === undefined ? undefined : columnLetters(column);
}

/** HT or TTC for the whole table: the column typed into, else what the conditions say, else unknown (null). */
export function tableBasis(table: PriceTable, conditions: readonly TenderCondition[]): Basis | null {
  const column = table.inputs[0]?.basis;
  if (column) return column;
  const stated = new Set(conditions.flatMap((condition) => condition.facts.basis));
  return stated.size === 1 ? [...stated][0] : null;
}

/** Column letters by role; a price column that does not say HT or TTC goes under the table's basis. */
export function tableColumns(table: PriceTable, basis: Basis | null): TenderColumns {
  const { columns } = table;
  const price = (own: number | undefined, wanted: Basis) =>
    letters(own ?? (basis === wanted ? columns.price : undefined));
  const entries: [keyof TenderColumns, string | undefined][] = [
    ["ref", letters(columns.ref)],
    ["designation", letters(columns.designation)],
    ["unit", letters(columns.unit)],
    ["quantity", letters(columns.quantity)],
    ["price_ht", price(columns.price_ht, "HT")],
    ["vat", letters(columns.vat)],
    ["price_ttc", price(columns.price_ttc, "TTC")],
    ["amount", letters(amountColumn(table.header, basis))],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as TenderColumns;
}

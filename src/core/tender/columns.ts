// From a header to the table's columns: one column per role (the first, left to right), every price column kept,
// and among them the ones the bidder types into (empty or typed cells), not the ones the buyer computes
// (formulas such as TTC = HT × (1 + TVA), or a DQE's prices taken from its BPU).

import type { Basis } from "../variant/model";
import type { HeaderCell, HeaderFound } from "./header-row";
import type { ColumnRole } from "./headers";
import type { PriceInput } from "./model";
import type { SheetView } from "./sheet-view";

const PRICE_BASIS: Readonly<Partial<Record<ColumnRole, Basis | null>>> = {
  price_ht: "HT",
  price_ttc: "TTC",
  price: null,
};

export function firstColumns(header: HeaderFound): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ordered = [...header.cells.entries()].sort(([a], [b]) => a - b);
  for (const [column, cell] of ordered) if (columns[cell.role] === undefined) columns[cell.role] = column;
  return columns;
}

/** A row that carries a line: it names something in the designation column. */
function namedRows(view: SheetView, header: HeaderFound, designation: number | undefined): number[] {
  const rows: number[] = [];
  if (designation === undefined) return rows;
  for (let row = header.row + 1; row <= view.lastRow; row++)
    if (!view.isHiddenRow(row) && view.ownText(row, designation) !== "") rows.push(row);
  return rows;
}

/**
 * The price columns to type into, HT first: those where, on the rows that name a line, cells to type into
 * outnumber formulas. A column of formulas (TTC computed from HT) is the buyer's, not the bidder's.
 */
export function priceInputs(
  view: SheetView,
  header: HeaderFound,
  designation: number | undefined,
): PriceInput[] {
  const rows = namedRows(view, header, designation);
  const inputs: PriceInput[] = [];
  for (const [column, cell] of header.cells) {
    const basis = PRICE_BASIS[cell.role];
    if (basis === undefined) continue;
    const typed = rows.filter((row) => view.isInput(row, column)).length;
    const computed = rows.filter((row) => view.hasFormula(row, column)).length;
    if (typed > 0 && typed >= computed) inputs.push({ column, basis });
  }
  const rank = (input: PriceInput) => (input.basis === "HT" ? 0 : input.basis === "TTC" ? 1 : 2);
  return inputs.sort((a, b) => rank(a) - rank(b) || a.column - b.column);
}

/** Among several amount columns ("Montant HT", "Montant TTC"), the one of the basis asked. */
export function amountColumn(
  cells: ReadonlyMap<number, HeaderCell>,
  basis: Basis | null,
): number | undefined {
  const amounts = [...cells.entries()].filter(([, cell]) => cell.role === "amount").sort(([a], [b]) => a - b);
  const wanted = basis
    ? amounts.find(([, cell]) => new RegExp(`\\b${basis}\\b`, "i").test(cell.text))
    : undefined;
  return (wanted ?? amounts[0])?.[0];
}

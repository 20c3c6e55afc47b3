// The priced lines of a table as the designation reader takes them: ref, designation, unit cell, section, the
// conditions that govern each, and the cells a fill step will type the price into.

import type { VatCategory } from "../grid/catalogue";
import type { Basis } from "../variant/model";
import { formatCell } from "../workbook/address";
import type { CellSnapshot } from "../workbook/snapshot";
import type { PriceTable } from "./model";
import { sectionOfRef } from "./sections";
import type { SheetView } from "./sheet-view";

/** A cell to type a price into: sheet, A1 address, and whether the price goes in HT or TTC. */
export interface PriceCell {
  readonly sheet: string;
  readonly cell: string;
  readonly basis: Basis | null;
  /**
   * In a standard schedule, the VAT category of the part of the variant's price this cell asks for (a cocktail
   * with wine has a repas line and an alcool line); absent when the cell takes the whole price.
   */
  readonly part?: VatCategory;
}

export interface TableLine {
  /** 0-based row. */
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly unit?: string;
  /** The estimated quantity of a DQE on the same sheet, when it is a number. */
  readonly quantity?: number;
  /** Top-level section id ("1", "2", "a") from the heading above, else from the ref ("2.3" → "2"). */
  readonly section?: string;
  readonly priceCells: readonly PriceCell[];
}

function numberOf(cell: CellSnapshot): number | undefined {
  return cell.value.type === "number" ? cell.value.value : undefined;
}

/** The section each row belongs to: the last numbered heading above it. */
function sectionsByRow(table: PriceTable): (row: number) => string | undefined {
  const numbered = table.headings.filter((heading) => heading.section !== undefined);
  return (row) => {
    let section: string | undefined;
    for (const heading of numbered) if (heading.row < row) section = heading.section;
    return section;
  };
}

export function tableLines(view: SheetView, table: PriceTable, fallbackBasis: Basis | null): TableLine[] {
  const { columns } = table;
  const sectionOf = sectionsByRow(table);
  const text = (row: number, column: number | undefined) =>
    column === undefined ? "" : view.ownText(row, column);
  return table.rows
    .filter((row) => row.kind === "line")
    .map(({ row }) => {
      const ref = text(row, columns.ref);
      const quantity =
        columns.quantity === undefined ? undefined : numberOf(view.cell(row, columns.quantity));
      const section = sectionOf(row) ?? sectionOfRef(ref);
      return {
        row,
        ref,
        designation: columns.designation === undefined ? "" : view.rawText(row, columns.designation),
        ...(columns.unit !== undefined ? { unit: text(row, columns.unit) } : {}),
        ...(quantity !== undefined ? { quantity } : {}),
        ...(section !== undefined ? { section } : {}),
        priceCells: table.inputs
          .filter((input) => view.isInput(row, input.column))
          .map((input) => ({
            sheet: table.sheet,
            cell: formatCell({ row, column: input.column }),
            basis: input.basis ?? fallbackBasis,
          })),
      };
    });
}

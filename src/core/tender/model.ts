// What the table finder and the conditions reader say about a buyer's schedule. Positions are 0-based here, as
// in snapshots; the use case turns them into 1-based rows and column letters for people.

import type { Basis } from "../variant/model";
import type { ColumnRole } from "./headers";
import type { HeaderCell } from "./header-row";

/** A price column the bidder types into, and whether it asks HT or TTC (null: the header does not say). */
export interface PriceInput {
  readonly column: number;
  readonly basis: Basis | null;
}

export type RowKind = "line" | "heading" | "total" | "header" | "blank";

export interface TableRow {
  readonly row: number;
  readonly kind: RowKind;
}

/** A numbered or titled heading inside the table ("1 – COCKTAILS", "SITE 2 – Nanterre (92)"). */
export interface Heading {
  readonly row: number;
  /** The cell holding its text. */
  readonly column: number;
  readonly text: string;
  /** "1", "2", "a": the section it opens, when numbered; "1.2" opens section "1" at depth 2. */
  readonly section?: string;
  /** 0 for a site, 1 for "1 –", 2 for "1.2 –"; an unnumbered heading sits one below the last numbered one. */
  readonly depth: number;
}

export interface PriceTable {
  readonly sheet: string;
  /** 0-based rows the header spans, top first; the last one is the header row. */
  readonly headerRows: readonly number[];
  /** 0-based column of each role found (the first such column, left to right). */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Role and header text of every column with a role, by 0-based column. */
  readonly header: ReadonlyMap<number, HeaderCell>;
  /** The price columns to type into, HT first. */
  readonly inputs: readonly PriceInput[];
  /** Every row below the header, classified. */
  readonly rows: readonly TableRow[];
  readonly headings: readonly Heading[];
  /** 0-based hidden rows below the header that hold a designation and a price cell: not read. */
  readonly hiddenLines: readonly number[];
  /** 0-based hidden columns of the sheet (never read as table columns). */
  readonly hiddenColumns: readonly number[];
}

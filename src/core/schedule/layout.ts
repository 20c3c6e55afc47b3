// Where things sit in the standard schedule (BPU valant DQE). This is the contract with whoever reads a bid made
// in it (the tender mapping, the bid check): see docs/buyer.md, "The standard schedule".
//
//  - One sheet, "BPU-DQE". Defined name GCT_bpu_table covers the header row and every line, columns A to J.
//  - Each line: ref (A), designation (B), unit (C), quantity (D), unit price HT typed by the bidder (E), VAT rate
//    (F), unit price TTC (G, formula), amount HT (H, formula), and two hidden columns: the variant the line was
//    made from, as compact canonical JSON (I), and the VAT category of the part of that variant's price the line
//    asks for (J). The line's price HT is priceVariant(grid, variant).byVat[J].ht: a variant whose price falls in
//    two categories (cocktail + forfait vin) has one line per category, and together they price the variant.
//  - GCT_bpu_standard and GCT_bpu_version name the cells holding "grille-commune-traiteur" and "1.0";
//    GCT_bpu_bidder the bidder's name (C6, merged to H6); GCT_bpu_total_ht, GCT_bpu_total_vat, GCT_bpu_total_ttc the totals.

import { EXCEL_NAME_PREFIX } from "../grid/catalogue";

export const SCHEDULE_SHEET = "BPU-DQE";

export const SCHEDULE_COLUMNS = {
  ref: "A",
  designation: "B",
  unit: "C",
  quantity: "D",
  priceHt: "E",
  vat: "F",
  priceTtc: "G",
  amountHt: "H",
  variant: "I",
  part: "J",
} as const;

export type ScheduleColumn = keyof typeof SCHEDULE_COLUMNS;

/** Left to right, as the header row shows them. */
export const COLUMN_ORDER: readonly ScheduleColumn[] = [
  "ref",
  "designation",
  "unit",
  "quantity",
  "priceHt",
  "vat",
  "priceTtc",
  "amountHt",
  "variant",
  "part",
];

/** Columns a reader never needs to see: the machine-readable identity of each line. */
export const HIDDEN_COLUMNS: readonly ScheduleColumn[] = ["variant", "part"];

export const SCHEDULE_ROWS = {
  title: 1,
  subtitle: 2,
  format: 3,
  hint: 4,
  bidder: 6,
  header: 8,
  firstLine: 9,
} as const;

/** The bidder's name: its label in B, the input from C to H (merged), so the label never spills over the input. */
export const BIDDER_LABEL_CELL = `${SCHEDULE_COLUMNS.designation}${SCHEDULE_ROWS.bidder}`;
export const BIDDER_CELL = `${SCHEDULE_COLUMNS.unit}${SCHEDULE_ROWS.bidder}`;
export const BIDDER_MERGE = `${BIDDER_CELL}:${SCHEDULE_COLUMNS.amountHt}${SCHEDULE_ROWS.bidder}`;

/** Machine-readable markers in the hidden variant column, above the table. */
export const MARKER_CELLS = {
  standard: `${SCHEDULE_COLUMNS.variant}1`,
  version: `${SCHEDULE_COLUMNS.variant}2`,
} as const;

export const SCHEDULE_NAMES = {
  table: `${EXCEL_NAME_PREFIX}bpu_table`,
  bidder: `${EXCEL_NAME_PREFIX}bpu_bidder`,
  standard: `${EXCEL_NAME_PREFIX}bpu_standard`,
  version: `${EXCEL_NAME_PREFIX}bpu_version`,
  totalHt: `${EXCEL_NAME_PREFIX}bpu_total_ht`,
  totalVat: `${EXCEL_NAME_PREFIX}bpu_total_vat`,
  totalTtc: `${EXCEL_NAME_PREFIX}bpu_total_ttc`,
} as const;

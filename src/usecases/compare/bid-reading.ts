import type { Finding } from "../../core/findings";
import type { Cents } from "../../core/money";

/** A cell of a workbook: its sheet and A1 address. */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * What the comparison takes from one bid: a unit price per line of the original, on the schedule's basis (null:
 * none), and why.
 */
export interface BidReading {
  readonly unit: readonly (Cents | null)[];
  /** Where each price was read in the bid; null for a price from a grid, or none. */
  readonly priceCells: readonly (CellPlace | null)[];
  readonly bidder: string | null;
  readonly findings: readonly Finding[];
}

/** A bid that cannot be compared at all: its reason first, then anything else worth saying. */
export interface BidRefusal {
  readonly refused: true;
  readonly findings: readonly Finding[];
}

export type BidOutcome = BidReading | BidRefusal;

export const isRefusal = (outcome: BidOutcome): outcome is BidRefusal => "refused" in outcome;

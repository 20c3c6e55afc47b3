// What the comparison takes and gives: plain data in cents, basis points and hundredths of a point.

import type { MessageKey } from "../../i18n";
import type { Finding } from "../findings";
import type { BasisPoints, Cents } from "../money/cents";
import type { DqeRate } from "../pricing/dqe";
import type { Basis } from "../variant/model";
import type { Ratio } from "./exact";

/** One line of the buyer's schedule: its estimated quantity (up to 6 decimals) and its VAT rate. */
export interface CompareLine {
  readonly quantity: number;
  readonly vatBp: BasisPoints;
}

/** One bid: a name for the reader and its unit prices on the comparison's basis, one per line, null where blank. */
export interface BidPrices {
  readonly name: string;
  readonly unit: readonly (Cents | null)[];
}

export interface CompareOptions {
  /** The price criterion's weight N (e.g. 40), > 0, at most 2 decimals. */
  readonly points: number;
  /** Also flag by the trimmed mean (drop totals > 20 % above the mean, flag ≥ 10 % below the new mean). */
  readonly trimmedMean?: boolean;
  /** Also flag totals far below the buyer's own estimate. */
  readonly estimate?: EstimateOption;
}

export interface EstimateOption {
  /** The buyer's estimate of the DQE total, on the comparison's basis (HT, or TTC for a schedule asking TTC only). */
  readonly total: Cents;
  /** How far below the estimate a total is flagged; default 3000 (30 %). */
  readonly belowBp?: BasisPoints;
}

export interface CompareInput {
  /**
   * What the unit prices are: HT (the usual: totals HT, VAT per rate, TTC), or TTC when the schedule asks TTC prices
   * only (totals TTC alone: HT is never worked back out of a TTC price).
   */
  readonly basis: Basis;
  readonly lines: readonly CompareLine[];
  readonly bids: readonly BidPrices[];
  readonly options: CompareOptions;
}

export type ScoreMethod = "classique" | "lineaire" | "ecart";
export const SCORE_METHODS: readonly ScoreMethod[] = ["classique", "lineaire", "ecart"];

/** Scores in hundredths of a point (2192 = 21.92 points), one per method. */
export type Scores = Readonly<Record<ScoreMethod, number>>;

export type OabMethod = "meanSigma" | "trimmedMean" | "estimate";

/**
 * "À justifier" (L2152-5, R2152-3 of the code de la commande publique), never "rejeté": the buyer must ask the
 * bidder to explain its price before any decision.
 */
export interface OabFlag {
  readonly method: OabMethod;
  /** The threshold the total was compared with, in cents (rounded half away from zero from its exact value). */
  readonly thresholdCents: Cents;
  /** The value the threshold derives from: the mean, the trimmed mean or the estimate, rounded to the cent. */
  readonly referenceCents: Cents;
  readonly messageKey: Extract<MessageKey, `compare.oab.${string}`>;
}

export interface BidComparison {
  readonly name: string;
  /** False when any unit price is blank: no total, rank, score or flag. */
  readonly complete: boolean;
  /** 0-based indexes of the lines left blank. */
  readonly missingLines: readonly number[];
  /** The DQE total on the comparison's basis: what ranks, scores and flags read. Null when incomplete. */
  readonly total: Cents | null;
  /** Null on a TTC basis too, as are byRate and totalVat. */
  readonly totalHt: Cents | null;
  readonly byRate: readonly DqeRate[] | null;
  readonly totalVat: Cents | null;
  readonly totalTtc: Cents | null;
  /** 1 = cheapest complete bid; equal totals share a rank ("1, 2, 2, 4"). */
  readonly rank: number | null;
  readonly scores: Scores | null;
  readonly oab: readonly OabFlag[];
}

/** Statistics of the complete bids' DQE totals, on the comparison's basis. */
export interface TotalsStats {
  readonly count: number;
  readonly minCents: Cents;
  readonly maxCents: Cents;
  readonly mean: Ratio;
  readonly meanCents: Cents;
  /** Population standard deviation, rounded half away from zero to the cent from its exact square root. */
  readonly sigmaCents: Cents;
  /** mean − σ rounded half away from zero to the cent, from exact values (the default OAB threshold). */
  readonly meanMinusSigmaCents: Cents;
}

/** One bid's unit price on one line, against the complete bids' mean of that line. */
export interface LinePrice {
  /** On the comparison's basis. */
  readonly unit: Cents | null;
  /** price − mean, rounded to the cent; null without a price or a mean. */
  readonly gapCents: Cents | null;
  /** (price − mean) / mean in basis points (−4523 = −45.23 %), rounded; null when the mean is 0 or absent. */
  readonly gapBp: BasisPoints | null;
  /** Information only: more than 50 % below the line mean. */
  readonly lowOutlier: boolean;
}

export interface LineComparison {
  /** Over complete bids; null when no complete bid. */
  readonly minCents: Cents | null;
  readonly maxCents: Cents | null;
  readonly mean: Ratio | null;
  readonly meanCents: Cents | null;
  /** One per bid, in the bids' order. */
  readonly prices: readonly LinePrice[];
}

export interface Comparison {
  readonly basis: Basis;
  readonly bids: readonly BidComparison[];
  readonly stats: TotalsStats | null;
  readonly lines: readonly LineComparison[];
  /** Problems with the buyer's options (points, estimate): the rest is still compared. */
  readonly findings: readonly Finding[];
}

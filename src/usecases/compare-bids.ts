// Use case: compare the bids received on one schedule. The original schedule's snapshot, the bids (each named by
// its file: a copy of the schedule filled by the bidder, or a filled standard grid as a template or JSON, or a
// file the face could not read) and the buyer's options in; every bid on the same lines, unit prices as typed,
// totals by R7, ranks, the three scores, abnormally-low flags and each bid's findings out. Plain data: no file,
// no DOM, no Office. A bid that cannot be read is listed with its reason; the others are still compared.

import { compareBids, type Comparison, type EstimateOption, type ScoreMethod } from "../core/compare";
import type { Finding } from "../core/findings";
import type { Cents } from "../core/money";
import type { BidFile, WorkbookSnapshot } from "../core/workbook";
import { isGridWorkbook } from "./grid-workbook";
import { isRefusal, type BidOutcome, type CellPlace } from "./compare/bid-reading";
import { comparisonFinding } from "./compare/findings";
import { priceGridBid } from "./compare/grid-bid";
import { readTender, type ComparedTender } from "./compare/tender";
import { originalSheetOf, readWorkbookBid, type OriginalSheet } from "./compare/workbook-bid";
import { gridFromJson, gridFromWorkbook } from "./load-grid";
import { locateMapped } from "./check-bid-table";
import { mapTender } from "./map-tender";

export type { ComparedTender, TenderLine } from "./compare/tender";
export type { CellPlace } from "./compare/bid-reading";

/** What a face hands over for one bid file. */
export type BidSource =
  /** A workbook: a copy of the schedule filled by the bidder, or a filled standard grid (told apart here). */
  | { readonly kind: "workbook"; readonly book: WorkbookSnapshot }
  /** A grid in the standard's JSON, already parsed. */
  | { readonly kind: "gridJson"; readonly json: unknown }
  /** A file the face could not read (not a workbook, encrypted, damaged…): the finding that says why. */
  | { readonly kind: "unreadable"; readonly finding: Finding };

export interface BidInput {
  /** The bid's file name, as the buyer knows it ("offre-traiteur-a.xlsx"). */
  readonly file: string;
  readonly source: BidSource;
}

/** A bid file read by a face, as the comparison takes it: an unreadable one keeps its reason as its finding. */
export function bidInputOf(chosen: BidFile): BidInput {
  const { file } = chosen;
  if (chosen.kind === "workbook") return { file, source: { kind: "workbook", book: chosen.snapshot } };
  if (chosen.kind === "json") return { file, source: { kind: "gridJson", json: chosen.value } };
  const { messageKey, params } = chosen.reason;
  const finding: Finding = { code: messageKey, severity: "error", location: { file }, messageKey, params };
  return { file, source: { kind: "unreadable", finding } };
}

export interface CompareBidsOptions {
  /** The price criterion's weight N (e.g. 40). */
  readonly points: number;
  /** The score the ranking table shows first; all three are always computed. "classique" by default. */
  readonly method?: ScoreMethod;
  readonly trimmedMean?: boolean;
  readonly estimate?: EstimateOption;
  /**
   * The day (ISO) a grid's « Prix valables jusqu'au » is compared with: a bid read from a grid whose prices expired
   * before it is still compared, with a warning. A face passes today's date; none, no check.
   */
  readonly today?: string;
}

export interface CompareBidsInput {
  readonly tender: WorkbookSnapshot;
  readonly bids: readonly BidInput[];
  readonly options: CompareBidsOptions;
}

export type BidKind = "schedule" | "grid" | "unreadable";

/** One bid as compared: its prices on the original's lines (all null when unreadable) and its findings. */
export interface ComparedBid {
  readonly file: string;
  readonly kind: BidKind;
  readonly bidder: string | null;
  /** On the schedule's basis (`tender.basis`): HT, or TTC for a schedule asking TTC only. */
  readonly unit: readonly (Cents | null)[];
  /** Where each price was read in the bid, null for a grid's price or none. */
  readonly priceCells: readonly (CellPlace | null)[];
  /** For an unreadable bid, its reason first. */
  readonly findings: readonly Finding[];
}

export type CompareBidsResult =
  /** The original schedule cannot be compared on (no price table, a grid given as the schedule): findings say why. */
  | { readonly ok: false; readonly findings: readonly Finding[] }
  | {
      readonly ok: true;
      readonly tender: ComparedTender;
      /** In the order given; `comparison.bids[i]` is `bids[i]`. */
      readonly bids: readonly ComparedBid[];
      readonly comparison: Comparison;
      readonly points: number;
      readonly method: ScoreMethod;
      readonly trimmedMean: boolean;
      readonly estimate: EstimateOption | null;
      /** About the schedule and the options (a quantity missing, a VAT rate assumed, points invalid). */
      readonly findings: readonly Finding[];
    };

interface Read {
  readonly kind: Exclude<BidKind, "unreadable">;
  readonly outcome: BidOutcome;
}

/**
 * The original schedule read once for a comparison: its lines, and its price sheet as every bid is read against.
 * A face that reads bid files one at a time hands each to compareBid and lets the workbook go.
 */
export interface PreparedComparison {
  readonly tender: ComparedTender;
  readonly original: OriginalSheet;
  /** About the schedule (a quantity missing, a VAT rate assumed). */
  readonly findings: readonly Finding[];
}

function readBid(
  prepared: PreparedComparison,
  bid: BidInput,
  options: Pick<CompareBidsOptions, "today">,
): Read {
  const { source, file } = bid;
  const { tender } = prepared;
  if (source.kind === "unreadable")
    return { kind: "schedule", outcome: { refused: true, findings: [source.finding] } };
  if (source.kind === "gridJson")
    return { kind: "grid", outcome: priceGridBid(tender, file, gridFromJson(source.json), options.today) };
  if (isGridWorkbook(source.book))
    return {
      kind: "grid",
      outcome: priceGridBid(tender, file, gridFromWorkbook(source.book), options.today),
    };
  return { kind: "schedule", outcome: readWorkbookBid(tender, prepared.original, file, source.book) };
}

function comparedBid(bid: BidInput, { kind, outcome }: Read, lines: number): ComparedBid {
  if (isRefusal(outcome))
    return {
      file: bid.file,
      kind: "unreadable",
      bidder: null,
      unit: Array.from({ length: lines }, () => null),
      priceCells: Array.from({ length: lines }, () => null),
      findings: outcome.findings,
    };
  return {
    file: bid.file,
    kind,
    bidder: outcome.bidder,
    unit: outcome.unit,
    priceCells: outcome.priceCells,
    findings: outcome.findings,
  };
}

/** A caterer's filled grid given as the original: its price sheet looks like a table, but it is no schedule. */
function gridAsTender(book: WorkbookSnapshot): Finding[] {
  if (!isGridWorkbook(book)) return [];
  return [comparisonFinding("compare.tender.isGrid", "error", { file: book.source }, { file: book.source })];
}

/** The original schedule read for a comparison, or the findings that say why bids cannot be compared on it. */
export function prepareComparison(
  book: WorkbookSnapshot,
):
  | { readonly ok: true; readonly prepared: PreparedComparison }
  | { readonly ok: false; readonly findings: readonly Finding[] } {
  const refused = gridAsTender(book);
  if (refused.length > 0) return { ok: false, findings: refused };
  const mapped = mapTender({ book });
  const reading = readTender(book, mapped);
  const tender = reading.tender;
  if (!tender) return { ok: false, findings: reading.findings };
  // The original's table as `grille check` locates it: every bid is read the way the check reads it.
  const located = locateMapped(book, mapped);
  if (Array.isArray(located)) return { ok: false, findings: [...reading.findings, ...located] };
  return {
    ok: true,
    prepared: { tender, original: originalSheetOf(tender, book, located), findings: reading.findings },
  };
}

/** One bid read against the prepared original: its prices on the original's lines and its findings. */
export function compareBid(
  prepared: PreparedComparison,
  bid: BidInput,
  options: Pick<CompareBidsOptions, "today">,
): ComparedBid {
  return comparedBid(bid, readBid(prepared, bid, options), prepared.tender.lines.length);
}

/** Ranks, scores and flags of the bids read with compareBid, in the order given. */
export function finishComparison(
  prepared: PreparedComparison,
  bids: readonly ComparedBid[],
  options: CompareBidsOptions,
): Extract<CompareBidsResult, { ok: true }> {
  const { tender } = prepared;
  const comparison = compareBids({
    basis: tender.basis,
    lines: tender.lines.map((line) => ({ quantity: line.quantity, vatBp: line.vatBp })),
    bids: bids.map((bid) => ({ name: bid.file, unit: bid.unit })),
    options: {
      points: options.points,
      ...(options.trimmedMean ? { trimmedMean: true } : {}),
      ...(options.estimate ? { estimate: options.estimate } : {}),
    },
  });
  return {
    ok: true,
    tender,
    bids,
    comparison,
    points: options.points,
    method: options.method ?? "classique",
    trimmedMean: options.trimmedMean === true,
    estimate: options.estimate ?? null,
    findings: [...prepared.findings, ...comparison.findings],
  };
}

export function compareTenderBids(input: CompareBidsInput): CompareBidsResult {
  const start = prepareComparison(input.tender);
  if (!start.ok) return start;
  const { prepared } = start;
  const bids = input.bids.map((bid) => compareBid(prepared, bid, input.options));
  return finishComparison(prepared, bids, input.options);
}

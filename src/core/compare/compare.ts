// compareBids: the buyer's comparison of bids on one schedule (DQE totals by R7, ranks, price scores, abnormally
// low flags, line statistics), from unit prices in cents. Pure: the file reading and the table finding are not here.

import type { Finding } from "../findings";
import { assertCents, sumCents, type Cents } from "../money/cents";
import { scaledFromNumber } from "../money/decimal";
import { dqe, lineAmount, type DqeRate } from "../pricing/dqe";
import type { Basis } from "../variant/model";
import { compareFinding } from "./findings";
import { compareLine } from "./lines";
import { estimateFlag, meanSigmaFlag, trimmedMean, trimmedMeanFlag, type TrimmedMean } from "./oab";
import { ranksOf } from "./rank";
import { scoresOf, type ScoreBasis } from "./scores";
import { totalsStats } from "./stats";
import type {
  BidComparison,
  BidPrices,
  CompareInput,
  CompareLine,
  CompareOptions,
  Comparison,
  EstimateOption,
  OabFlag,
  TotalsStats,
} from "./types";

/** A weight above 1 000 points is a typing mistake. */
const MAX_POINTS_HUNDREDTHS = 100_000;

interface CheckedOptions {
  readonly pointsHundredths: number | null;
  readonly estimate: EstimateOption | null;
  readonly findings: Finding[];
}

function checkOptions(options: CompareOptions): CheckedOptions {
  const findings: Finding[] = [];
  const points = scaledFromNumber(options.points, 2, MAX_POINTS_HUNDREDTHS);
  const pointsOk = points.ok && points.value > 0;
  if (!pointsOk)
    findings.push(compareFinding("compare.points.invalid", "points", { value: String(options.points) }));
  const estimate = options.estimate ?? null;
  const below = estimate?.belowBp;
  const belowOk = below === undefined || (Number.isSafeInteger(below) && below > 0 && below < 10_000);
  const estimateOk = estimate === null || (assertCents(estimate.total) > 0 && belowOk);
  if (!estimateOk) findings.push(compareFinding("compare.estimate.invalid", "estimate"));
  return {
    pointsHundredths: pointsOk && points.ok ? points.value : null,
    estimate: estimateOk ? estimate : null,
    findings,
  };
}

/** A complete bid's DQE: its total on the basis, and on an HT basis the split by rate, the VAT and the TTC. */
interface BidTotals {
  readonly total: Cents;
  readonly totalHt: Cents | null;
  readonly byRate: readonly DqeRate[] | null;
  readonly totalVat: Cents | null;
  readonly totalTtc: Cents;
}

interface Totals {
  readonly missingLines: number[];
  readonly result: BidTotals | null;
}

/**
 * R7 on the basis the schedule asks: HT prices give totals HT, VAT per rate and TTC; TTC prices give the TTC total
 * alone (quantity × unit price TTC, summed), nothing worked back out of them.
 */
function totalsOf(bid: BidPrices, lines: readonly CompareLine[], basis: Basis): Totals {
  if (bid.unit.length !== lines.length)
    throw new RangeError(`bid ${bid.name}: ${bid.unit.length} prices for ${lines.length} lines`);
  const missingLines = bid.unit.flatMap((price, index) => (price === null ? [index] : []));
  if (missingLines.length > 0) return { missingLines, result: null };
  const prices = bid.unit.map((price) => assertCents(price as Cents, "unit price"));
  if (basis === "TTC") {
    const totalTtc = sumCents(lines.map((line, index) => lineAmount(line.quantity, prices[index])));
    return {
      missingLines,
      result: { total: totalTtc, totalHt: null, byRate: null, totalVat: null, totalTtc },
    };
  }
  const result = dqe(
    lines.map((line, index) => ({ quantity: line.quantity, unitHt: prices[index], vatBp: line.vatBp })),
  );
  return { missingLines, result: { ...result, total: result.totalHt } };
}

interface Context {
  readonly stats: TotalsStats | null;
  readonly trimmed: TrimmedMean | null;
  readonly options: CheckedOptions;
}

function flagsOf(total: Cents, ctx: Context): OabFlag[] {
  const flags = [
    ctx.stats ? meanSigmaFlag(total, ctx.stats) : null,
    ctx.trimmed ? trimmedMeanFlag(total, ctx.trimmed) : null,
    ctx.options.estimate ? estimateFlag(total, ctx.options.estimate) : null,
  ];
  return flags.filter((flag): flag is OabFlag => flag !== null);
}

function scoreBasis(ctx: Context): ScoreBasis | null {
  if (!ctx.stats || ctx.options.pointsHundredths === null) return null;
  return {
    pointsHundredths: ctx.options.pointsHundredths,
    minCents: ctx.stats.minCents,
    maxCents: ctx.stats.maxCents,
  };
}

/**
 * Compares the bids. A bid with any blank price is incomplete: no total, rank, score or flag, and it is left out
 * of every statistic (min, max, mean, σ, line means). Wrong option values are findings; the rest is still done.
 */
export function compareBids(input: CompareInput): Comparison {
  const options = checkOptions(input.options);
  const totals = input.bids.map((bid) => totalsOf(bid, input.lines, input.basis));
  const compared = totals.map((total) => total.result?.total ?? null);
  const complete = compared.filter((total): total is Cents => total !== null);
  const ctx: Context = {
    stats: totalsStats(complete),
    trimmed: input.options.trimmedMean ? trimmedMean(complete) : null,
    options,
  };
  const ranks = ranksOf(compared);
  const scoring = scoreBasis(ctx);
  const bids: BidComparison[] = input.bids.map((bid, index) => {
    const result = totals[index].result;
    return {
      name: bid.name,
      complete: result !== null,
      missingLines: totals[index].missingLines,
      total: result?.total ?? null,
      totalHt: result?.totalHt ?? null,
      byRate: result?.byRate ?? null,
      totalVat: result?.totalVat ?? null,
      totalTtc: result?.totalTtc ?? null,
      rank: ranks[index],
      scores: result && scoring ? scoresOf(result.total, scoring) : null,
      oab: result ? flagsOf(result.total, ctx) : [],
    };
  });
  const isComplete = bids.map((bid) => bid.complete);
  const lines = input.lines.map((_line, index) =>
    compareLine(
      input.bids.map((bid) => bid.unit[index]),
      isComplete,
    ),
  );
  return { basis: input.basis, bids, stats: ctx.stats, lines, findings: options.findings };
}

// compareBids: the buyer's comparison of bids on one schedule (DQE totals by R7, ranks, price scores, abnormally
// low flags, line statistics), from unit prices in cents. Pure: the file reading and the table finding are not here.

import type { Finding } from "../findings";
import { assertCents, type Cents } from "../money/cents";
import { scaledFromNumber } from "../money/decimal";
import { dqe } from "../pricing/dqe";
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
  const estimateOk = estimate === null || (assertCents(estimate.totalHt) > 0 && belowOk);
  if (!estimateOk) findings.push(compareFinding("compare.estimate.invalid", "estimate"));
  return {
    pointsHundredths: pointsOk && points.ok ? points.value : null,
    estimate: estimateOk ? estimate : null,
    findings,
  };
}

interface Totals {
  readonly missingLines: number[];
  readonly result: ReturnType<typeof dqe> | null;
}

function totalsOf(bid: BidPrices, lines: readonly CompareLine[]): Totals {
  if (bid.unitHt.length !== lines.length)
    throw new RangeError(`bid ${bid.name}: ${bid.unitHt.length} prices for ${lines.length} lines`);
  const missingLines = bid.unitHt.flatMap((price, index) => (price === null ? [index] : []));
  if (missingLines.length > 0) return { missingLines, result: null };
  const dqeLines = lines.map((line, index) => ({
    quantity: line.quantity,
    unitHt: assertCents(bid.unitHt[index] as Cents, "unit price"),
    vatBp: line.vatBp,
  }));
  return { missingLines, result: dqe(dqeLines) };
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
  const totals = input.bids.map((bid) => totalsOf(bid, input.lines));
  const totalHt = totals.map((total) => total.result?.totalHt ?? null);
  const complete = totalHt.filter((total): total is Cents => total !== null);
  const ctx: Context = {
    stats: totalsStats(complete),
    trimmed: input.options.trimmedMean ? trimmedMean(complete) : null,
    options,
  };
  const ranks = ranksOf(totalHt);
  const basis = scoreBasis(ctx);
  const bids: BidComparison[] = input.bids.map((bid, index) => {
    const result = totals[index].result;
    return {
      name: bid.name,
      complete: result !== null,
      missingLines: totals[index].missingLines,
      totalHt: result?.totalHt ?? null,
      byRate: result?.byRate ?? null,
      totalVat: result?.totalVat ?? null,
      totalTtc: result?.totalTtc ?? null,
      rank: ranks[index],
      scores: result && basis ? scoresOf(result.totalHt, basis) : null,
      oab: result ? flagsOf(result.totalHt, ctx) : [],
    };
  });
  const isComplete = bids.map((bid) => bid.complete);
  const lines = input.lines.map((_line, index) =>
    compareLine(
      input.bids.map((bid) => bid.unitHt[index]),
      isComplete,
    ),
  );
  return { bids, stats: ctx.stats, lines, findings: options.findings };
}

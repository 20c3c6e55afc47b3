// `grille compare` in words: the ranking table (the buyer's scoring first), the statistics the flags come from, the
// flags of every method, then each bid's findings, one per line with its cell. Numbers come from the use case;
// this file only lays them out.

import { oabFlagMessage } from "../core/compare";
import { formatDecimal, formatEuros, type Cents } from "../core/money";
import type { CompareBidsResult } from "../usecases/compare-bids";
import { bidFindings } from "../usecases/compare/bid-findings";
import { findingMessage } from "../core/finding-message";
import { findingCell } from "../core/findings";
import { basisWord } from "../usecases/compare/basis";
import { baseName } from "../usecases/compare/json";
import { bidLabel } from "../usecases/compare/workbook/lines-sheet";
import { methodOrder, summaryOrder } from "../usecases/compare/workbook/summary-sheet";
import type { Finding } from "../core/findings";
import type { CliContext } from "./context";

type Ok = Extract<CompareBidsResult, { ok: true }>;

const NAME_WIDTH = 34;
const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const right = (text: string, width: number) => text.padStart(width);

/** Rank, name, the totals (HT and TTC, or TTC alone on a TTC schedule), the three scores, the flags. */
function row(cells: readonly string[], totals: number): string {
  const [rank, name, ...rest] = cells;
  return [
    right(rank, 4),
    fit(name, NAME_WIDTH),
    ...rest.map((cell, i) => (i < totals ? right(cell, 16) : i < totals + 3 ? right(cell, 9) : cell)),
  ]
    .join("  ")
    .trimEnd();
}

const totalsShown = (result: Ok) => (result.tender.basis === "HT" ? 2 : 1);

function bidLine(result: Ok, index: number, ctx: CliContext): string {
  const bid = result.comparison.bids[index];
  const money = (amount: Cents | null) => (amount === null ? "—" : formatEuros(amount, ctx.lang));
  const name = bidLabel(result, index);
  if (result.bids[index].kind === "unreadable")
    return row(["—", name, ctx.t("compare.status.unreadable")], totalsShown(result));
  if (!bid.complete)
    return row(
      ["—", name, ctx.t("compare.status.incomplete", { count: bid.missingLines.length })],
      totalsShown(result),
    );
  const scores = methodOrder(result.method).map((method) =>
    formatDecimal(bid.scores?.[method] ?? 0, 100, ctx.lang, 2, 2),
  );
  const flags = bid.oab.map((flag) =>
    ctx.t("compare.report.flagBy", { method: ctx.t(`compare.report.oab.${flag.method}`) }),
  );
  return row(
    [
      String(bid.rank),
      name,
      ...(result.tender.basis === "HT" ? [money(bid.totalHt)] : []),
      money(bid.totalTtc),
      ...(bid.scores ? scores : ["—", "—", "—"]),
      flags.join(" · "),
    ],
    totalsShown(result),
  );
}

export function findingText(finding: Finding, ctx: CliContext): string {
  const file = finding.location?.file ? baseName(finding.location.file) : "";
  const cell = findingCell(finding);
  const where = [file, cell].filter((part) => part && part !== "").join(": ");
  const line = `${where ? `${where}: ` : ""}${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`;
  return ctx.debug ? `${line} [${finding.code}]` : line;
}

function statsLines(result: Ok, ctx: CliContext): string[] {
  const stats = result.comparison.stats;
  if (!stats) return [ctx.t("compare.report.noComplete")];
  return [
    ctx.t("compare.cli.stats", {
      count: stats.count,
      mean: formatEuros(stats.meanCents, ctx.lang),
      sigma: formatEuros(stats.sigmaCents, ctx.lang),
      threshold: formatEuros(stats.meanMinusSigmaCents, ctx.lang),
      basis: basisWord(result.tender.basis, ctx.lang),
    }),
  ];
}

export function comparisonText(result: Ok, ctx: CliContext): string[] {
  const methods = methodOrder(result.method).map((method) => ctx.t(`compare.cli.score.${method}`));
  const header = row(
    [
      ctx.t("compare.sheet.summary.rank"),
      ctx.t("compare.sheet.summary.bidder"),
      ...(result.tender.basis === "HT" ? [ctx.t("compare.sheet.summary.totalHt")] : []),
      ctx.t("compare.sheet.summary.totalTtc"),
      ...methods,
      ctx.t("compare.report.flags"),
    ],
    totalsShown(result),
  );
  const flagged = result.bids.flatMap((_bid, index) =>
    result.comparison.bids[index].oab.map(
      (flag) => `${bidLabel(result, index)}: ${oabFlagMessage(flag, result.tender.basis, ctx.lang)}`,
    ),
  );
  const findings = [
    ...result.findings,
    ...result.bids.flatMap((_bid, index) =>
      bidFindings(result, index).filter((f) => !f.code.startsWith("compare.oab.")),
    ),
  ];
  return [
    ctx.t("compare.cli.heading", {
      count: result.bids.length,
      file: baseName(result.tender.file),
      sheet: result.tender.sheet,
      lines: result.tender.lines.length,
      points: String(result.points),
    }),
    "",
    header,
    ...summaryOrder(result).map((index) => bidLine(result, index, ctx)),
    "",
    ...statsLines(result, ctx),
    ...(flagged.length > 0 ? ["", ...flagged] : []),
    ...(findings.length > 0
      ? ["", ctx.t("compare.cli.findings"), ...findings.map((f) => findingText(f, ctx))]
      : []),
  ];
}

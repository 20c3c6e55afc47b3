// `grille fill` in words: where the prices went, line by line, and what is left for the caterer with its reason.
// Labels and reasons come from the use case (variantLabel, leftReasonText); this file only lays them out.

import { variantLabel } from "../core/variant/label";
import { amountText, leftReasonText } from "../usecases/fill-report-json";
import type { FilledLine, LeftLine, TenderFillReport } from "../usecases/fill-tender";
import type { CliContext } from "./context";

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

function head(line: FilledLine | LeftLine, ctx: CliContext): string {
  const designation = oneLine(line.designation);
  return `  ${ctx.t("fill.cli.line", { row: line.row, ref: line.ref || "—", designation })}`;
}

function filledText(line: FilledLine, ctx: CliContext): string[] {
  return [
    head(line, ctx),
    `    ${variantLabel(line.variant, ctx.lang)}`,
    ...line.cells.map((cell) => {
      const amount = amountText(cell.amount, cell.basis, ctx.lang);
      const key = cell.status === "already" ? "fill.cli.already" : "fill.cli.cell";
      return `    ${ctx.t(key, { cell: cell.cell, amount })}`;
    }),
  ];
}

/** Lines left, each once with every reason under it. */
function leftText(left: readonly LeftLine[], ctx: CliContext): string[] {
  const text: string[] = [];
  let row: number | undefined;
  for (const line of left) {
    if (line.row !== row) text.push(head(line, ctx));
    row = line.row;
    text.push(`    ${leftReasonText(line.why, ctx.lang)}`);
  }
  return text;
}

function hints(report: TenderFillReport, tender: string, ctx: CliContext): string[] {
  const kinds = new Set(report.left.map((line) => line.why.kind));
  return [
    ...(kinds.has("uncertain") || kinds.has("unmapped") ? [ctx.t("fill.cli.hintMap", { file: tender })] : []),
    ...(kinds.has("kept") ? [ctx.t("fill.cli.hintOverwrite")] : []),
  ];
}

/** The whole report, ready to print. */
export function fillReportText(report: TenderFillReport, out: string, ctx: CliContext): string[] {
  const leftLines = new Set(report.left.map((line) => line.row)).size;
  const counts = { lines: report.lines, filled: report.filled.length, left: leftLines };
  return [
    ctx.t("fill.cli.written", { file: report.file, out, sheet: report.sheet, ...counts }),
    ...(report.filled.length > 0
      ? [ctx.t("fill.cli.filled"), ...report.filled.flatMap((line) => filledText(line, ctx))]
      : []),
    ...(report.left.length > 0
      ? [ctx.t("fill.cli.left"), ...leftText(report.left, ctx)]
      : [ctx.t("fill.cli.none")]),
    ctx.t("fill.cli.summary", counts),
    ...hints(report, report.file, ctx),
  ];
}

import * as path from "node:path";
import type { Command } from "commander";
import {
  compareBid,
  finishComparison,
  prepareComparison,
  type CompareBidsResult,
} from "../../usecases/compare-bids";
import { bidFindings } from "../../usecases/compare/bid-findings";
import { comparisonJson } from "../../usecases/compare/json";
import { localIsoDate } from "../../usecases/collect-grids";
import { readCompareOptions } from "../../usecases/compare/options";
import { comparisonReportHtml } from "../../usecases/compare/report/html-report";
import { comparisonWorkbookPlan } from "../../usecases/compare/workbook/plan";
import { writeWorkbook } from "../../xlsx/write";
import type { CliCommand } from "../command";
import { readBidFiles } from "../compare-inputs";
import { comparisonText, findingText } from "../compare-text";
import { EXIT, type CliContext, type ExitCode } from "../context";
import { CliError } from "../errors";
import { readWorkbookOrFail } from "../grid-source";
import { checkOutputFile, writeFileAtomic } from "../io";
import { createProgress } from "../progress";

interface CompareOptions {
  readonly tender: string;
  readonly points: string;
  readonly estimate?: string;
  readonly method: string;
  readonly trimmedMean?: boolean;
  readonly out?: string;
  readonly report?: string;
  readonly json?: boolean;
  readonly force?: boolean;
}

type Ok = Extract<CompareBidsResult, { ok: true }>;

/** 1 when anything needs the buyer (an error or a warning, a flag), else 0. */
function exitOf(result: Ok): ExitCode {
  const findings = [...result.findings, ...result.bids.flatMap((_bid, index) => bidFindings(result, index))];
  return findings.some((finding) => finding.severity !== "info") ? EXIT.findings : EXIT.ok;
}

async function writeOutputs(result: Ok, options: CompareOptions, ctx: CliContext): Promise<void> {
  const say = options.json ? ctx.err : ctx.out;
  const overwrite = options.force === true;
  if (options.out) {
    const bytes = await writeWorkbook(comparisonWorkbookPlan(result, { lang: ctx.lang }));
    await writeFileAtomic(options.out, bytes, { overwrite });
    say(ctx.t("compare.cli.written.workbook", { file: options.out }));
  }
  if (options.report) {
    const date = localIsoDate(new Date());
    await writeFileAtomic(options.report, comparisonReportHtml(result, { lang: ctx.lang, date }), {
      overwrite,
    });
    say(ctx.t("compare.cli.written.report", { file: options.report }));
  }
}

/** Each file once: a bid given twice (a glob and its name) would count twice in the means and move the thresholds. */
function eachOnce(files: readonly string[], ctx: CliContext): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const at = path.resolve(file);
    if (!seen.has(at)) return seen.add(at);
    ctx.err(ctx.t("compare.cli.givenTwice", { file }));
    return false;
  });
}

async function run(given: readonly string[], options: CompareOptions, ctx: CliContext): Promise<ExitCode> {
  const bidFiles = eachOnce(given, ctx);
  const inputs = [options.tender, ...bidFiles];
  const overwrite = options.force === true;
  const read = readCompareOptions(options);
  if (!read.ok) throw new CliError(read.problems[0].messageKey, read.problems[0].params);
  if (options.out) await checkOutputFile(options.out, { extension: ".xlsx", overwrite, inputs });
  if (options.report) await checkOutputFile(options.report, { extension: ".html", overwrite, inputs });
  const start = prepareComparison(await readWorkbookOrFail(options.tender));
  if (!start.ok) {
    for (const finding of start.findings) ctx.err(findingText(finding, ctx));
    ctx.err(ctx.t("compare.cli.tenderUnusable", { file: options.tender }));
    return EXIT.unusable;
  }
  // A bid from a grid whose prices expired before today is compared all the same, with a warning.
  const compareOptions = { ...read.options, today: localIsoDate(new Date()) };
  // Each bid compared as soon as it is read: one workbook held at a time, however many bids.
  const bids = await readBidFiles(bidFiles, createProgress(process.stderr), (bid) =>
    compareBid(start.prepared, bid, compareOptions),
  );
  const result = finishComparison(start.prepared, bids, compareOptions);
  if (options.json) ctx.out(JSON.stringify(comparisonJson(result, ctx.lang), null, 2));
  else ctx.out(comparisonText(result, ctx).join("\n"));
  await writeOutputs(result, options, ctx);
  return exitOf(result);
}

/**
 * `grille compare --tender ORIGINAL.xlsx BID… [--points 40] [--estimate AMOUNT] [--method classique|lineaire|ecart]
 * [--trimmed-mean] [--out FILE.xlsx] [--report FILE.html] [--json] [--force]`: exit 0 when every bid is complete,
 * consistent and unflagged, 1 when a finding or a flag needs the buyer, 2 when an input or an option is unusable.
 */
export const compare: CliCommand = {
  name: "compare",
  register(program: Command, ctx, setExit) {
    program
      .command("compare")
      .description(ctx.t("compare.cli.description"))
      .argument(`<${ctx.t("compare.cli.argument")}...>`, ctx.t("compare.cli.argument.bids"))
      .requiredOption("--tender <original.xlsx>", ctx.t("compare.cli.option.tender"))
      .option("--points <n>", ctx.t("compare.cli.option.points"), "40")
      .option("--estimate <amount>", ctx.t("compare.cli.option.estimate"))
      .option("--method <method>", ctx.t("compare.cli.option.method"), "classique")
      .option("--trimmed-mean", ctx.t("compare.cli.option.trimmedMean"))
      .option("--out <file.xlsx>", ctx.t("compare.cli.option.out"))
      .option("--report <file.html>", ctx.t("compare.cli.option.report"))
      .option("--json", ctx.t("compare.cli.option.json"))
      .option("--force", ctx.t("compare.cli.option.force"))
      .action(async (bids: string[], options: CompareOptions) => setExit(await run(bids, options, ctx)));
  },
};

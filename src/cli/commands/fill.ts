import * as path from "node:path";
import { hasErrors, type Finding } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { fillReportJson } from "../../usecases/fill-report-json";
import { fillTender } from "../../usecases/fill-tender";
import { mapTender, type TenderMapping } from "../../usecases/map-tender";
import { holdLines, mappingFileSheet, readMappingFile } from "../../usecases/mapping-file";
import { applyFillPlan } from "../../xlsx/fill";
import { workbookExtension } from "../../xlsx/package";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { CliError } from "../errors";
import { fillReportText } from "../fill-text";
import { findingLine, loadGridFile, readWorkbookOrFail } from "../grid-source";
import { checkOutputFile, readFileOrFail, readJsonFile, writeFileAtomic } from "../io";

interface FillOptions {
  readonly grid: string;
  readonly out: string;
  readonly map?: string;
  readonly sheet?: string;
  readonly overwrite?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** The reading to fill: the workbook's own, or corrected by a --map file (each problem printed, then exit 2). */
async function readingOf(
  book: WorkbookSnapshot,
  file: string,
  options: FillOptions,
  ctx: CliContext,
): Promise<{ mapping: TenderMapping; findings: readonly Finding[] }> {
  const corrected = options.map === undefined ? undefined : await readJsonFile(options.map);
  const sheet = options.sheet ?? mappingFileSheet(corrected);
  const first = mapTender({ book, ...(sheet ? { sheet } : {}) });
  if (!first.mapping) {
    // No table to read: one line per finding (the file and what to do), like any unusable input.
    for (const finding of first.findings) ctx.err(ctx.t(finding.messageKey, finding.params ?? {}));
    throw new CliError("fill.cli.noTable", { file });
  }
  if (options.map === undefined) return { mapping: first.mapping, findings: first.findings };
  const read = readMappingFile(corrected, options.map, first.mapping, ctx.lang);
  if (read.findings.length > 0) {
    for (const finding of read.findings) ctx.err(ctx.t(finding.messageKey, finding.params ?? {}));
    throw new CliError("fill.cli.mapUnusable", { file: options.map });
  }
  const again = mapTender({ book, sheet: first.mapping.sheet, corrections: read.corrections });
  if (!again.mapping) throw new Error("a table read once is read again");
  return { mapping: holdLines(again.mapping, read.held), findings: again.findings };
}

/**
 * `grille fill TENDER.xlsx --grid GRID --out OUT.xlsx [--map MAPPING.json] [--sheet NAME] [--overwrite] [--force]
 * [--json]`: exit 0 when every line is filled, 1 when lines are left for the caterer, 2 for unusable input.
 */
export const fill: CliCommand = {
  name: "fill",
  register(program, ctx, setExit) {
    program
      .command("fill")
      .description(ctx.t("fill.cli.description"))
      .argument(`<${ctx.t("tender.cli.argument")}>`)
      .requiredOption("--grid <file>", ctx.t("fill.cli.option.grid"))
      .requiredOption("--out <file>", ctx.t("fill.cli.option.out"))
      .option("--map <mapping.json>", ctx.t("fill.cli.option.map"))
      .option("--sheet <name>", ctx.t("fill.cli.option.sheet"))
      .option("--overwrite", ctx.t("fill.cli.option.overwrite"))
      .option("--force", ctx.t("fill.cli.option.force"))
      .option("--json", ctx.t("fill.cli.option.json"))
      .action(async (file: string, options: FillOptions) => {
        const force = options.force === true;
        const inputs = [file, options.grid, ...(options.map ? [options.map] : [])];
        // A tender with macros is answered as one (.xlsm); which kind it is, its bytes say, once read.
        const extension = path.extname(options.out).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
        await checkOutputFile(options.out, { extension, overwrite: force, inputs });
        const grid = await loadGridFile(options.grid, ctx);
        const bytes = new Uint8Array(await readFileOrFail(file));
        const book = await readWorkbookOrFail(file, bytes);
        const needed = await workbookExtension(bytes, file);
        if (needed !== extension)
          throw new CliError("error.outputExtension", { file: options.out, extension: needed });
        const { mapping, findings } = await readingOf(book, file, options, ctx);
        const filled = fillTender({ book, mapping, grid, overwrite: options.overwrite === true });
        // The file door writes exactly the plan's edits: the plan's report is the file's.
        const result = await applyFillPlan(bytes, file, filled.plan);
        await writeFileAtomic(options.out, result.data, { overwrite: force });
        // With --json, stdout carries the report only; findings go to stderr so a pipe gets clean JSON.
        const say = options.json ? ctx.err : ctx.out;
        if (options.json) ctx.out(JSON.stringify(fillReportJson(filled.report, ctx.lang), null, 2));
        // One write for the whole report: a line at a time was thousands of system calls for a large tender.
        else ctx.out(fillReportText(filled.report, options.out, ctx).join("\n"));
        for (const finding of findings) say(findingLine(finding, ctx, file));
        const open = filled.report.left.length > 0;
        setExit(open || hasErrors(findings) ? EXIT.findings : EXIT.ok);
      });
  },
};

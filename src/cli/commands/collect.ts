import {
  collectGrids,
  collectJson,
  localIsoDate,
  MAX_COLLECT_FILES,
  observatoryReport,
  registerPlan,
} from "../../usecases/collect-grids";
import { writeWorkbook } from "../../xlsx/write";
import { isIsoDate } from "../../core/grid";
import type { Collection } from "../../core/collection";
import type { CliCommand } from "../command";
import { EXIT, type CliContext, type ExitCode } from "../context";
import { CliError } from "../errors";
import { gridFiles, readReturnedGrids } from "../collect-files";
import { printCollection } from "../collect-text";
import { checkOutputFile, exists, writeFileAtomic } from "../io";
import { createProgress } from "../progress";

interface CollectCliOptions {
  readonly out?: string;
  readonly report?: string;
  readonly json?: boolean;
  readonly force?: boolean;
  readonly today?: string;
}

/** Exit 1 when a file needs the facilitator: unreadable, not a grid, with errors, or expired. */
export function collectExit(collection: Collection): ExitCode {
  const needsAttention = collection.grids.some(
    (grid) => grid.status !== "valid" && grid.status !== "replaced",
  );
  const hasErrors = collection.grids.some((grid) => grid.findings.some((f) => f.severity === "error"));
  return needsAttention || hasErrors ? EXIT.findings : EXIT.ok;
}

async function checkOutputs(options: CollectCliOptions, inputs: readonly string[]): Promise<void> {
  const overwrite = options.force ?? false;
  if (options.out) await checkOutputFile(options.out, { extension: ".xlsx", overwrite, inputs });
  if (options.report) await checkOutputFile(options.report, { extension: ".html", overwrite, inputs });
}

/** Collects `paths` and writes the outputs asked; returns the collection. Shared with the demo. */
export async function collectFiles(
  paths: readonly string[],
  ctx: CliContext,
  options: CollectCliOptions & { readonly today: string },
): Promise<Collection> {
  const files = await gridFiles(paths);
  // A missing file among others gets its line; nothing there at all is an unusable input.
  const found = await Promise.all(files.map((file) => exists(file.path)));
  if (!found.includes(true)) throw new CliError("collect.cli.noFile", { paths: paths.join(", ") });
  if (files.length > MAX_COLLECT_FILES)
    throw new CliError("collect.cli.tooManyFiles", { count: files.length, max: MAX_COLLECT_FILES });
  await checkOutputs(
    options,
    files.map((file) => file.path),
  );
  const grids = await readReturnedGrids(files, { today: options.today }, createProgress(process.stderr));
  const collection = collectGrids(grids, { today: options.today });
  const overwrite = options.force ?? false;
  if (options.out) {
    const data = await writeWorkbook(registerPlan(collection, { lang: ctx.lang }));
    await writeFileAtomic(options.out, data, { overwrite });
  }
  if (options.report)
    await writeFileAtomic(options.report, observatoryReport(collection, ctx.lang), { overwrite });
  return collection;
}

function written(options: CollectCliOptions, ctx: CliContext, say: (text: string) => void): void {
  if (options.out) say(ctx.t("collect.cli.wroteRegister", { file: options.out }));
  if (options.report) say(ctx.t("collect.cli.wroteReport", { file: options.report }));
}

/**
 * `grille collect GRIDS… [--out registre.xlsx] [--report observatoire.html] [--json] [--force] [--today DATE]`:
 * exit 0 when every grid is valid, 1 when a file needs attention, 2 when there is no file at all.
 */
export const collect: CliCommand = {
  name: "collect",
  register(program, ctx, setExit) {
    program
      .command("collect")
      .description(ctx.t("collect.cli.description", { max: MAX_COLLECT_FILES }))
      .argument(`<${ctx.t("collect.cli.argument")}...>`)
      .option("--out <file.xlsx>", ctx.t("collect.cli.option.out"))
      .option("--report <file.html>", ctx.t("collect.cli.option.report"))
      .option("--json", ctx.t("collect.cli.option.json"))
      .option("--force", ctx.t("collect.cli.option.force"))
      .option("--today <date>", ctx.t("collect.cli.option.today"))
      .action(async (paths: string[], options: CollectCliOptions) => {
        const today = options.today ?? localIsoDate(new Date());
        if (!isIsoDate(today)) throw new CliError("collect.cli.badDate", { value: today });
        const collection = await collectFiles(paths, ctx, { ...options, today });
        // With --json, stdout carries the JSON only; the lines go to stderr so a pipe gets clean JSON.
        const say = options.json ? ctx.err : ctx.out;
        printCollection(collection, ctx, say);
        written(options, ctx, say);
        if (options.json) ctx.out(JSON.stringify(collectJson(collection), null, 2));
        setExit(collectExit(collection));
      });
  },
};

import { hasErrors } from "../../core/findings";
import { STANDARD_VERSION } from "../../core/grid";
import type { WorkbookPlan } from "../../core/workbook";
import { makeTemplate, makeTemplateFromJson } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { findingLine } from "../grid-source";
import { checkOutputFile, readJsonFile, writeFileAtomic } from "../io";

interface TemplateOptions {
  readonly out: string;
  readonly from?: string;
  readonly password?: string;
  readonly force?: boolean;
}

/**
 * The template pre-filled from a grid JSON file. Its problems are printed (the caterer fixes them in the
 * template); only a grid that cannot be read at all stops the command.
 */
async function planFrom(
  file: string,
  options: TemplateOptions,
  ctx: CliContext,
): Promise<{ readonly plan: WorkbookPlan | null; readonly errors: boolean }> {
  const made = makeTemplateFromJson(await readJsonFile(file), { lang: ctx.lang, password: options.password });
  for (const finding of made.findings) ctx.err(findingLine(finding, ctx, file));
  if (!made.plan) ctx.err(ctx.t("template.cli.fromInvalid", { file }));
  return { plan: made.plan, errors: hasErrors(made.findings) };
}

/**
 * `grille template --out FILE.xlsx [--lang fr|en] [--from GRID.json] [--password P] [--force]`. The language is
 * the program's --lang (commander gives a program option to the program wherever it is typed).
 */
export const template: CliCommand = {
  name: "template",
  register(program, ctx, setExit) {
    program
      .command("template")
      .description(ctx.t("template.cli.template.description"))
      .requiredOption("--out <file>", ctx.t("template.cli.option.out"))
      .option("--from <grid.json>", ctx.t("template.cli.option.from"))
      .option("--password <password>", ctx.t("template.cli.option.password"))
      .option("--force", ctx.t("template.cli.option.force"))
      .addHelpText("after", `\n  --lang <fr|en>  ${ctx.t("template.cli.option.lang")}`)
      .action(async (options: TemplateOptions) => {
        const overwrite = options.force === true;
        await checkOutputFile(options.out, {
          extension: ".xlsx",
          overwrite,
          inputs: options.from ? [options.from] : [],
        });
        const { plan, errors } = options.from
          ? await planFrom(options.from, options, ctx)
          : { plan: makeTemplate({ lang: ctx.lang, password: options.password }), errors: false };
        if (plan === null) return setExit(EXIT.findings);
        await writeFileAtomic(options.out, await writeWorkbook(plan), { overwrite });
        ctx.out(
          ctx.t("template.cli.written", { file: options.out, lang: ctx.lang, version: STANDARD_VERSION }),
        );
        // Written, but the errors printed above still need the caterer: not a plain success.
        setExit(errors ? EXIT.findings : EXIT.ok);
      });
  },
};

import { readGridJson, STANDARD_VERSION, type Grid } from "../../core/grid";
import { buildTemplatePlan } from "../../core/template";
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
 * The grid to pre-fill from a JSON file. Its problems are printed (the caterer fixes them in the template); only a
 * grid that cannot be read at all (null) stops the command.
 */
async function gridFrom(file: string, ctx: CliContext): Promise<Grid | null> {
  const { grid, findings } = readGridJson(await readJsonFile(file));
  const shown = findings.filter((finding) => finding.severity !== "info");
  for (const finding of shown) ctx.err(findingLine(finding, ctx, file));
  if (!grid) {
    ctx.err(ctx.t("template.cli.fromInvalid", { file }));
    return null;
  }
  return grid;
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
        const grid = options.from ? await gridFrom(options.from, ctx) : undefined;
        if (grid === null) return setExit(EXIT.findings);
        const plan = buildTemplatePlan({
          lang: ctx.lang,
          ...(grid ? { grid } : {}),
          ...(options.password ? { password: options.password } : {}),
        });
        await writeFileAtomic(options.out, await writeWorkbook(plan), { overwrite });
        ctx.out(
          ctx.t("template.cli.written", { file: options.out, lang: ctx.lang, version: STANDARD_VERSION }),
        );
        setExit(EXIT.ok);
      });
  },
};

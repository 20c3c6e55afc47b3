import { findingMessage } from "../../core/finding-message";
import type { Finding } from "../../core/findings";
import { makeSchedule } from "../../usecases/make-schedule";
import { writeWorkbook } from "../../xlsx/write";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { checkOutputFile, readJsonFile, writeFileAtomic } from "../io";

interface BordereauOptions {
  readonly lines: string;
  readonly out: string;
  readonly title?: string;
  readonly force?: boolean;
}

/** "lignes.json, ligne 3, champ « variant.pieces »: erreur: …" — the line and the field first, then what to do. */
function findingText(finding: Finding, ctx: CliContext, file: string): string {
  const { line, path } = finding.location ?? {};
  const where =
    line === undefined
      ? file
      : path
        ? ctx.t("cli.bordereau.where", { file, line, field: path })
        : ctx.t("cli.bordereau.whereLine", { file, line });
  const text = `${where}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`;
  return ctx.debug ? `${text} [${finding.code}]` : text;
}

/**
 * `grille bordereau --lines LINES.json --out BPU.xlsx [--lang en] [--title T] [--force]`: exit 0 when written, 1
 * when written with warnings or refused for a line's error (nothing written then), 2 when the file is unusable as a
 * whole (missing, not JSON, not a list of lines).
 */
export const bordereau: CliCommand = {
  name: "bordereau",
  register(program, ctx, setExit) {
    program
      .command("bordereau")
      .description(ctx.t("cli.bordereau.description"))
      .requiredOption("--lines <lines.json>", ctx.t("cli.bordereau.option.lines"))
      .requiredOption("--out <file.xlsx>", ctx.t("cli.bordereau.option.out"))
      .option("--title <text>", ctx.t("cli.bordereau.option.title"))
      .option("--force", ctx.t("cli.bordereau.option.force"))
      .addHelpText("after", `\n  --lang <fr|en>  ${ctx.t("cli.bordereau.option.lang")}`)
      .action(async (options: BordereauOptions) => {
        const overwrite = options.force === true;
        await checkOutputFile(options.out, { extension: ".xlsx", overwrite, inputs: [options.lines] });
        const made = makeSchedule({
          lines: await readJsonFile(options.lines),
          lang: ctx.lang,
          ...(options.title !== undefined ? { title: options.title } : {}),
        });
        for (const finding of made.findings) ctx.err(findingText(finding, ctx, options.lines));
        if (!made.plan) {
          // A list that is no list at all is unusable; a line to correct is a finding in the data.
          const whole = made.findings.some((finding) => finding.location?.line === undefined);
          if (!whole) ctx.err(ctx.t("cli.bordereau.refused", { file: options.lines }));
          setExit(whole ? EXIT.unusable : EXIT.findings);
          return;
        }
        await writeFileAtomic(options.out, await writeWorkbook(made.plan), { overwrite });
        ctx.out(
          ctx.t("cli.bordereau.written", { file: options.out, lines: made.lines.length, rows: made.rows }),
        );
        setExit(made.findings.length > 0 ? EXIT.findings : EXIT.ok);
      });
  },
};

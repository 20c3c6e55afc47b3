import { writeGridJson } from "../../core/grid";
import { checkGridWorkbook, countFindings, shownFindings } from "../../usecases/check-grid";
import type { CliCommand } from "../command";
import { EXIT } from "../context";
import { CliError } from "../errors";
import { findingLine, readWorkbookOrFail } from "../grid-source";

interface ReadOptions {
  readonly json?: boolean;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `grille read FILE.xlsx [--json]`: exit 0 when the grid has no error, 1 when it has, 2 when unreadable. */
export const read: CliCommand = {
  name: "read",
  register(program, ctx, setExit) {
    program
      .command("read")
      .description(ctx.t("template.cli.read.description"))
      .argument(`<${ctx.t("cli.read.argument")}>`)
      .option("--json", ctx.t("template.cli.option.json"))
      .action(async (file: string, options: ReadOptions) => {
        // A grid JSON is not a workbook to open in Excel: say what the command reads, and what to do with it.
        if (/\.json$/i.test(file)) throw new CliError("cli.read.json", { file });
        const check = checkGridWorkbook(await readWorkbookOrFail(file), { today: todayIso() });
        if (check.kind === "notTemplate") {
          // Not a template at all: one line, like any unusable input, rather than a list of findings.
          ctx.err(ctx.t("template.cli.notTemplate", { file }));
          setExit(EXIT.unusable);
          return;
        }
        // With --json, stdout carries the grid only; findings go to stderr so a pipe gets clean JSON.
        const say = options.json ? ctx.err : ctx.out;
        for (const finding of shownFindings(check.findings)) say(findingLine(finding, ctx, file));
        const errors = countFindings(check.findings, "error");
        const warnings = countFindings(check.findings, "warning");
        say(
          errors === 0
            ? ctx.t("template.cli.read.ok", { file, version: check.version ?? "?", warnings })
            : ctx.t("template.cli.read.errors", { file, errors, warnings }),
        );
        if (!check.grid && errors > 0) say(ctx.t("template.cli.read.noGrid"));
        if (options.json && check.grid) ctx.out(JSON.stringify(writeGridJson(check.grid), null, 2));
        setExit(errors > 0 ? EXIT.findings : EXIT.ok);
      });
  },
};

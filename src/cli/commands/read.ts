import type { Finding } from "../../core/findings";
import { writeGridJson } from "../../core/grid";
import type { CliCommand } from "../command";
import { EXIT, type CliContext, type ExitCode } from "../context";
import { findingLine, readTemplateFile } from "../grid-source";

const NOT_TEMPLATE = "template.finding.notTemplate";

interface ReadOptions {
  readonly json?: boolean;
}

const count = (findings: readonly Finding[], severity: Finding["severity"]) =>
  findings.filter((finding) => finding.severity === severity).length;

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function summary(
  file: string,
  findings: readonly Finding[],
  version: string | null,
  ctx: CliContext,
): string {
  const errors = count(findings, "error");
  const warnings = count(findings, "warning");
  if (errors === 0) return ctx.t("template.cli.read.ok", { file, version: version ?? "?", warnings });
  return ctx.t("template.cli.read.errors", { file, errors, warnings });
}

/** 1 for a grid with errors, 0 otherwise (a workbook that is not a template is answered before: 2). */
function exitOf(findings: readonly Finding[]): ExitCode {
  return count(findings, "error") > 0 ? EXIT.findings : EXIT.ok;
}

/** `grille read FILE.xlsx [--json]`: exit 0 when the grid has no error, 1 when it has, 2 when unreadable. */
export const read: CliCommand = {
  name: "read",
  register(program, ctx, setExit) {
    program
      .command("read")
      .description(ctx.t("template.cli.read.description"))
      .argument("<file>")
      .option("--json", ctx.t("template.cli.option.json"))
      .action(async (file: string, options: ReadOptions) => {
        const reading = await readTemplateFile(file, todayIso());
        if (reading.findings.some((finding) => finding.code === NOT_TEMPLATE)) {
          // Not a template at all: one line, like any unusable input, rather than a list of findings.
          ctx.err(ctx.t("template.cli.notTemplate", { file }));
          setExit(EXIT.unusable);
          return;
        }
        const shown = reading.findings.filter((finding) => finding.severity !== "info");
        // With --json, stdout carries the grid only; findings go to stderr so a pipe gets clean JSON.
        const say = options.json ? ctx.err : ctx.out;
        for (const finding of shown) say(findingLine(finding, ctx, file));
        say(summary(file, reading.findings, reading.version, ctx));
        if (!reading.grid && count(reading.findings, "error") > 0) say(ctx.t("template.cli.read.noGrid"));
        if (options.json && reading.grid) ctx.out(JSON.stringify(writeGridJson(reading.grid), null, 2));
        setExit(exitOf(reading.findings));
      });
  },
};

import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import { checkBid } from "../../usecases/check-bid";
import { findingMessage } from "../../core/finding-message";
import { findingCell } from "../../core/findings";
import { bidCheckJson } from "../../usecases/check-bid-findings";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { loadGridFile, readWorkbookOrFail } from "../grid-source";

interface CheckOptions {
  readonly tender: string;
  readonly grid?: string;
  readonly json?: boolean;
}

/** "offre.xlsx: BPU-DQE!D43: erreur: Prix unitaire manquant…" — the cell first, so a reader can go to it. */
function findingText(finding: Finding, ctx: CliContext, file: string): string {
  const cell = findingCell(finding);
  const where = cell ? ctx.t("cli.check.where", { file, cell }) : file;
  const line = `${where}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`;
  return ctx.debug ? `${line} [${finding.code}]` : line;
}

const count = (findings: readonly Finding[], severity: Finding["severity"]) =>
  findings.filter((finding) => finding.severity === severity).length;

/**
 * `grille check BID.xlsx --tender ORIGINAL.xlsx [--grid GRID] [--json]`: exit 0 when nothing is to report, 1 when
 * a finding is, 2 when a file is unreadable, the original has no price table or the bid does not answer it.
 */
export const check: CliCommand = {
  name: "check",
  register(program, ctx, setExit) {
    program
      .command("check")
      .description(ctx.t("cli.check.description"))
      .argument(`<${ctx.t("cli.check.argument")}>`)
      .requiredOption("--tender <original.xlsx>", ctx.t("cli.check.option.tender"))
      .option("--grid <file>", ctx.t("cli.check.option.grid"))
      .option("--json", ctx.t("cli.check.option.json"))
      .action(async (file: string, options: CheckOptions) => {
        const original = await readWorkbookOrFail(options.tender);
        const bid = await readWorkbookOrFail(file);
        const grid: Grid | undefined = options.grid ? await loadGridFile(options.grid, ctx) : undefined;
        // With a grid, the caterer checks its own bid before sending it: the advice is worded for it.
        const result = checkBid({ original, bid, ...(grid ? { grid, reader: "bidder" as const } : {}) });
        if (result.kind === "unusable") {
          for (const finding of result.findings) ctx.err(findingMessage(finding, ctx.lang));
          setExit(EXIT.unusable);
          return;
        }
        const { findings } = result;
        if (options.json) {
          const files = { bid: file, tender: options.tender };
          ctx.out(JSON.stringify(bidCheckJson(files, findings, ctx.lang), null, 2));
        } else {
          ctx.out(
            ctx.t("cli.check.checked", {
              bid: file,
              tender: options.tender,
              sheet: result.sheet,
              lines: result.lines.length,
            }),
          );
          if (options.grid) ctx.out(ctx.t("cli.check.grid", { grid: options.grid, count: result.gridLines }));
          for (const finding of findings) ctx.out(findingText(finding, ctx, file));
          const errors = count(findings, "error");
          const warnings = count(findings, "warning");
          ctx.out(
            errors + warnings === 0
              ? ctx.t("cli.check.clean")
              : ctx.t("cli.check.summary", { errors, warnings }),
          );
        }
        setExit(findings.some((finding) => finding.severity !== "info") ? EXIT.findings : EXIT.ok);
      });
  },
};

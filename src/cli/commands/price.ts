import { findingMessage, readGridJson, type Grid } from "../../core/grid";
import type { Finding } from "../../core/findings";
import { centsToEuroNumber, formatEuros } from "../../core/money";
import { priceVariant, renderBreakdown, type PriceResult } from "../../core/pricing";
import { readVariant, variantLabel } from "../../core/variant";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { CliError } from "../errors";
import { isWorkbookFile, loadTemplateGrid } from "../grid-source";
import { readJsonFile } from "../io";

interface PriceOptions {
  readonly grid: string;
  readonly variant?: string;
  readonly variants?: string;
  readonly json?: boolean;
}

/** One line to price: its id, and the variant JSON as given (read and checked by the core). */
export interface Line {
  readonly id: string;
  /** False for the single --variant line, whose id is not shown. */
  readonly named: boolean;
  readonly variant: unknown;
}

/** What one line gave: a price, or the first error that stops it being priced. */
export type Outcome = { readonly id: string; readonly named: boolean; readonly label?: string } & (
  { readonly result: Extract<PriceResult, { ok: true }> } | { readonly error: Finding }
);

export const price: CliCommand = {
  name: "price",
  register(program, ctx, setExit) {
    program
      .command("price")
      .description(ctx.t("cli.price.description"))
      .requiredOption("--grid <file>", ctx.t("cli.price.option.grid"))
      .option("--variant <json>", ctx.t("cli.price.option.variant"))
      .option("--variants <file>", ctx.t("cli.price.option.variants"))
      .option("--json", ctx.t("cli.price.option.json"))
      .action(async (options: PriceOptions) => {
        const grid = await loadGrid(options.grid, ctx);
        const lines = await loadLines(options);
        const outcomes = lines.map((line) => priceLine(grid, line, ctx));
        if (options.json)
          ctx.out(
            JSON.stringify(
              outcomes.map((outcome) => jsonOf(outcome, ctx)),
              null,
              2,
            ),
          );
        else outcomes.forEach((outcome) => printOutcome(outcome, ctx));
        setExit(outcomes.every((outcome) => "result" in outcome) ? EXIT.ok : EXIT.findings);
      });
  },
};

/** A grid JSON file or a filled template; an unusable grid is one line naming its first problem (exit 2). */
async function loadGrid(file: string, ctx: CliContext): Promise<Grid> {
  if (isWorkbookFile(file)) return loadTemplateGrid(file, ctx);
  const { grid, findings } = readGridJson(await readJsonFile(file));
  const problems = findings.filter((finding) => finding.severity !== "info");
  if (!grid) {
    const first = problems.find((finding) => finding.severity === "error") ?? problems[0];
    const detail = findingMessage(first, ctx.lang);
    const more = problems.length > 1 ? ctx.t("cli.price.moreProblems", { count: problems.length - 1 }) : "";
    throw new CliError("cli.price.gridUnusable", { file, detail: more ? `${detail} ${more}` : detail });
  }
  for (const finding of problems)
    ctx.err(`${file}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`);
  return grid;
}

async function loadLines(options: PriceOptions): Promise<Line[]> {
  if ((options.variant === undefined) === (options.variants === undefined))
    throw new CliError("cli.price.oneSource");
  if (options.variant !== undefined) {
    try {
      return [{ id: "variant", named: false, variant: JSON.parse(options.variant) as unknown }];
    } catch (error) {
      throw new CliError("cli.price.variantJson", { detail: (error as Error).message });
    }
  }
  const file = options.variants as string;
  const list = await readJsonFile(file);
  if (!Array.isArray(list)) throw new CliError("cli.price.variantsShape", { file });
  return list.map((item: unknown, index) => lineOf(item, index));
}

/** `{"id": "...", "variant": {...}}`; a missing id becomes the line number, a missing variant a line error. */
function lineOf(item: unknown, index: number): Line {
  const object =
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : {};
  const id =
    typeof object.id === "string" || typeof object.id === "number" ? String(object.id) : String(index + 1);
  return { id, named: true, variant: object.variant };
}

export function priceLine(grid: Grid, line: Line, ctx: CliContext): Outcome {
  const { variant, findings } = readVariant(line.variant);
  const { id, named } = line;
  if (!variant)
    return { id, named, error: findings.find((finding) => finding.severity === "error") as Finding };
  const label = variantLabel(variant, ctx.lang);
  const result = priceVariant(grid, variant);
  return result.ok ? { id, named, label, result } : { id, named, label, error: result.finding };
}

/** The --json form of one line: amounts in euros with 2 decimals, breakdown in the reader's language. */
export function jsonOf(outcome: Outcome, ctx: CliContext): object {
  if ("error" in outcome) {
    const { code, messageKey, params } = outcome.error;
    return { id: outcome.id, error: { code, message: ctx.t(messageKey, params) } };
  }
  const { ht, ttc, breakdown } = outcome.result;
  return {
    id: outcome.id,
    ht: centsToEuroNumber(ht),
    ttc: centsToEuroNumber(ttc),
    breakdown: renderBreakdown(breakdown, ctx.lang),
  };
}

/** The human form of one line: title, HT and TTC, then the breakdown, through `out` (a stream or a file). */
export function printOutcome(outcome: Outcome, ctx: CliContext, out: (text: string) => void = ctx.out): void {
  const title = [outcome.named ? outcome.id : "", outcome.label ?? ""]
    .filter((part) => part !== "")
    .join(" · ");
  if (title) out(title);
  if ("error" in outcome) {
    out(`  ${ctx.t("cli.price.notPriced")} ${ctx.t(outcome.error.messageKey, outcome.error.params)}`);
  } else {
    const { ht, ttc, breakdown } = outcome.result;
    out(`  ${ctx.t("cli.price.total", { ht: formatEuros(ht, ctx.lang), ttc: formatEuros(ttc, ctx.lang) })}`);
    for (const step of renderBreakdown(breakdown, ctx.lang)) out(`    ${step}`);
  }
  out("");
}

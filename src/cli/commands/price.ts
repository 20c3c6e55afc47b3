import { findingMessage, PRICE_ENTRIES, readGridJson, VAT_ENTRIES, type Grid } from "../../core/grid";
import type { Finding } from "../../core/findings";
import { centsToEuroNumber, formatEuros } from "../../core/money";
import { priceVariant, renderBreakdown, type PriceResult } from "../../core/pricing";
import { readVariant, variantLabel } from "../../core/variant";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { CliError } from "../errors";
import { isWorkbookFile, loadTemplateGrid } from "../grid-source";
import { isWorkbookBytes, parseJsonBytes, readFileOrFail, readJsonFile } from "../io";

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
  /** Problems of the line itself (e.g. an id already used), shown with its result. */
  readonly warnings?: readonly Finding[];
}

/**
 * What one line gave: a price, or the first error that stops it being priced; and its warnings (an unknown field
 * such as a misspelt "delivry" is ignored by the core, so it must be shown or the price is a silent guess).
 */
export type Outcome = {
  readonly id: string;
  readonly named: boolean;
  readonly label?: string;
  readonly warnings: readonly Finding[];
} & ({ readonly result: Extract<PriceResult, { ok: true }> } | { readonly error: Finding });

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

/**
 * Far above any bill of quantities (a few hundred lines), and keeps memory bounded: each priced line with its
 * breakdown costs a few kilobytes, so 200 000 lines took close to 1 GB (10 000 lines: 0.4 s, 100 MB).
 */
export const MAX_LINES = 20_000;

/** Ids whose problems stop a grid being priced: the prices, the VAT rates and their two sections. */
const PRICING_IDS: ReadonlySet<string> = new Set([
  "prix",
  "tva",
  ...[...PRICE_ENTRIES, ...VAT_ENTRIES].map((item) => item.id),
]);

/** A grid JSON file or a filled template; an unusable grid is one line naming its first problem (exit 2). */
async function loadGrid(file: string, ctx: CliContext): Promise<Grid> {
  const data = await readFileOrFail(file);
  // By content as well as by name: a template saved as "grille" or ".xlsm" is still read as one, not as bad JSON.
  if (isWorkbookFile(file) || isWorkbookBytes(data)) return loadTemplateGrid(file, ctx, new Uint8Array(data));
  const { grid, findings } = readGridJson(parseJsonBytes(data, file));
  const problems = findings.filter((finding) => finding.severity !== "info");
  const print = (finding: Finding) =>
    ctx.err(`${file}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`);
  if (!grid) {
    // The summary names what stops pricing (a price, a VAT rate, the header), not merely the first problem in
    // file order (often an identity field that does not matter here); every other problem is printed above it,
    // so the caterer fixes them all in one go instead of one per run.
    const errors = problems.filter((finding) => finding.severity === "error");
    const blocking =
      errors.find((finding) => finding.id === undefined || PRICING_IDS.has(finding.id)) ??
      errors[0] ??
      problems[0];
    problems.filter((finding) => finding !== blocking).forEach(print);
    throw new CliError("cli.price.gridUnusable", { file, detail: findingMessage(blocking, ctx.lang) });
  }
  problems.forEach(print);
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
  if (list.length > MAX_LINES)
    throw new CliError("cli.price.tooManyLines", { file, count: list.length, max: MAX_LINES });
  return withDuplicateWarnings(list.map((item: unknown, index) => lineOf(item, index)));
}

/** Two lines with one id give two results nobody can tell apart in the JSON output: each repeat is flagged. */
function withDuplicateWarnings(lines: readonly Line[]): Line[] {
  const firstLine = new Map<string, number>();
  return lines.map((line, index) => {
    const first = firstLine.get(line.id);
    if (first === undefined) {
      firstLine.set(line.id, index + 1);
      return line;
    }
    const warning: Finding = {
      code: "cli.price.duplicateId",
      severity: "warning",
      messageKey: "cli.price.duplicateId",
      params: { id: line.id, first, line: index + 1 },
    };
    return { ...line, warnings: [...(line.warnings ?? []), warning] };
  });
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
  const warnings = [
    ...(line.warnings ?? []),
    ...findings.filter((finding) => finding.severity === "warning"),
  ];
  if (!variant)
    return {
      id,
      named,
      warnings,
      error: findings.find((finding) => finding.severity === "error") as Finding,
    };
  const label = variantLabel(variant, ctx.lang);
  const result = priceVariant(grid, variant);
  return result.ok
    ? { id, named, label, warnings, result }
    : { id, named, label, warnings, error: result.finding };
}

const messageOf = (finding: Finding, ctx: CliContext) => ({
  code: finding.code,
  message: ctx.t(finding.messageKey, finding.params),
});

/**
 * The --json form of one line: amounts in euros with 2 decimals, breakdown in the reader's language, and
 * "warnings" only when there are some (so a clean line keeps the documented shape).
 */
export function jsonOf(outcome: Outcome, ctx: CliContext): object {
  const warnings =
    outcome.warnings.length > 0 ? { warnings: outcome.warnings.map((one) => messageOf(one, ctx)) } : {};
  if ("error" in outcome) return { id: outcome.id, error: messageOf(outcome.error, ctx), ...warnings };
  const { ht, ttc, breakdown } = outcome.result;
  return {
    id: outcome.id,
    ht: centsToEuroNumber(ht),
    ttc: centsToEuroNumber(ttc),
    breakdown: renderBreakdown(breakdown, ctx.lang),
    ...warnings,
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
  for (const warning of outcome.warnings)
    out(`  ${ctx.t("cli.price.warning")} ${ctx.t(warning.messageKey, warning.params)}`);
  out("");
}

import {
  allPriced,
  priceLines,
  pricedLineJson,
  readVariantList,
  MAX_LINES,
  type VariantLine,
} from "../../usecases/price-variants";
import {
  OPTION_CHOICES,
  hasVariantOptions,
  variantFromOptions,
  type VariantOptions,
} from "../../usecases/variant-options";
import type { Command } from "commander";
import type { CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { CliError } from "../errors";
import { loadGridFile } from "../grid-source";
import { readJsonFile } from "../io";
import { jsonErrorPosition } from "../json-position";
import { designationLines, printUnread } from "../price-designation";
import { printPricedLine } from "../price-text";

/** What commander hands over: the English options and their French aliases, as typed. */
interface PriceOptions {
  readonly grid: string;
  readonly variant?: string;
  readonly variants?: string;
  readonly designation?: string;
  readonly json?: boolean;
  readonly [name: string]: unknown;
}

/** Each variant option: its English flag, its French alias (hidden from the help), and whether it takes a value. */
const VARIANT_OPTIONS: readonly {
  readonly key: keyof VariantOptions;
  readonly flag: string;
  readonly alias?: string;
  readonly value?: string;
  readonly help: Parameters<CliContext["t"]>[0];
}[] = [
  { key: "product", flag: "product", alias: "produit", value: "<id>", help: "cli.price.option.product" },
  { key: "pieces", flag: "pieces", value: "<n>", help: "cli.price.option.pieces" },
  { key: "guests", flag: "guests", alias: "convives", value: "<n>", help: "cli.price.option.guests" },
  { key: "per", flag: "per", alias: "par", value: "<unit>", help: "cli.price.option.per" },
  {
    key: "delivery",
    flag: "delivery",
    alias: "livraison",
    value: "<included|excluded>",
    help: "cli.price.option.delivery",
  },
  { key: "zone", flag: "zone", value: "<zone>", help: "cli.price.option.zone" },
  { key: "evening", flag: "evening", alias: "soir", help: "cli.price.option.evening" },
  { key: "weekend", flag: "weekend", alias: "week-end", help: "cli.price.option.weekend" },
  { key: "pickup", flag: "pickup", alias: "retrait", help: "cli.price.option.pickup" },
  { key: "extras", flag: "extra", alias: "supplement", value: "<id>", help: "cli.price.option.extra" },
  { key: "staff", flag: "staff", alias: "personnel", value: "<role>", help: "cli.price.option.staff" },
  { key: "staffPerGuests", flag: "staff-per-guests", value: "<n>", help: "cli.price.option.staffPerGuests" },
  { key: "staffCount", flag: "staff-count", value: "<n>", help: "cli.price.option.staffCount" },
  { key: "staffHours", flag: "staff-hours", value: "<h>", help: "cli.price.option.staffHours" },
  { key: "basis", flag: "basis", alias: "base", value: "<HT|TTC>", help: "cli.price.option.basis" },
];

/** Commander's property name of a flag: "staff-per-guests" → "staffPerGuests". */
const property = (flag: string) => flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function addVariantOptions(command: Command, ctx: CliContext): void {
  for (const option of VARIANT_OPTIONS) {
    const repeat = option.key === "extras" ? collect : undefined;
    const spec = (flag: string) => `--${flag}${option.value ? ` ${option.value}` : ""}`;
    if (repeat) command.option(spec(option.flag), ctx.t(option.help), repeat);
    else command.option(spec(option.flag), ctx.t(option.help));
    if (option.alias) {
      const alias = command.createOption(spec(option.alias)).hideHelp();
      command.addOption(repeat ? alias.argParser(repeat) : alias);
    }
  }
}

/** The variant options given, the French alias winning over nothing and the English flag over its alias. */
function variantOptions(options: PriceOptions): VariantOptions {
  const read: Record<string, unknown> = {};
  for (const option of VARIANT_OPTIONS) {
    const english = options[property(option.flag)];
    const french = option.alias ? options[property(option.alias)] : undefined;
    const value =
      option.key === "extras"
        ? [...((english as string[] | undefined) ?? []), ...((french as string[] | undefined) ?? [])]
        : (english ?? french);
    if (value !== undefined) read[option.key] = value;
  }
  return read as VariantOptions;
}

function choicesHelp(ctx: CliContext): string {
  const list = (values: readonly string[]) => values.join(", ");
  return `\n${ctx.t("cli.price.help.choices", {
    products: list(OPTION_CHOICES.products),
    extras: list(OPTION_CHOICES.extras),
    zones: list(OPTION_CHOICES.zones),
    units: list(OPTION_CHOICES.units),
    roles: list(OPTION_CHOICES.roles),
  })}`;
}

export const price: CliCommand = {
  name: "price",
  register(program, ctx, setExit) {
    const command = program
      .command("price")
      .description(ctx.t("cli.price.description"))
      .requiredOption("--grid <file>", ctx.t("cli.price.option.grid"))
      .option("--variant <json>", ctx.t("cli.price.option.variant"))
      .option("--variants <file>", ctx.t("cli.price.option.variants"))
      .option("--designation <text>", ctx.t("cli.price.option.designation"))
      .option("--json", ctx.t("cli.price.option.json"));
    addVariantOptions(command, ctx);
    command.addHelpText("after", choicesHelp(ctx)).action(async (options: PriceOptions) => {
      const grid = await loadGridFile(options.grid, ctx);
      const lines = await loadLines(options);
      if ("reason" in lines) {
        printUnread(lines.reason, options.json === true, ctx);
        setExit(EXIT.findings);
        return;
      }
      const priced = priceLines(grid, lines, ctx.lang);
      if (options.json)
        ctx.out(
          JSON.stringify(
            priced.map((line) => pricedLineJson(line, ctx.lang)),
            null,
            2,
          ),
        );
      else priced.forEach((line) => printPricedLine(line, ctx));
      setExit(allPriced(priced) ? EXIT.ok : EXIT.findings);
    });
  },
};

function parseVariant(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError("cli.price.variantJsonAt", { ...jsonErrorPosition(text, error) });
  }
}

async function loadLines(
  options: PriceOptions,
): Promise<readonly VariantLine[] | Extract<ReturnType<typeof designationLines>, { ok: false }>> {
  const described = variantOptions(options);
  if (options.designation !== undefined) {
    if (options.variant !== undefined || options.variants !== undefined)
      throw new CliError("cli.price.designationOptions");
    const read = designationLines(options.designation, described);
    return read.ok ? read.lines : read;
  }
  const fromOptions = hasVariantOptions(described);
  const fromJson = options.variant !== undefined || options.variants !== undefined;
  if (fromOptions && fromJson) throw new CliError("cli.price.optionsAndJson");
  if (fromOptions) return [{ id: "variant", named: false, variant: variantFromOptions(described) }];
  if ((options.variant === undefined) === (options.variants === undefined))
    throw new CliError("cli.price.oneSource");
  if (options.variant !== undefined)
    return [{ id: "variant", named: false, variant: parseVariant(options.variant) }];
  const file = options.variants as string;
  const list = readVariantList(await readJsonFile(file));
  if (list.ok) return list.lines;
  if (list.problem === "notList") throw new CliError("cli.price.variantsShape", { file });
  throw new CliError("cli.price.tooManyLines", { file, count: list.count, max: MAX_LINES });
}

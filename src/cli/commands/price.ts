import {
  allPriced,
  priceLines,
  pricedLineJson,
  readVariantList,
  MAX_LINES,
  type VariantLine,
} from "../../usecases/price-variants";
import type { CliCommand } from "../command";
import { EXIT } from "../context";
import { CliError } from "../errors";
import { loadGridFile } from "../grid-source";
import { readJsonFile } from "../io";
import { printPricedLine } from "../price-text";

interface PriceOptions {
  readonly grid: string;
  readonly variant?: string;
  readonly variants?: string;
  readonly json?: boolean;
}

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
        const grid = await loadGridFile(options.grid, ctx);
        const priced = priceLines(grid, await loadLines(options), ctx.lang);
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

async function loadLines(options: PriceOptions): Promise<readonly VariantLine[]> {
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
  const list = readVariantList(await readJsonFile(file));
  if (list.ok) return list.lines;
  if (list.problem === "notList") throw new CliError("cli.price.variantsShape", { file });
  throw new CliError("cli.price.tooManyLines", { file, count: list.count, max: MAX_LINES });
}

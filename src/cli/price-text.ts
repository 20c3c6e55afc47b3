import { findingMessage } from "../core/finding-message";
import { formatEuros } from "../core/money";
import { renderBreakdown } from "../core/pricing";
import type { PricedLine } from "../usecases/price-variants";
import type { CliContext } from "./context";

/** The human form of one priced line: title, HT and TTC, then the breakdown, through `out` (a stream or a file). */
export function printPricedLine(
  line: PricedLine,
  ctx: CliContext,
  out: (text: string) => void = ctx.out,
): void {
  const title = [line.named ? line.id : "", line.label ?? ""].filter((part) => part !== "").join(" · ");
  if (title) out(title);
  if ("error" in line) {
    out(`  ${ctx.t("cli.price.notPriced")} ${findingMessage(line.error, ctx.lang)}`);
  } else {
    const { ht, ttc, breakdown } = line.result;
    out(`  ${ctx.t("cli.price.total", { ht: formatEuros(ht, ctx.lang), ttc: formatEuros(ttc, ctx.lang) })}`);
    for (const step of renderBreakdown(breakdown, ctx.lang)) out(`    ${step}`);
  }
  for (const warning of line.warnings)
    out(`  ${ctx.t("cli.price.warning")} ${findingMessage(warning, ctx.lang)}`);
  out("");
}

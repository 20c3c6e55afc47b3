// Price variants from a grid: each line read as a variant of the standard (section 4), checked, priced with its
// breakdown, or refused with the first reason it cannot be priced. The CLI, the demo and the pane share it.

import type { Finding } from "../core/findings";
import type { Grid } from "../core/grid";
import { centsToEuroNumber } from "../core/money";
import { priceVariant, renderBreakdown, type PriceResult } from "../core/pricing";
import { readVariant, variantLabel } from "../core/variant";
import { t, type Lang } from "../i18n";

/**
 * Far above any bill of quantities (a few hundred lines), and keeps memory bounded: each priced line with its
 * breakdown costs a few kilobytes, so 200 000 lines took close to 1 GB (10 000 lines: 0.4 s, 100 MB).
 */
export const MAX_LINES = 20_000;

/** One line to price: its id, and the variant JSON as given (read and checked here). */
export interface VariantLine {
  readonly id: string;
  /** False for a single unnamed line (the CLI's --variant), whose id is not shown. */
  readonly named: boolean;
  readonly variant: unknown;
  /** Problems of the line itself (e.g. an id already used), shown with its result. */
  readonly warnings?: readonly Finding[];
}

/** What one line gave: a price, or the first error that stops it being priced; and its warnings. */
export type PricedLine = {
  readonly id: string;
  readonly named: boolean;
  /** The variant in words, when it could be read. */
  readonly label?: string;
  readonly warnings: readonly Finding[];
} & ({ readonly result: Extract<PriceResult, { ok: true }> } | { readonly error: Finding });

export type VariantListRead =
  | { readonly ok: true; readonly lines: readonly VariantLine[] }
  | { readonly ok: false; readonly problem: "notList" }
  | { readonly ok: false; readonly problem: "tooMany"; readonly count: number };

/** A variants file (`[{"id": …, "variant": {…}}, …]`) as lines; a missing id becomes the line number. */
export function readVariantList(value: unknown): VariantListRead {
  if (!Array.isArray(value)) return { ok: false, problem: "notList" };
  if (value.length > MAX_LINES) return { ok: false, problem: "tooMany", count: value.length };
  return { ok: true, lines: withDuplicateWarnings(value.map((item: unknown, index) => lineOf(item, index))) };
}

function lineOf(item: unknown, index: number): VariantLine {
  const object =
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : {};
  const id =
    typeof object.id === "string" || typeof object.id === "number" ? String(object.id) : String(index + 1);
  return { id, named: true, variant: object.variant };
}

/** Two lines with one id give two results nobody can tell apart in the JSON output: each repeat is flagged. */
function withDuplicateWarnings(lines: readonly VariantLine[]): VariantLine[] {
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
      location: { line: index + 1 },
      messageKey: "cli.price.duplicateId",
      params: { id: line.id, first, line: index + 1 },
    };
    return { ...line, warnings: [...(line.warnings ?? []), warning] };
  });
}

export function priceLine(grid: Grid, line: VariantLine, lang: Lang): PricedLine {
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
  const label = variantLabel(variant, lang);
  const result = priceVariant(grid, variant);
  return result.ok
    ? { id, named, label, warnings, result }
    : { id, named, label, warnings, error: result.finding };
}

export function priceLines(grid: Grid, lines: readonly VariantLine[], lang: Lang): PricedLine[] {
  return lines.map((line) => priceLine(grid, line, lang));
}

export function allPriced(lines: readonly PricedLine[]): boolean {
  return lines.every((line) => "result" in line);
}

const messageOf = (finding: Finding, lang: Lang) => ({
  code: finding.code,
  message: t(lang, finding.messageKey, finding.params),
});

/**
 * The JSON form of one line (`grille price --json`, the demo): amounts in euros with 2 decimals, breakdown in the
 * reader's language, and "warnings" only when there are some (so a clean line keeps the documented shape).
 */
export function pricedLineJson(line: PricedLine, lang: Lang): object {
  const warnings =
    line.warnings.length > 0 ? { warnings: line.warnings.map((one) => messageOf(one, lang)) } : {};
  if ("error" in line) return { id: line.id, error: messageOf(line.error, lang), ...warnings };
  const { ht, ttc, breakdown } = line.result;
  return {
    id: line.id,
    ht: centsToEuroNumber(ht),
    ttc: centsToEuroNumber(ttc),
    breakdown: renderBreakdown(breakdown, lang),
    ...warnings,
  };
}

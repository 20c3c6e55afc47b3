// Reviewing a tender before filling it: the table found (its range, to show it in the spreadsheet), the conditions
// read with their cell, and every line with its status, its variant in words and its price from the grid, priced
// exactly as the fill will price it (priceMappedLine). Plain data in the reader's language, for the pane and the
// offline page.

import type { Finding } from "../core/findings";
import type { Grid } from "../core/grid/model";
import { formatEuros } from "../core/money";
import { renderBreakdown, variantPricer, type VariantPricer } from "../core/pricing";
import { conditionText, reasonText } from "../core/tender";
import { variantLabel } from "../core/variant/label";
import { readVariant } from "../core/variant/read";
import type { Variant, VariantUnit } from "../core/variant/model";
import { columnIndex, columnLetters } from "../core/workbook/address";
import type { Lang } from "../i18n";
import { leftReasonText } from "./fill-report-json";
import { priceMappedLine } from "./fill-tender";
import type { LineStatus, MappedLine, TenderMapping } from "./map-tender";
import { variantJson, type VariantFields } from "./variant-fields";

export interface ReviewPrice {
  /** "12,40 €" in the reader's style. */
  readonly ht: string;
  readonly ttc: string;
  readonly unit: VariantUnit;
  /** The breakdown, one step per line. */
  readonly steps: readonly string[];
}

export interface ReviewLine {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly status: LineStatus;
  /** The variant asked (mapped) or the reading to confirm (uncertain), in words; null outside the standard. */
  readonly label: string | null;
  /** The variant the line would be filled with, or the suggestion an uncertain line offers, to start a correction. */
  readonly variant: Variant | null;
  /** Why the line was read so (a question when uncertain). */
  readonly reason: string;
  /** The price from the grid, when the line is mapped and the grid prices it. */
  readonly price: ReviewPrice | null;
  /** Why a mapped line cannot be priced with this grid. */
  readonly problem: string | null;
  /** The price cells the fill will type into, "D14". */
  readonly cells: readonly string[];
}

export interface ReviewCondition {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export interface TenderReview {
  readonly sheet: string;
  readonly headerRow: number;
  /** The table's range, header to last line, e.g. "A11:F34". */
  readonly range: string;
  readonly conditions: readonly ReviewCondition[];
  readonly lines: readonly ReviewLine[];
  readonly counts: Readonly<Record<LineStatus, number>>;
}

/** The table's range on its sheet: from the header's first row to the last line, across every column read. */
export function tableRange(mapping: TenderMapping): string {
  const letters = [...Object.values(mapping.columns), ...mapping.inputs.map((input) => input.column)].filter(
    (one): one is string => typeof one === "string" && one !== "",
  );
  const indexes = letters.map((one) => columnIndex(one)).filter((one): one is number => one !== undefined);
  const first = Math.min(...mapping.headerRows);
  const last = Math.max(mapping.headerRow, ...mapping.lines.map((line) => line.row));
  const left = columnLetters(Math.min(...indexes));
  const right = columnLetters(Math.max(...indexes));
  return `${left}${first}:${right}${last}`;
}

function reviewLine(line: MappedLine, pricer: VariantPricer | null, lang: Lang): ReviewLine {
  const variant = line.variant ?? line.suggestion;
  const base = {
    row: line.row,
    ref: line.ref,
    designation: line.designation,
    status: line.status,
    label: variant ? variantLabel(variant, lang) : null,
    variant,
    reason: reasonText(line.reason, lang),
    cells: line.priceCells.map((cell) => cell.cell),
  };
  if (line.status !== "mapped" || !pricer) return { ...base, price: null, problem: null };
  const priced = priceMappedLine(line, pricer);
  if (!priced.ok) return { ...base, price: null, problem: leftReasonText(priced.why, lang) };
  const price = {
    ht: formatEuros(priced.price.ht, lang),
    ttc: formatEuros(priced.price.ttc, lang),
    unit: priced.variant.unit,
    steps: renderBreakdown(priced.price.breakdown, lang),
  };
  const problem = priced.problems.length > 0 ? leftReasonText(priced.problems[0], lang) : null;
  return { ...base, price, problem };
}

/** The reading to review, priced from `grid` (none: no price shown, the lines still are). */
export function reviewTender(mapping: TenderMapping, grid: Grid | null, lang: Lang): TenderReview {
  const pricer = grid ? variantPricer(grid) : null;
  const lines = [...mapping.lines]
    .sort((a, b) => a.row - b.row)
    .map((line) => reviewLine(line, pricer, lang));
  const count = (status: LineStatus) => lines.filter((line) => line.status === status).length;
  return {
    sheet: mapping.sheet,
    headerRow: mapping.headerRow,
    range: tableRange(mapping),
    conditions: mapping.conditions.map((condition) => ({
      sheet: condition.sheet,
      cell: condition.cell,
      text: conditionText(condition, lang),
    })),
    lines,
    counts: { mapped: count("mapped"), uncertain: count("uncertain"), unmapped: count("unmapped") },
  };
}

/** A correction typed in the variant form: the variant, or the findings that name the fields to correct. */
export function variantFromFields(
  fields: VariantFields,
): { readonly variant: Variant } | { readonly findings: readonly Finding[] } {
  const read = readVariant(variantJson(fields));
  if (read.variant) return { variant: read.variant };
  return { findings: read.findings.filter((finding) => finding.severity === "error") };
}

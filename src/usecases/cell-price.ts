// Prices in any cell: what the Excel functions =GRILLE.PRIX, =GRILLE.VARIANTE and =GRILLE.DETAIL answer, from the
// buyer's words or from the variant's fields, over a range of the template's Prix sheet or "my grid". The variant is
// priced by the same path as `grille price` (priceLine); the answer is a number of euros, the breakdown as rows, or
// the reason in the reader's words: never a guess.

import { findingMessage } from "../core/finding-message";
import { catalogueEntry, type Grid } from "../core/grid";
import { centsToEuroNumber } from "../core/money";
import { renderStep, stepAmount } from "../core/pricing";
import { reasonText } from "../core/tender";
import { readVariant } from "../core/variant";
import { t, type Lang } from "../i18n";
import { designationVariant, type DesignationRequest } from "./designation-variant";
import { gridFromRange, withoutZeros, type RangeProblem, type RangeValue } from "./grid-range";
import { MY_GRID_KEY, loadMyGrid, type StoredGrid } from "./my-grid";
import { priceLine, type PricedLine } from "./price-variants";
import { variantFromOptions, type VariantOptions } from "./variant-options";

/** The grid of a cell, or why there is none. */
export type CellGrid =
  | { readonly ok: true; readonly grid: Grid; readonly zeros: readonly string[] }
  | { readonly ok: false; readonly problem: RangeProblem };

/** A cell's answer: its value, or the message the cell shows as its error. */
export type CellAnswer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** One row of a breakdown: the step in words, and its amount in euros ("" when the step has none). */
export type BreakdownRow = [step: string, amount: number | ""];

/** My grid as the pane saved it (the stored text of MY_GRID_KEY): null when none, "unreadable" when spoilt. */
export type SavedGrid = StoredGrid | null | "unreadable";

export function savedGrid(text: string | null): SavedGrid {
  if (text === null) return null;
  const store = {
    getItem: (key: string) => (key === MY_GRID_KEY ? text : null),
    setItem() {},
    removeItem() {},
  };
  return loadMyGrid(store) ?? "unreadable";
}

/** The grid a cell prices from: the range when one is given, else my grid. */
export function cellGrid(range: readonly (readonly RangeValue[])[] | null, mine: SavedGrid): CellGrid {
  if (range) return gridFromRange(range);
  if (mine === "unreadable") return { ok: false, problem: { key: "functions.grid.unreadable", params: {} } };
  if (mine) return { ok: true, grid: mine.grid, zeros: [] };
  return { ok: false, problem: { key: "functions.grid.none", params: {} } };
}

function problemText(problem: RangeProblem, lang: Lang): string {
  const label = problem.id ? (catalogueEntry(problem.id)?.label[lang] ?? problem.id) : "";
  return t(lang, problem.key, { ...problem.params, label });
}

type Priced = Extract<PricedLine, { result: unknown }>;

function priced(grid: Grid, variant: unknown, lang: Lang): Priced | { readonly message: string } {
  const line = priceLine(grid, { id: "cell", named: false, variant }, lang);
  return "result" in line ? line : { message: findingMessage(line.error, lang) };
}

const sameAnswer = (a: Priced | { message: string }, b: Priced | { message: string }) =>
  "result" in a && "result" in b && a.result.ht === b.result.ht && a.result.ttc === b.result.ttc;

/**
 * The variant priced from the cell's grid. A price that changes when the range's zeros are read as blank cells
 * rests on a cell Excel may have passed empty as 0: refused, with the cells to check.
 */
function priceFrom(source: CellGrid, variant: unknown, lang: Lang): CellAnswer<Priced> {
  if (!source.ok) return { ok: false, message: problemText(source.problem, lang) };
  const line = priced(source.grid, variant, lang);
  if (
    source.zeros.length > 0 &&
    !sameAnswer(line, priced(withoutZeros(source.grid, source.zeros), variant, lang))
  ) {
    const labels = source.zeros.map((id) => catalogueEntry(id)?.label[lang] ?? id).join(", ");
    return { ok: false, message: t(lang, "functions.range.zero", { labels }) };
  }
  return "result" in line ? { ok: true, value: line } : { ok: false, message: line.message };
}

function amountIn(line: Priced, variant: unknown): number {
  const basis = readVariant(variant).variant?.basis ?? "HT";
  return centsToEuroNumber(basis === "TTC" ? line.result.ttc : line.result.ht);
}

function fromDesignation(source: CellGrid, request: DesignationRequest, lang: Lang) {
  const read = designationVariant(request);
  if (!read.ok) return { ok: false as const, message: reasonText(read.reason, lang) };
  return { ok: true as const, variant: read.variant, answer: priceFrom(source, read.variant, lang) };
}

/** =GRILLE.PRIX: the price of a line as the buyer words it, HT or TTC as asked (HT by default). */
export function designationPrice(
  source: CellGrid,
  request: DesignationRequest,
  lang: Lang,
): CellAnswer<number> {
  const read = fromDesignation(source, request, lang);
  if (!read.ok) return read;
  return read.answer.ok ? { ok: true, value: amountIn(read.answer.value, read.variant) } : read.answer;
}

/** =GRILLE.VARIANTE: the price of the variant the fields describe (the words `grille price` takes as options). */
export function fieldsPrice(source: CellGrid, options: VariantOptions, lang: Lang): CellAnswer<number> {
  const variant = variantFromOptions(options);
  const answer = priceFrom(source, variant, lang);
  return answer.ok ? { ok: true, value: amountIn(answer.value, variant) } : answer;
}

/** =GRILLE.DETAIL: the breakdown of a worded line, one row per step with its amount. */
export function designationBreakdown(
  source: CellGrid,
  request: DesignationRequest,
  lang: Lang,
): CellAnswer<BreakdownRow[]> {
  const read = fromDesignation(source, request, lang);
  if (!read.ok) return read;
  if (!read.answer.ok) return read.answer;
  const rows = read.answer.value.result.breakdown.map((step): BreakdownRow => {
    const amount = stepAmount(step);
    return [renderStep(step, lang), amount === null ? "" : centsToEuroNumber(amount)];
  });
  return { ok: true, value: rows };
}

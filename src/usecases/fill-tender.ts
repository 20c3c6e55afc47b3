// Use case: answer a buyer's tender from a grid. A mapping (from mapTender, possibly corrected by the user), the
// workbook's snapshot, a grid and options in; the writes of each mapped line's price cells, the core's fill plan
// (what may be written: no formula, locked, merged or table-header cell, no value replaced unless asked) and the
// fill report out: the lines filled with their prices, and every line left for the user with its reason. Plain
// data: the xlsx door or the Excel door writes the plan, a face shows the report.

import { cellPrice, type PricedVariant } from "../core/answer";
import type { Finding } from "../core/findings";
import type { VatCategory } from "../core/grid/catalogue";
import type { Grid } from "../core/grid/model";
import { centsFromEuroNumber, centsToEuroNumber, type Cents } from "../core/money";
import { variantPricer, type VariantPricer } from "../core/pricing";
import type { Reason } from "../core/designation";
import type { Basis, Variant } from "../core/variant/model";
import { buildFillPlan } from "../core/workbook/fill-plan";
import { SheetView } from "../core/tender";
import { columnIndex } from "../core/workbook/address";
import { cellOf, sheetOf } from "../core/workbook/lookup";
import type { CellEdit, FillPlan, FillRefusal, FillReport } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { MappedLine, TenderMapping } from "./map-tender";

export interface FillTenderInput {
  /** The workbook the mapping was read from (or a fresh read of it): the fill plan is decided on it. */
  readonly book: WorkbookSnapshot;
  readonly mapping: TenderMapping;
  readonly grid: Grid;
  /** Replace price cells that already hold a value; without it they are kept and listed. */
  readonly overwrite?: boolean;
}

/** One price cell of a line, with the amount the grid gives it. */
export interface CellPriceWanted {
  readonly sheet: string;
  readonly cell: string;
  readonly basis: Basis;
  readonly part?: VatCategory;
  readonly amount: Cents;
}

/** Why a line, or one of its cells, is left for the user. */
export type LeftReason =
  | { readonly kind: "uncertain"; readonly reason: Reason; readonly suggestion: Variant | null }
  | { readonly kind: "unmapped"; readonly reason: Reason }
  /** The grid cannot price the variant (R1, a line not offered…): the pricing finding says why. */
  | { readonly kind: "notPriceable"; readonly finding: Finding }
  /** A standard schedule's row asks for a VAT part the variant's price does not have. */
  | { readonly kind: "partMissing"; readonly cell: string; readonly part: VatCategory }
  | { readonly kind: "noPriceCell" }
  /** The row no longer holds the line reviewed (rows inserted or moved since the reading): never filled blind. */
  | { readonly kind: "moved" }
  /** The fill plan refused the cell (a formula, a locked or merged cell…): its finding says why and what to do. */
  | { readonly kind: "refused"; readonly cell: string; readonly finding: Finding }
  /** The cell holds the buyer's or an earlier value, kept because overwriting was not asked. */
  | { readonly kind: "kept"; readonly cell: string; readonly finding: Finding };

export type LeftKind = LeftReason["kind"];

/** A line as the report names it: its 1-based row, reference and designation. */
export interface LineRef {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
}

export interface FilledCell extends CellPriceWanted {
  /** "written" now, or "already": the cell held this exact price and was left as it was. */
  readonly status: "written" | "already";
}

export interface FilledLine extends LineRef {
  readonly variant: Variant;
  readonly price: PricedVariant;
  readonly cells: readonly FilledCell[];
}

export interface LeftLine extends LineRef {
  readonly why: LeftReason;
}

export interface TenderFillReport {
  readonly file: string;
  readonly sheet: string;
  /** How many lines the table has. */
  readonly lines: number;
  /** Lines with at least one price cell filled (or already holding the price), in row order. */
  readonly filled: readonly FilledLine[];
  /** One entry per reason a line (or one of its cells) is left for the user, in row order. */
  readonly left: readonly LeftLine[];
}

/** A mapped line priced from the grid, or the reason it cannot be. */
export type LinePricing =
  | {
      readonly ok: true;
      readonly line: MappedLine;
      readonly variant: Variant;
      readonly price: PricedVariant;
      readonly cells: readonly CellPriceWanted[];
      /** Cells the price cannot go into (a VAT part the variant lacks). */
      readonly problems: readonly LeftReason[];
    }
  | { readonly ok: false; readonly line: MappedLine; readonly why: LeftReason };

export interface TenderFill {
  /** Every price cell the grid can fill, in line order. */
  readonly wanted: readonly CellEdit[];
  /** The core's decision on `wanted` (buildFillPlan): the doors write exactly its edits. */
  readonly plan: FillPlan;
  readonly pricing: readonly LinePricing[];
  /** The report of the plan as decided; after a door wrote it, `fillReportAfter` gives the door's. */
  readonly report: TenderFillReport;
}

const refOf = (line: MappedLine): LineRef => ({
  row: line.row,
  ref: line.ref,
  designation: line.designation,
});

/**
 * One line of the mapping priced from a grid (`variantPricer(grid)`, shared by the lines of one tender): its price
 * and the amount of each price cell, or why not.
 */
export function priceMappedLine(line: MappedLine, price: VariantPricer): LinePricing {
  if (line.status === "uncertain")
    return { ok: false, line, why: { kind: "uncertain", reason: line.reason, suggestion: line.suggestion } };
  if (line.status === "unmapped" || !line.variant)
    return { ok: false, line, why: { kind: "unmapped", reason: line.reason } };
  const variant = line.variant;
  const result = price(variant);
  if (!result.ok) return { ok: false, line, why: { kind: "notPriceable", finding: result.finding } };
  if (line.priceCells.length === 0) return { ok: false, line, why: { kind: "noPriceCell" } };
  const cells: CellPriceWanted[] = [];
  const problems: LeftReason[] = [];
  for (const target of line.priceCells) {
    const price = cellPrice(result, target, variant.basis);
    if (!price.ok) problems.push({ kind: "partMissing", cell: target.cell, part: price.part });
    else
      cells.push({
        sheet: target.sheet,
        cell: target.cell,
        basis: price.basis,
        ...(target.part ? { part: target.part } : {}),
        amount: price.amount,
      });
  }
  return { ok: true, line, variant, price: result, cells, problems };
}

const folded = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether each line still stands where it was read: its designation at its row of `book`. The Excel door reads the
 * workbook again when it fills, and the user may have inserted a row since the review.
 */
function placeCheck(book: WorkbookSnapshot, mapping: TenderMapping): (line: MappedLine) => boolean {
  const sheet = sheetOf(book, mapping.sheet);
  const column = mapping.columns.designation ? columnIndex(mapping.columns.designation) : undefined;
  if (!sheet || column === undefined) return () => sheet !== undefined;
  const view = new SheetView(sheet);
  return (line) => folded(view.rawText(line.row - 1, column)) === folded(line.designation);
}

const keyOf = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell}`;

/** The cell already holds exactly this price: nothing to write, nothing for the user to do. */
function holdsPrice(book: WorkbookSnapshot, cell: CellPriceWanted): boolean {
  const sheet = sheetOf(book, cell.sheet);
  const value = sheet ? cellOf(sheet, cell.cell).value : undefined;
  if (value?.type !== "number") return false;
  const held = centsFromEuroNumber(value.value);
  return held.ok && held.cents === cell.amount;
}

/** What became of one priced line's cells, given what was written and what was refused. */
function settleLine(
  book: WorkbookSnapshot,
  pricing: Extract<LinePricing, { ok: true }>,
  written: ReadonlySet<string>,
  refused: ReadonlyMap<string, FillRefusal>,
): { filled: FilledLine | null; left: LeftLine[] } {
  const cells: FilledCell[] = [];
  const left: LeftLine[] = pricing.problems.map((why) => ({ ...refOf(pricing.line), why }));
  for (const cell of pricing.cells) {
    const key = keyOf(cell.sheet, cell.cell);
    const refusal = refused.get(key);
    if (written.has(key)) cells.push({ ...cell, status: "written" });
    else if (refusal?.finding.code === "workbook.fill.notEmpty" && holdsPrice(book, cell))
      cells.push({ ...cell, status: "already" });
    else if (refusal) {
      const kind = refusal.finding.code === "workbook.fill.notEmpty" ? "kept" : "refused";
      left.push({ ...refOf(pricing.line), why: { kind, cell: cell.cell, finding: refusal.finding } });
    }
  }
  const filled =
    cells.length > 0
      ? { ...refOf(pricing.line), variant: pricing.variant, price: pricing.price, cells }
      : null;
  return { filled, left };
}

/** The fill report once a door wrote (or refused) the edits: the same lines, the door's own outcome. */
export function fillReportAfter(
  fill: Pick<TenderFill, "pricing">,
  book: WorkbookSnapshot,
  mapping: Pick<TenderMapping, "file" | "sheet" | "lines">,
  outcome: FillReport,
): TenderFillReport {
  const written = new Set(outcome.written.map((edit) => keyOf(edit.sheet, edit.cell)));
  const refused = new Map(outcome.refused.map((one) => [keyOf(one.edit.sheet, one.edit.cell), one]));
  const filled: FilledLine[] = [];
  const left: LeftLine[] = [];
  for (const pricing of fill.pricing) {
    if (!pricing.ok) {
      left.push({ ...refOf(pricing.line), why: pricing.why });
      continue;
    }
    const settled = settleLine(book, pricing, written, refused);
    if (settled.filled) filled.push(settled.filled);
    left.push(...settled.left);
  }
  return { file: mapping.file, sheet: mapping.sheet, lines: mapping.lines.length, filled, left };
}

/**
 * The writes for every mapped line the grid prices (HT and/or TTC as its columns ask), the fill plan the core
 * decides on them, and the report. Uncertain and unmapped lines, and lines the grid cannot price, get no write.
 */
export function fillTender(input: FillTenderInput): TenderFill {
  const { book, mapping, grid } = input;
  const lines = [...mapping.lines].sort((a, b) => a.row - b.row);
  const inPlace = placeCheck(book, mapping);
  const price = variantPricer(grid);
  const pricing = lines.map((line): LinePricing =>
    inPlace(line) ? priceMappedLine(line, price) : { ok: false, line, why: { kind: "moved" } },
  );
  const wanted: CellEdit[] = pricing.flatMap((priced) =>
    priced.ok
      ? priced.cells.map((cell) => ({
          sheet: cell.sheet,
          cell: cell.cell,
          value: centsToEuroNumber(cell.amount),
        }))
      : [],
  );
  const plan = buildFillPlan(book, wanted, { overwrite: input.overwrite === true });
  const report = fillReportAfter({ pricing }, book, mapping, { written: plan.edits, refused: plan.refused });
  return { wanted, plan, pricing, report };
}

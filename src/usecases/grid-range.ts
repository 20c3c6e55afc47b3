// A grid from the values of a range of the standard template's Prix sheet, as Excel hands a range to a custom
// function: a 2-D array of numbers, texts, booleans and empty cells (null, or "" for a text cell). Each row with an
// id of the standard gives that id's value from the cell on its left (the template's layout: value column, then id
// column), read by the template's own cell reader, so a range prices exactly like the workbook it comes from. VAT
// rates come from the range when it holds their rows (the TVA sheet has the same layout), else the standard's
// defaults, as in a template whose rates are left blank.

import {
  CATALOGUE,
  MINIMUM_HOURS_ID,
  defaultVat,
  emptyGrid,
  isPriceKind,
  type CatalogueEntry,
  type Grid,
  type VatCategory,
} from "../core/grid";
import { basisPoints, cents, centiHoursOf, type BasisPoints, type Cents } from "../core/money";
import { TEMPLATE_COLUMNS, readCellValue } from "../core/template";
import type { CellValue } from "../core/workbook";
import type { MessageKey, MessageParams } from "../i18n";

/** One cell as Excel passes it to a custom function. */
export type RangeValue = number | string | boolean | null | undefined;

/** Why a range gives no grid: a message of src/i18n/messages/functions.ts and its params. */
export interface RangeProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** The id whose cell is at fault, named by its label in the reader's language. */
  readonly id?: string;
}

export type RangeGrid =
  | {
      readonly ok: true;
      readonly grid: Grid;
      /** Ids whose cell holds 0: some Excel versions pass an empty cell as 0, so a price resting on one is doubtful. */
      readonly zeros: readonly string[];
    }
  | { readonly ok: false; readonly problem: RangeProblem };

/** Distance from the id column to the value column in the template (value in D, id in E). */
const VALUE_OFFSET = TEMPLATE_COLUMNS.value.charCodeAt(0) - TEMPLATE_COLUMNS.id.charCodeAt(0);

const PRICING_ENTRIES: ReadonlyMap<string, CatalogueEntry> = new Map(
  CATALOGUE.filter((item) => isPriceKind(item.kind) || item.kind === "vat-rate").map((item) => [
    item.id,
    item,
  ]),
);

function cellValue(raw: RangeValue): CellValue | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") return { type: "number", value: raw };
  if (typeof raw === "boolean") return { type: "boolean", value: raw };
  return { type: "text", value: raw };
}

interface Found {
  readonly item: CatalogueEntry;
  readonly raw: RangeValue;
}

/** Every id of the standard in the range with the value on its left; null when an id has no cell on its left. */
function idsWithValues(rows: readonly (readonly RangeValue[])[]): Found[] | null {
  const found: Found[] = [];
  for (const row of rows)
    for (const [column, raw] of row.entries()) {
      const item = typeof raw === "string" ? PRICING_ENTRIES.get(raw.trim()) : undefined;
      if (!item) continue;
      if (column + VALUE_OFFSET < 0) return null;
      found.push({ item, raw: row[column + VALUE_OFFSET] });
    }
  return found;
}

type Slots = {
  prices: Record<string, Cents | null>;
  vat: Record<VatCategory, BasisPoints>;
  minimumHours: Grid["minimumHours"];
};

function place(slots: Slots, item: CatalogueEntry, value: number): void {
  if (item.kind === "vat-rate") slots.vat[item.id.slice("tva.".length) as VatCategory] = basisPoints(value);
  else if (item.id === MINIMUM_HOURS_ID) slots.minimumHours = centiHoursOf(value);
  else slots.prices[item.id] = cents(value);
}

/** The grid a range of the Prix sheet holds, or the first reason it cannot be trusted. */
export function gridFromRange(rows: readonly (readonly RangeValue[])[]): RangeGrid {
  const found = idsWithValues(rows);
  if (found === null) return { ok: false, problem: { key: "functions.range.noValueColumn", params: {} } };
  if (found.length === 0) return { ok: false, problem: { key: "functions.range.noIds", params: {} } };
  const empty = emptyGrid();
  const slots: Slots = { prices: { ...empty.prices }, vat: { ...empty.vat }, minimumHours: null };
  const zeros: string[] = [];
  for (const { item, raw } of found) {
    const value = cellValue(raw);
    if (value === null) continue;
    const reading = readCellValue(item, { value });
    if (typeof reading.value !== "number" || reading.problem?.severity === "error") {
      const params = { value: String(raw) };
      return { ok: false, problem: { key: "functions.range.unreadable", params, id: item.id } };
    }
    if (raw === 0) zeros.push(item.id);
    place(slots, item, reading.value);
  }
  const grid: Grid = { ...empty, prices: slots.prices, vat: slots.vat, minimumHours: slots.minimumHours };
  return { ok: true, grid, zeros };
}

/** The same grid with the doubtful zeros read as blank cells. */
export function withoutZeros(grid: Grid, zeros: readonly string[]): Grid {
  const slots: Slots = { prices: { ...grid.prices }, vat: { ...grid.vat }, minimumHours: grid.minimumHours };
  const defaults = defaultVat();
  for (const id of zeros) {
    const category = id.slice("tva.".length) as VatCategory;
    if (id.startsWith("tva.")) slots.vat[category] = defaults[category];
    else if (id === MINIMUM_HOURS_ID) slots.minimumHours = null;
    else slots.prices[id] = null;
  }
  return { ...grid, ...slots };
}

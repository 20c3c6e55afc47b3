// A grid's identity values as the desk shows them (text, lists and numbers, blank when not given), and the share of
// the standard's price lines it offers.

import { PRICE_LINE_ENTRIES } from "../grid/catalogue";
import type { Grid } from "../grid/model";

export function textOf(grid: Grid | null, id: string): string {
  const value = grid?.identity[id];
  return typeof value === "string" ? value : "";
}

export function numberOf(grid: Grid | null, id: string): number | null {
  const value = grid?.identity[id];
  return typeof value === "number" ? value : null;
}

export function listOf(grid: Grid | null, id: string): readonly string[] {
  const value = grid?.identity[id];
  return Array.isArray(value) ? value : [];
}

export const nameOf = (grid: Grid | null): string => textOf(grid, "entreprise.raison_sociale");
export const siretOf = (grid: Grid | null): string => textOf(grid, "entreprise.siret");
export const validUntilOf = (grid: Grid | null): string => textOf(grid, "prix.validite");

/** Price-line ids the grid offers (a price, 0 included), in the standard's order. */
export function offeredLines(grid: Grid | null): string[] {
  if (!grid) return [];
  return PRICE_LINE_ENTRIES.filter(({ id }) => grid.prices[id] !== null && grid.prices[id] !== undefined).map(
    ({ id }) => id,
  );
}

/**
 * The standard's price lines (31 in version 1.0: the franco threshold and the minimum hours of staff are conditions,
 * not lines one offers): the denominator of the share offered.
 */
export const LINE_COUNT = PRICE_LINE_ENTRIES.length;

import { numberFromScaled } from "../money/decimal";
import { CATALOGUE, type CatalogueEntry } from "./catalogue";
import type { Grid } from "./model";
import { gridValue } from "./model";

/** What a template cell holds: a number, a text, or nothing (blank = not offered / not given). */
export type TemplateCellValue = number | string | null;

/**
 * The template contract for cell values, by kind (docs/standard.md, "Template contract"):
 * - price, money, parameter-money: euros as a number (12.5), blank when not offered;
 * - parameter-hours: hours as a number (4, 3.5);
 * - vat-rate and percent: a fraction in a percent-formatted cell (10 % → 0.1, 45 % → 0.45);
 * - integer: a number; list: the values joined by ", " ("75, 93"); date: ISO text "2027-06-30";
 * - text, enum, email, phone, siret: text.
 */
export function cellValueOf(grid: Grid, item: CatalogueEntry): TemplateCellValue {
  const value = gridValue(grid, item.id);
  if (value === null) return null;
  switch (item.kind) {
    case "price":
    case "money":
    case "parameter-money":
    case "parameter-hours":
      return numberFromScaled(value as number, 2);
    case "vat-rate":
      return numberFromScaled(value as number, 4);
    case "percent":
      return Number(value) / 100;
    case "list":
      return (value as readonly string[]).join(", ");
    default:
      return value as string | number;
  }
}

/** Every catalogue entry with its template name and the value its cell holds for this grid. */
export function gridCells(
  grid: Grid,
): { readonly entry: CatalogueEntry; readonly value: TemplateCellValue }[] {
  return CATALOGUE.map((entry) => ({ entry, value: cellValueOf(grid, entry) }));
}

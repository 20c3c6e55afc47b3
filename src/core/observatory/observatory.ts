// The price observatory: per standard line, the statistic of the valid grids that offer it, over all caterers and
// by structure type and by department served (a caterer serving three departments counts in each). Every figure
// goes through the statistics rule (disclosure.ts).

import { DEPARTMENTS, PRICE_LINE_ENTRIES, STRUCTURE_TYPES } from "../grid/catalogue";
import type { Grid } from "../grid/model";
import type { Cents } from "../money/cents";
import { priceStatistic, type PriceStatistic } from "./disclosure";

export interface LineStatistic extends PriceStatistic {
  /** The standard's price-line id. */
  readonly id: string;
}

export interface GroupStatistic extends LineStatistic {
  /** The structure type ("ESAT") or the department ("93"). */
  readonly group: string;
}

export interface Observatory {
  readonly lines: readonly LineStatistic[];
  /** Structure types present among the grids, in the standard's order. */
  readonly types: readonly string[];
  /** Departments served by at least one grid, in the standard's order. */
  readonly departments: readonly string[];
  /** For each line, each type of `types` (line order, then type order). */
  readonly byType: readonly GroupStatistic[];
  /** For each line, each department of `departments`. */
  readonly byDepartment: readonly GroupStatistic[];
}

export function structureTypeOf(grid: Grid): string | null {
  const value = grid.identity["entreprise.type_structure"];
  return typeof value === "string" ? value : null;
}

export function departmentsOf(grid: Grid): readonly string[] {
  const value = grid.identity["entreprise.departements"];
  return Array.isArray(value) ? value : [];
}

function pricesOf(grids: readonly Grid[], id: string): Cents[] {
  return grids.flatMap((grid) => {
    const price = grid.prices[id];
    return price === null || price === undefined ? [] : [price];
  });
}

function groupStatistics(
  grids: readonly Grid[],
  groups: readonly string[],
  isIn: (grid: Grid, group: string) => boolean,
): GroupStatistic[] {
  return PRICE_LINE_ENTRIES.flatMap(({ id }) => {
    const whole = pricesOf(grids, id).length;
    return groups.map((group) => {
      const members = grids.filter((grid) => isIn(grid, group));
      return { id, group, ...priceStatistic(pricesOf(members, id), whole) };
    });
  });
}

/** `grids`: the valid grids, one per caterer (already deduplicated by SIRET, expired ones left out). */
export function buildObservatory(grids: readonly Grid[]): Observatory {
  const types = STRUCTURE_TYPES.filter((type) => grids.some((grid) => structureTypeOf(grid) === type));
  const departments = DEPARTMENTS.filter((department) =>
    grids.some((grid) => departmentsOf(grid).includes(department)),
  );
  return {
    lines: PRICE_LINE_ENTRIES.map(({ id }) => ({ id, ...priceStatistic(pricesOf(grids, id)) })),
    types,
    departments,
    byType: groupStatistics(grids, types, (grid, type) => structureTypeOf(grid) === type),
    byDepartment: groupStatistics(grids, departments, (grid, department) =>
      departmentsOf(grid).includes(department),
    ),
  };
}

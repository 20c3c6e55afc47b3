// Insertion hours consolidated: the hours per year the valid grids commit to, in all, by structure type and by
// department served. Hours are each caterer's own public commitment (shown in the directory too), so no threshold
// applies. A caterer serving several departments counts in each: the departments' hours add up to more than the
// total, and every output says so.

import type { Grid } from "../grid/model";
import { departmentsOf, structureTypeOf } from "./observatory";

export interface InsertionGroup {
  /** The structure type or department; "" for the total. */
  readonly group: string;
  /** Valid grids in the group. */
  readonly structures: number;
  /** Sum of their insertion hours per year (a grid that gives none adds 0). */
  readonly hours: number;
}

export interface InsertionTotals {
  readonly total: InsertionGroup;
  readonly byType: readonly InsertionGroup[];
  readonly byDepartment: readonly InsertionGroup[];
}

export function insertionHoursOf(grid: Grid): number | null {
  const value = grid.identity["engagements.heures_insertion_an"];
  return typeof value === "number" ? value : null;
}

function sumOf(group: string, grids: readonly Grid[]): InsertionGroup {
  const hours = grids.reduce((total, grid) => total + (insertionHoursOf(grid) ?? 0), 0);
  return { group, structures: grids.length, hours };
}

export function insertionTotals(
  grids: readonly Grid[],
  types: readonly string[],
  departments: readonly string[],
): InsertionTotals {
  return {
    total: sumOf("", grids),
    byType: types.map((type) =>
      sumOf(
        type,
        grids.filter((grid) => structureTypeOf(grid) === type),
      ),
    ),
    byDepartment: departments.map((department) =>
      sumOf(
        department,
        grids.filter((grid) => departmentsOf(grid).includes(department)),
      ),
    ),
  };
}

// The collection of returned grids: each file's status (duplicates by SIRET, errors, expiry), then the directory,
// the price observatory and the insertion totals over the valid grids only.

import { buildObservatory, insertionTotals } from "../observatory";
import { buildDirectory } from "./directory";
import { findDuplicates, keptStatus } from "./duplicates";
import type { CollectedGrid, Collection, GridStatus, ReturnedGrid } from "./model";

function statusOf(returned: ReturnedGrid, replaced: boolean, today: string): GridStatus {
  if (returned.reading !== "grid") return returned.reading;
  if (replaced) return "replaced";
  return keptStatus(returned, today);
}

/** `grids` in the order the facilitator gave them; `today` an ISO date ("2026-11-29"). */
export function collectReturnedGrids(grids: readonly ReturnedGrid[], today: string): Collection {
  const duplicates = findDuplicates(grids);
  const collected: CollectedGrid[] = grids.map((returned, index) => {
    const mark = duplicates.get(index);
    const replaced = mark !== undefined && !mark.kept;
    return {
      ...returned,
      status: statusOf(returned, replaced, today),
      ...(mark ? { duplicate: mark.duplicate } : {}),
    };
  });
  const valid = collected.flatMap((one) =>
    one.status === "valid" && one.grid ? [{ file: one.file, grid: one.grid }] : [],
  );
  const observatory = buildObservatory(valid.map((one) => one.grid));
  return {
    today,
    grids: collected,
    directory: buildDirectory(valid),
    observatory,
    insertion: insertionTotals(
      valid.map((one) => one.grid),
      observatory.types,
      observatory.departments,
    ),
  };
}

/** How many files ended in each status. */
export function statusCounts(collection: Collection): Record<GridStatus, number> {
  const counts: Record<GridStatus, number> = {
    valid: 0,
    expired: 0,
    replaced: 0,
    errors: 0,
    notGrid: 0,
    unreadable: 0,
  };
  for (const grid of collection.grids) counts[grid.status] += 1;
  return counts;
}

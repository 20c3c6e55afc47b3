// Two files with the same SIRET are two versions of one caterer's grid: the one whose prices are valid until the
// later date is kept; at equal dates (or none), the file given later. Both stay listed, and the choice is said.

import { hasErrors } from "../findings";
import { normalizeSiret, siretProblem } from "../grid/siret";
import type { Duplicate, ReturnedGrid } from "./model";
import { siretOf, validUntilOf } from "./identity";

/** The SIRET a file is known by, or null (no grid, or a SIRET that is not 14 digits passing its check). */
function siretKey(returned: ReturnedGrid): string | null {
  const siret = siretOf(returned.grid);
  return siret !== "" && siretProblem(siret) === null ? normalizeSiret(siret) : null;
}

/** True when `candidate` (given later) wins over `kept`: a later validity date, or the same date. */
function laterWins(kept: ReturnedGrid, candidate: ReturnedGrid): boolean {
  return validUntilOf(candidate.grid) >= validUntilOf(kept.grid);
}

export interface DuplicateMark {
  readonly duplicate: Duplicate;
  /** This file is the one kept for its SIRET. */
  readonly kept: boolean;
}

/** The duplicate mark of every file whose SIRET was met more than once, by index in `grids`. */
export function findDuplicates(grids: readonly ReturnedGrid[]): Map<number, DuplicateMark> {
  const bySiret = new Map<string, number[]>();
  grids.forEach((returned, index) => {
    const key = siretKey(returned);
    if (key !== null) bySiret.set(key, [...(bySiret.get(key) ?? []), index]);
  });
  const result = new Map<number, DuplicateMark>();
  for (const indexes of bySiret.values()) {
    if (indexes.length < 2) continue;
    const keptIndex = indexes.reduce((kept, index) => (laterWins(grids[kept], grids[index]) ? index : kept));
    const keptDate = validUntilOf(grids[keptIndex].grid);
    const tied = indexes.some((index) => index !== keptIndex && validUntilOf(grids[index].grid) === keptDate);
    const duplicate: Duplicate = {
      kept: grids[keptIndex].file,
      files: indexes.map((index) => grids[index].file),
      choice: tied ? "laterFile" : "laterValidity",
    };
    for (const index of indexes) result.set(index, { duplicate, kept: index === keptIndex });
  }
  return result;
}

/** A grid kept for its SIRET is valid unless it has errors or its prices expired before `today`. */
export function keptStatus(returned: ReturnedGrid, today: string): "valid" | "expired" | "errors" {
  if (!returned.grid || hasErrors(returned.findings)) return "errors";
  const validUntil = validUntilOf(returned.grid);
  return validUntil !== "" && validUntil < today ? "expired" : "valid";
}

// What the facilitator's desk knows of each returned file and of the whole set.

import type { Finding } from "../findings";
import type { Grid } from "../grid/model";
import type { InsertionTotals, Observatory } from "../observatory";

/**
 * One returned file as read: a grid (maybe with errors), a file that holds no standard grid, or a file that could
 * not be read at all. `findings` are what a person should read (no infos); for a file that is no grid or cannot
 * be read, one error saying why.
 */
export interface ReturnedGrid {
  /** The file as the facilitator named it (a path, or the name chosen in the browser). */
  readonly file: string;
  readonly reading: "grid" | "notGrid" | "unreadable";
  /** The grid, or null when its prices cannot be trusted (or there is none). */
  readonly grid: Grid | null;
  readonly findings: readonly Finding[];
}

/**
 * What becomes of a file in the collection, in the order they are decided:
 * unreadable / notGrid; replaced (another file with the same SIRET wins); errors (the grid has errors); expired
 * (prices valid until a date before today); valid (counted in the directory and the statistics).
 */
export type GridStatus = "valid" | "expired" | "replaced" | "errors" | "notGrid" | "unreadable";

export const GRID_STATUSES: readonly GridStatus[] = [
  "valid",
  "expired",
  "replaced",
  "errors",
  "notGrid",
  "unreadable",
];

/** Why one of several files with the same SIRET was kept. */
export type DuplicateChoice = "laterValidity" | "laterFile";

export interface Duplicate {
  /** The file kept for this SIRET. */
  readonly kept: string;
  /** Every file with this SIRET, in the order given. */
  readonly files: readonly string[];
  readonly choice: DuplicateChoice;
}

export interface CollectedGrid extends ReturnedGrid {
  readonly status: GridStatus;
  /** Set on every file whose SIRET was met more than once. */
  readonly duplicate?: Duplicate;
}

/** One caterer in the directory for buyers: a valid grid, never a price. */
export interface DirectoryRow {
  readonly file: string;
  readonly name: string;
  readonly siret: string;
  readonly type: string;
  readonly approval: string;
  readonly departments: readonly string[];
  readonly coversPerDay: number | null;
  readonly leadDays: number | null;
  readonly insertionHours: number | null;
  readonly organicPct: number | null;
  readonly shortCircuitPct: number | null;
  readonly validUntil: string;
  /** Price-line ids the caterer offers, in the standard's order. */
  readonly offered: readonly string[];
}

export interface Collection {
  /** ISO date the validity dates were compared with. */
  readonly today: string;
  /** Every file, in the order given. */
  readonly grids: readonly CollectedGrid[];
  readonly directory: readonly DirectoryRow[];
  readonly observatory: Observatory;
  readonly insertion: InsertionTotals;
}

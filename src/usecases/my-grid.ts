import type { Finding } from "../core/findings";
import { readGridJson, writeGridJson, type Grid, type GridReadResult } from "../core/grid";
import type { GridCheck } from "./check-grid";

// "My grid": the caterer's grid kept in the browser storage of the add-in (or of the offline page) on this
// computer, so it follows them from workbook to workbook. Stored as the standard's JSON (section 3) under a
// versioned key, read back with the same reader as an imported file. Nothing is sent anywhere.

/** Versioned: a later format gets a new key and can still read this one. */
export const MY_GRID_KEY = "grille-commune-traiteur/ma-grille/v1";

/** The part of Web Storage used here (window.localStorage in the pane, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredGrid {
  readonly grid: Grid;
  /** ISO date-time of the save. */
  readonly savedAt: string;
}

interface StoredRecord {
  readonly savedAt: string;
  readonly grid: unknown;
}

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === "object" && value !== null && "grid" in value && "savedAt" in value;
}

/** The saved grid, or null when none was saved or what is stored cannot be read as a grid any more. */
export function loadMyGrid(store: KeyValueStore): StoredGrid | null {
  const text = store.getItem(MY_GRID_KEY);
  if (text === null) return null;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(record)) return null;
  const { grid } = readGridJson(record.grid);
  return grid ? { grid, savedAt: String(record.savedAt) } : null;
}

/** Saves `grid` as my grid (replacing the previous one). Throws when storage is full or disabled. */
export function saveMyGrid(store: KeyValueStore, grid: Grid, now: Date = new Date()): StoredGrid {
  const record: StoredRecord = { savedAt: now.toISOString(), grid: writeGridJson(grid) };
  store.setItem(MY_GRID_KEY, JSON.stringify(record));
  return { grid, savedAt: record.savedAt };
}

export function forgetMyGrid(store: KeyValueStore): void {
  store.removeItem(MY_GRID_KEY);
}

/** What a save or an import says: the grid kept (null when unusable) and the reader's findings. */
export interface GridIntake {
  readonly stored: StoredGrid | null;
  readonly findings: readonly Finding[];
}

/** The text of an exported grid: the standard JSON, indented for a human reader, ending with a newline. */
export function gridJsonText(grid: Grid): string {
  return `${JSON.stringify(writeGridJson(grid), null, 2)}\n`;
}

export const GRID_JSON_TYPE = "application/json";

/** "grille-commune-2026-11-28.json": the day in the name tells two exports apart. */
export function gridFileName(now: Date = new Date()): string {
  return `grille-commune-${now.toISOString().slice(0, 10)}.json`;
}

/** An imported file's text: not JSON at all is one finding; otherwise the standard's reader decides. */
export function readGridText(text: string, fileName: string): GridReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      grid: null,
      findings: [
        {
          code: "pane.import.notJson",
          severity: "error",
          location: { file: fileName },
          messageKey: "pane.import.notJson",
          params: { file: fileName },
        },
      ],
    };
  }
  return readGridJson(value);
}

/** An imported grid file kept as my grid, when the reader can trust it. */
export function importGrid(store: KeyValueStore, text: string, fileName: string): GridIntake {
  const read = readGridText(text, fileName);
  return { stored: read.grid ? saveMyGrid(store, read.grid) : null, findings: read.findings };
}

/** The grid of a checked workbook kept as my grid, when there is one the reader can trust. */
export function keepCheckedGrid(
  store: KeyValueStore,
  check: GridCheck,
): { readonly kind: "noGrid" } | ({ readonly kind: "read" } & GridIntake) {
  if (check.kind === "notTemplate") return { kind: "noGrid" };
  const stored = check.grid ? saveMyGrid(store, check.grid) : null;
  return { kind: "read", stored, findings: check.findings };
}

export type GridSource =
  | { readonly kind: "mine"; readonly grid: Grid; readonly savedAt: string }
  | { readonly kind: "workbook"; readonly grid: Grid }
  | { readonly kind: "none" };

/** Which grid prices a variant: my grid when one is saved (it follows the caterer), else the workbook's, else none. */
export function gridForPricing(mine: StoredGrid | null, workbook: GridCheck | null): GridSource {
  if (mine) return { kind: "mine", ...mine };
  return workbook?.kind === "checked" && workbook.grid
    ? { kind: "workbook", grid: workbook.grid }
    : { kind: "none" };
}

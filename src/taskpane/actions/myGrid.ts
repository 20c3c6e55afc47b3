import type { Finding } from "../../core/findings";
import { readGridJson, writeGridJson, type Grid } from "../../core/grid";

// "My grid": the caterer's grid kept in the add-in's storage on this computer (localStorage of the add-in's
// origin), so it follows them from workbook to workbook. Stored as the standard's JSON (section 3) under a
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

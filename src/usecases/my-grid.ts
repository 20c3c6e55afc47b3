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
  return readRecord(store.getItem(MY_GRID_KEY));
}

/**
 * The grid saved before the last save or import, kept so a replacement can be undone. Versioned like MY_GRID_KEY.
 */
export const PREVIOUS_GRID_KEY = "grille-commune-traiteur/ma-grille-precedente/v1";

function readRecord(text: string | null): StoredGrid | null {
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

/**
 * Saves `grid` as my grid. The grid it replaces is kept as the previous one (see restorePreviousGrid). Throws when
 * storage is full or disabled.
 */
export function saveMyGrid(store: KeyValueStore, grid: Grid, now: Date = new Date()): StoredGrid {
  const record: StoredRecord = { savedAt: now.toISOString(), grid: writeGridJson(grid) };
  const current = store.getItem(MY_GRID_KEY);
  if (current !== null && readRecord(current)) store.setItem(PREVIOUS_GRID_KEY, current);
  store.setItem(MY_GRID_KEY, JSON.stringify(record));
  return { grid, savedAt: record.savedAt };
}

/** The grid that the last save or import replaced, or null. */
export function loadPreviousGrid(store: KeyValueStore): StoredGrid | null {
  return readRecord(store.getItem(PREVIOUS_GRID_KEY));
}

/** Puts the previous grid back as my grid; the one it replaces becomes the previous (so a restore can be undone). */
export function restorePreviousGrid(store: KeyValueStore): StoredGrid | null {
  const previous = store.getItem(PREVIOUS_GRID_KEY);
  const restored = readRecord(previous);
  if (!restored || previous === null) return null;
  const current = store.getItem(MY_GRID_KEY);
  if (current !== null && readRecord(current)) store.setItem(PREVIOUS_GRID_KEY, current);
  else store.removeItem(PREVIOUS_GRID_KEY);
  store.setItem(MY_GRID_KEY, previous);
  return restored;
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

/** A file that is not JSON at all, named: "choose the file exported by the add-in or by grille". */
export function notJsonFinding(fileName: string): Finding {
  return {
    code: "pane.import.notJson",
    severity: "error",
    location: { file: fileName },
    messageKey: "pane.import.notJson",
    params: { file: fileName },
  };
}

/** An imported file's text: not JSON at all is one finding; otherwise the standard's reader decides. */
export function readGridText(text: string, fileName: string): GridReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { grid: null, findings: [notJsonFinding(fileName)] };
  }
  return readGridJson(value);
}

/** The top-level keys of the standard's JSON (section 3), from its schema: a file with none of them is no grid. */
/** How many prices a grid gives (lines offered, parameters set). */
export function priceCount(grid: Grid): number {
  return Object.values(grid.prices).filter((cents) => cents !== null).length;
}

function importRefusal(code: "pane.import.notGrid" | "pane.import.noPrice", fileName: string): Finding {
  return {
    code,
    severity: "error",
    location: { file: fileName },
    messageKey: code,
    params: { file: fileName },
  };
}

/**
 * An imported file, before anything is kept: the grid it holds, or why it is not one. A JSON that names neither the
 * standard nor any section of the grid, or a grid without a single price, is refused: replacing my grid with it
 * would lose the caterer's prices for nothing.
 */
export function readImport(text: string, fileName: string): GridReadResult {
  const read = readGridText(text, fileName);
  // Naming no part of a grid is the core's rule (grid.json.notGrid); the import says it in its own words.
  if (read.findings.some((finding) => finding.code === "grid.json.notGrid"))
    return { grid: null, findings: [importRefusal("pane.import.notGrid", fileName)] };
  if (!read.grid) return read;
  if (priceCount(read.grid) === 0)
    return { grid: null, findings: [importRefusal("pane.import.noPrice", fileName), ...read.findings] };
  return read;
}

/** An imported grid file kept as my grid (the one it replaces stays restorable), when it is a usable grid. */
export function importGrid(store: KeyValueStore, text: string, fileName: string): GridIntake {
  const read = readImport(text, fileName);
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

/** Two grids that price alike and say the same about the caterer: the standard's JSON of each is the same. */
export function sameGrid(a: Grid, b: Grid): boolean {
  return JSON.stringify(writeGridJson(a)) === JSON.stringify(writeGridJson(b));
}

export type GridSource =
  /**
   * The open workbook's grid, what the caterer sees and edits. `saved`: how my grid compares with it ("none" when
   * no grid is saved), so the face can say plainly that the saved one is older and offer to update it.
   */
  | {
      readonly kind: "workbook";
      readonly grid: Grid;
      readonly saved: "none" | "same" | "differs";
      readonly savedAt?: string;
    }
  /** No usable grid in this workbook: my grid, saved on this computer. */
  | { readonly kind: "mine"; readonly grid: Grid; readonly savedAt: string }
  | { readonly kind: "none" };

/**
 * Which grid prices a variant: the open workbook's when it holds a usable one (a price just changed there must be
 * the price quoted), else my grid, else none.
 */
export function gridForPricing(mine: StoredGrid | null, workbook: GridCheck | null): GridSource {
  if (workbook?.kind === "checked" && workbook.grid) {
    const grid = workbook.grid;
    if (!mine) return { kind: "workbook", grid, saved: "none" };
    return {
      kind: "workbook",
      grid,
      saved: sameGrid(mine.grid, grid) ? "same" : "differs",
      savedAt: mine.savedAt,
    };
  }
  return mine ? { kind: "mine", ...mine } : { kind: "none" };
}

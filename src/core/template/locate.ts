// Finding things in a returned template whatever its layout: every cell holding a catalogue id (the id column),
// id-like texts the standard does not know, and the cell a defined name points at.

import { CATALOGUE } from "../grid/catalogue";
import { formatCell, parseCell, splitSheetReference, type CellRef } from "../workbook/address";
import {
  EMPTY_CELL,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../workbook/snapshot";
import { cellOf, sheetOf } from "../workbook/lookup";
import type { CellLocation } from "./findings";

/** A cell of the workbook: its sheet and 0-based position. */
export interface SheetCell extends CellRef {
  readonly sheet: string;
}

export interface IdScan {
  /** Cells holding each catalogue id, in reading order. */
  readonly hits: ReadonlyMap<string, readonly SheetCell[]>;
  /** Id-like texts in an id column that are not ids of the standard. */
  readonly unknown: readonly (SheetCell & { readonly value: string })[];
}

const ID_LIKE = /^[a-z][a-z_]*(\.[a-z0-9_]+)+$/;
const KNOWN_IDS: ReadonlySet<string> = new Set(CATALOGUE.map((item) => item.id));

export function locationOf(cell: SheetCell): CellLocation {
  return { sheet: cell.sheet, cell: formatCell(cell) };
}

/** The cell at a sheet position of the workbook; the sheet is found as Excel finds it (case-insensitive). */
export function cellAt(snapshot: WorkbookSnapshot, at: SheetCell): CellSnapshot {
  const sheet = sheetOf(snapshot, at.sheet);
  return sheet ? cellOf(sheet, at) : EMPTY_CELL;
}

function eachText(sheet: SheetSnapshot, visit: (text: string, at: SheetCell) => void): void {
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value.type !== "text") return;
      visit(cell.value.value.trim(), {
        sheet: sheet.name,
        row: sheet.range.row + r,
        column: sheet.range.column + c,
      });
    }),
  );
}

/** Scans every sheet for ids; the columns where ids were found are the id columns searched for unknown ids. */
export function scanIds(snapshot: WorkbookSnapshot): IdScan {
  const hits = new Map<string, SheetCell[]>();
  const candidates: (SheetCell & { value: string })[] = [];
  for (const sheet of snapshot.sheets) {
    eachText(sheet, (text, at) => {
      if (KNOWN_IDS.has(text)) hits.set(text, [...(hits.get(text) ?? []), at]);
      else if (ID_LIKE.test(text)) candidates.push({ ...at, value: text });
    });
  }
  const idColumns = new Set([...hits.values()].flat().map((at) => `${at.sheet}\u0000${at.column}`));
  const unknown = candidates.filter((at) => idColumns.has(`${at.sheet}\u0000${at.column}`));
  return { hits, unknown };
}

// A template has some 150 names, each looked up once per entry: indexed once per snapshot, by lower-case name,
// the workbook-level one first (a sheet-level name of the same spelling is the fallback).
const namesIndex = new WeakMap<WorkbookSnapshot, Map<string, WorkbookSnapshot["names"][number]>>();

function namesOf(snapshot: WorkbookSnapshot): Map<string, WorkbookSnapshot["names"][number]> {
  let index = namesIndex.get(snapshot);
  if (!index) {
    index = new Map();
    const byScope = [...snapshot.names].sort(
      (a, b) => Number(a.sheet !== undefined) - Number(b.sheet !== undefined),
    );
    for (const one of byScope) {
      const key = one.name.toLowerCase();
      if (!index.has(key)) index.set(key, one);
    }
    namesIndex.set(snapshot, index);
  }
  return index;
}

/** The single cell a workbook-level defined name points at; undefined when missing, broken (#REF!) or a range. */
export function nameTarget(snapshot: WorkbookSnapshot, name: string): SheetCell | undefined {
  const found = namesOf(snapshot).get(name.toLowerCase());
  if (!found || found.ref.includes("#REF")) return undefined;
  const { sheet, range } = splitSheetReference(found.ref.replace(/^=/, ""));
  const cell = parseCell(range);
  if (!sheet || !cell || !snapshot.sheets.some((one) => one.name === sheet)) return undefined;
  return { sheet, ...cell };
}

/** The cell of a catalogue id in a template (its defined name first, else the row holding the id), or undefined. */
export function idLocation(snapshot: WorkbookSnapshot, id: string): CellLocation | undefined {
  const entry = CATALOGUE.find((item) => item.id === id);
  if (!entry) return undefined;
  const at = nameTarget(snapshot, entry.excelName) ?? scanIds(snapshot).hits.get(id)?.[0];
  return at ? locationOf(at) : undefined;
}

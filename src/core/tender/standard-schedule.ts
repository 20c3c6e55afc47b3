// A buyer's schedule made in the standard's own shape (src/core/schedule, docs/buyer.md "The reading contract"):
// each line carries the variant it was made from, as canonical JSON in a hidden column, and the VAT category of
// the part of its price the line asks for. Such a line is read from that JSON, never guessed from its words.

import { VAT_CATEGORIES, STANDARD_NAME, type VatCategory } from "../grid/catalogue";
import { SCHEDULE_COLUMNS, SCHEDULE_NAMES } from "../schedule/layout";
import { readVariant } from "../variant/read";
import type { Variant } from "../variant/model";
import { parseCell, splitSheetReference } from "../workbook/address";
import { cellOf, sheetOf } from "../workbook/lookup";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { SheetView } from "./sheet-view";

/** The sheet of a standard schedule, when the workbook is one: its marker cell names the standard. */
export function standardScheduleSheet(book: WorkbookSnapshot): string | undefined {
  const marker = book.names.find((name) => name.name === SCHEDULE_NAMES.standard && name.sheet === undefined);
  if (!marker) return undefined;
  const { sheet: sheetName, range } = splitSheetReference(marker.ref);
  const sheet = sheetName ? sheetOf(book, sheetName) : undefined;
  const cell = parseCell(range);
  if (!sheet || !cell) return undefined;
  const value = cellOf(sheet, cell).value;
  return value.type === "text" && value.value.trim() === STANDARD_NAME ? sheet.name : undefined;
}

export interface ScheduleLineReading {
  /** The variant the line was made from; null when its hidden cell is missing or does not read as one. */
  readonly variant: Variant | null;
  /** The VAT category of the part of the variant's price this line asks for. */
  readonly part?: VatCategory;
}

const column = (letters: string) => parseCell(`${letters}1`)?.column ?? 0;

/** A line of a standard schedule as its hidden columns state it. */
export function scheduleLine(view: SheetView, row: number): ScheduleLineReading {
  const json = view.ownText(row, column(SCHEDULE_COLUMNS.variant));
  const part = view.ownText(row, column(SCHEDULE_COLUMNS.part)) as VatCategory;
  const partOf = VAT_CATEGORIES.includes(part) ? { part } : {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { variant: null, ...partOf };
  }
  return { variant: readVariant(parsed).variant, ...partOf };
}

/** Where the variant of a line is kept, for reasons ("I14"). */
export function variantCell(row: number): string {
  return `${SCHEDULE_COLUMNS.variant}${row + 1}`;
}

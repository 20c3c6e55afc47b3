// Who made a bid: the company name a bidder typed on the buyer's schedule. A standard schedule names the cell
// (GCT_bpu_bidder); other schedules put a label such as "Raison sociale du candidat :" above the table, with the
// name after it in the same cell or in a cell to its right. Nothing found is null: the file name stands in.

import { SCHEDULE_NAMES } from "../schedule/layout";
import { parseCell, splitSheetReference } from "../workbook/address";
import { cellOf, sheetOf } from "../workbook/lookup";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

/** Labels buyers put before the bidder's name (folded: lower case, no accents). */
const BIDDER_LABELS: readonly RegExp[] = [
  /raison sociale/,
  /\bcandidat\b/,
  /\bsoumissionnaire\b/,
  /nom (de l'|du )?(entreprise|societe|prestataire|traiteur)/,
  /^(entreprise|societe|prestataire)\b/,
  /\b(bidder|company name)\b/,
];

/** A label is short: a sentence that mentions "le candidat" is an instruction, not a label. */
const MAX_LABEL_LENGTH = 60;
export const MAX_BIDDER_LENGTH = 200;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

function textOf(cell: CellSnapshot): string {
  return cell.value.type === "text" ? cell.value.value.replace(/\s+/g, " ").trim() : "";
}

const clean = (text: string): string | null => {
  const name = text.replace(/^[\s:–—-]+/, "").trim();
  return name === "" ? null : name.slice(0, MAX_BIDDER_LENGTH);
};

function namedBidder(book: WorkbookSnapshot): string | null {
  const name = book.names.find((entry) => entry.name === SCHEDULE_NAMES.bidder && entry.sheet === undefined);
  if (!name) return null;
  const { sheet, range } = splitSheetReference(name.ref);
  const target = sheet ? sheetOf(book, sheet) : undefined;
  const cell = parseCell(range.replace(/\$/g, "").split(":")[0]);
  return target && cell ? clean(textOf(cellOf(target, cell))) : null;
}

/** The name after a label on row `row` (0-based): after its colon, else the first text to its right. */
function nameBesideLabel(sheet: SheetSnapshot, row: number, column: number, label: string): string | null {
  const colon = label.indexOf(":");
  const inCell = colon >= 0 ? clean(label.slice(colon + 1)) : null;
  if (inCell) return inCell;
  const last = sheet.range.column + sheet.range.columnCount;
  for (let c = column + 1; c < last; c++) {
    const text = textOf(cellOf(sheet, { row, column: c }));
    if (text !== "") return clean(text);
  }
  return null;
}

/**
 * The bidder's name on a bid: the standard schedule's named cell, else the text beside a bidder label on the
 * price sheet, above its header row (`headerRow`, 0-based). Null when the bid does not say.
 */
export function bidderName(book: WorkbookSnapshot, sheetName: string, headerRow: number): string | null {
  const named = namedBidder(book);
  if (named) return named;
  const sheet = sheetOf(book, sheetName);
  if (!sheet) return null;
  const lastColumn = sheet.range.column + sheet.range.columnCount;
  for (let row = sheet.range.row; row < Math.min(headerRow, sheet.range.row + sheet.range.rowCount); row++)
    for (let column = sheet.range.column; column < lastColumn; column++) {
      const text = textOf(cellOf(sheet, { row, column }));
      const label = text.split(":")[0];
      if (text === "" || label.length > MAX_LABEL_LENGTH) continue;
      if (!BIDDER_LABELS.some((pattern) => pattern.test(fold(label)))) continue;
      const name = nameBesideLabel(sheet, row, column, text);
      if (name) return name;
    }
  return null;
}

// The header of a standard schedule's table, by its reading contract rather than by the buyers' header words: the
// row GCT_bpu_table starts on, each column found by the schedule's own header text in either language, wherever
// the column now sits. So an English schedule is read like a French one, and a column a bidder inserted or moved
// is seen where it went.

import { LANGS, t } from "../../i18n";
import { COLUMN_ORDER, SCHEDULE_NAMES, type ScheduleColumn } from "../schedule/layout";
import { parseRange, splitSheetReference } from "../workbook/address";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { HeaderCell, HeaderFound } from "./header-row";
import type { ColumnRole } from "./headers";
import type { SheetView } from "./sheet-view";
import { standardScheduleSheet } from "./standard-schedule";

const ROLE_OF: Readonly<Partial<Record<ScheduleColumn, ColumnRole>>> = {
  ref: "ref",
  designation: "designation",
  unit: "unit",
  quantity: "quantity",
  priceHt: "price_ht",
  vat: "vat",
  priceTtc: "price_ttc",
  amountHt: "amount",
};

const folded = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** Each role's header text in every language of the schedule. */
const ROLE_OF_TEXT: ReadonlyMap<string, ColumnRole> = new Map(
  COLUMN_ORDER.flatMap((column) => {
    const role = ROLE_OF[column];
    if (!role) return [];
    return LANGS.map((lang) => [folded(t(lang, `schedule.header.${column}`)), role] as const);
  }),
);

/** The 0-based header row GCT_bpu_table names on this sheet, if it does. */
function contractRow(book: WorkbookSnapshot, sheet: string): number | undefined {
  const name = book.names.find((one) => one.name === SCHEDULE_NAMES.table && one.sheet === undefined);
  if (!name) return undefined;
  const { sheet: named, range } = splitSheetReference(name.ref);
  if (named?.toLowerCase() !== sheet.toLowerCase()) return undefined;
  return parseRange(range)?.start.row;
}

/** The header of the standard schedule on `view`, or undefined when the sheet is not one (or its header is gone). */
export function standardHeader(book: WorkbookSnapshot, view: SheetView): HeaderFound | undefined {
  if (standardScheduleSheet(book) !== view.name) return undefined;
  const row = contractRow(book, view.name);
  if (row === undefined) return undefined;
  const cells = new Map<number, HeaderCell>();
  for (const column of view.visibleColumns()) {
    const text = view.ownText(row, column);
    const role = ROLE_OF_TEXT.get(folded(text));
    if (role && ![...cells.values()].some((cell) => cell.role === role)) cells.set(column, { role, text });
  }
  const roles = new Set([...cells.values()].map((cell) => cell.role));
  if (!roles.has("designation") || !roles.has("price_ht")) return undefined;
  return { row, rows: [row], cells };
}

// Where each catalogue entry's value is in a returned template: the row holding its id, cross-checked with its
// defined name. Rows deleted, ids changed or duplicated, names moved: each is a finding with its cell.

import type { Finding } from "../findings";
import { CATALOGUE, IDENTITY_ENTRIES, PRICE_ENTRIES, type CatalogueEntry } from "../grid/catalogue";
import { formatCell } from "../workbook/address";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { templateFinding } from "./findings";
import { VALUE_OFFSET_FROM_ID } from "./layout";
import { locationOf, nameTarget, type IdScan, type SheetCell } from "./locate";

export interface EntrySlot {
  readonly item: CatalogueEntry;
  /** The value cell, when the entry's row was found. */
  readonly at?: SheetCell;
  readonly findings: readonly Finding[];
}

const sameRow = (a: SheetCell, b: SheetCell) => a.sheet === b.sheet && a.row === b.row;

/** The value cell of an id's row: the named cell when it is on that row, else the column beside the id. */
function valueCellOf(hit: SheetCell, named: SheetCell | undefined): SheetCell {
  if (named && sameRow(named, hit)) return named;
  return { ...hit, column: Math.max(0, hit.column + VALUE_OFFSET_FROM_ID) };
}

/** A deleted row is reported where it was: the named cell if the name survived, else just below the previous row. */
function missingLocation(
  named: SheetCell | undefined,
  previous: SheetCell | undefined,
): SheetCell | undefined {
  if (named) return named;
  return previous ? { ...previous, row: previous.row + 1 } : undefined;
}

function slotOf(
  snapshot: WorkbookSnapshot,
  scan: IdScan,
  item: CatalogueEntry,
  previous?: SheetCell,
): EntrySlot {
  const named = nameTarget(snapshot, item.excelName);
  const hits = scan.hits.get(item.id) ?? [];
  if (hits.length === 0) {
    const where = missingLocation(named, previous);
    return {
      item,
      findings: [templateFinding("idMissing", "error", item.id, {}, where && locationOf(where))],
    };
  }
  const hit = hits.find((one) => named && sameRow(one, named)) ?? hits[0];
  const at = valueCellOf(hit, named);
  const findings: Finding[] = [];
  if (hits.length > 1) {
    const copy = hits.find((one) => one !== hit) as SheetCell;
    const cells = hits.map((one) => `${one.sheet}!${formatCell(one)}`).join(", ");
    findings.push(templateFinding("idDuplicate", "error", item.id, { cells }, locationOf(copy)));
  }
  if (!named) {
    findings.push(
      templateFinding("nameMissing", "warning", item.id, { name: item.excelName }, locationOf(at)),
    );
  } else if (!sameRow(named, hit)) {
    const params = {
      name: item.excelName,
      ref: `${named.sheet}!${formatCell(named)}`,
      cell: formatCell(hit),
    };
    findings.push(templateFinding("nameMoved", "error", item.id, params, locationOf(hit)));
  }
  return { item, at, findings };
}

/** The input sheet an entry is written on (identity, prices or VAT), whatever the sheet is now called. */
function inputSheetOf(item: CatalogueEntry): "identity" | "prices" | "vat" {
  if (IDENTITY_ENTRIES.includes(item)) return "identity";
  return PRICE_ENTRIES.includes(item) ? "prices" : "vat";
}

/** Every catalogue entry's slot, in the standard's order. */
export function locateEntries(snapshot: WorkbookSnapshot, scan: IdScan): EntrySlot[] {
  const slots: EntrySlot[] = [];
  let previous: SheetCell | undefined;
  for (const [index, item] of CATALOGUE.entries()) {
    // "Below the previous row" only means something on the same input sheet: with the prices sheet deleted, the
    // prices' rows are not just below the last identity row (no cell is better than a wrong one).
    if (index > 0 && inputSheetOf(CATALOGUE[index - 1]) !== inputSheetOf(item)) previous = undefined;
    const slot = slotOf(snapshot, scan, item, previous);
    const hits = scan.hits.get(item.id);
    if (hits && hits.length > 0) previous = hits[0];
    slots.push(slot);
  }
  return slots;
}

export function unknownIdFindings(scan: IdScan): Finding[] {
  return scan.unknown.map((at) =>
    templateFinding("idUnknown", "error", undefined, { value: at.value }, locationOf(at)),
  );
}

// "Prêt à déposer": before a caterer sends the buyer's workbook back, nothing in it may lead to the caterer's own
// grid: the standard template's sheets (visible or hidden), its defined names (GCT_…; the buyer's own standard
// schedule names, GCT_bpu_…, are the buyer's), formulas computed on them, and links to another workbook. Each trace
// is a finding saying where it is and what to do; a workbook without any is ready.

import { CATALOGUE, EXCEL_NAME_PREFIX } from "../grid/catalogue";
import type { Finding } from "../findings";
import type { MessageParams } from "../../i18n/types";
import { SCHEDULE_NAMES } from "../schedule/layout";
import { LAYOUT_NAMES, TEMPLATE_SHEETS } from "../template/layout";
import { formatCell, splitSheetReference } from "../workbook/address";
import type { DefinedNameSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export type GridTraceCode =
  "gridSheet" | "hiddenGridSheet" | "gridNames" | "gridFormulas" | "externalFormulas" | "externalNames";

/** How many cells or names a finding lists before "…": enough to find them, short enough to read. */
const LISTED = 5;

const lower = (text: string) => text.toLowerCase();

/** The names the template defines: one per catalogue id, and its layout names. */
const TEMPLATE_NAMES: ReadonlySet<string> = new Set(
  [...CATALOGUE.map((entry) => entry.excelName), ...Object.values(LAYOUT_NAMES)].map(lower),
);
const BUYER_NAMES: ReadonlySet<string> = new Set(Object.values(SCHEDULE_NAMES).map(lower));
const BUYER_PREFIX = lower(SCHEDULE_NAMES.table.slice(0, SCHEDULE_NAMES.table.lastIndexOf("_") + 1));

/** A name of the caterer's grid: the template's, or any other GCT_ name that is not the buyer's schedule's. */
function isGridName(name: string): boolean {
  const key = lower(name.replace(/^_xlnm\./, ""));
  if (TEMPLATE_NAMES.has(key)) return true;
  return key.startsWith(lower(EXCEL_NAME_PREFIX)) && !BUYER_NAMES.has(key) && !key.startsWith(BUYER_PREFIX);
}

/**
 * A reference into another workbook, as Excel and other writers store it: "[1]Prix!$D$5", "'[grille.xlsx]Prix'!D5",
 * "'C:\dossier\[grille.xlsx]Prix'!D5", "[1]!GCT_cocktail_formule_8". A table's structured reference
 * ("Table1[Prix]", "[@Prix]") is not followed by "!".
 */
const EXTERNAL = /\[[^[\]]+\][^!'"[\](),;=+\-*/&<>^ ]*'?!/;
const GRID_NAME_IN_FORMULA = new RegExp(`(?<![\\w.])${EXCEL_NAME_PREFIX}[A-Za-z0-9_.]+`, "gi");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches a reference to one of `sheets` in a formula: Prix!D5, 'Prix'!D5, 'Lisez-moi'!B3. */
function sheetReference(sheets: readonly string[]): RegExp | null {
  if (sheets.length === 0) return null;
  const alternatives = sheets.flatMap((name) => [
    `'${escapeRegExp(name.replace(/'/g, "''"))}'!`,
    `(?<![\\w.'\\]])${escapeRegExp(name)}!`,
  ]);
  return new RegExp(alternatives.join("|"), "i");
}

/**
 * The template is in the workbook: its header names, or its read-me and prices sheets side by side. (Not the text
 * "grille-commune-traiteur" alone: the buyer's standard schedule carries it too.)
 */
function templateMarked(book: WorkbookSnapshot): boolean {
  const header = [LAYOUT_NAMES.standard, LAYOUT_NAMES.version].map(lower);
  if (book.names.some((name) => header.includes(lower(name.name)))) return true;
  const names = new Set(book.sheets.map((sheet) => lower(sheet.name)));
  return Object.values(TEMPLATE_SHEETS).some(
    (sheets) => names.has(lower(sheets.readme)) && names.has(lower(sheets.prices)),
  );
}

/**
 * The sheets of the caterer's grid: those the template's names point into, and, once the template is recognised,
 * its sheets by name. The buyer's table sheet is never one of them.
 */
export function gridSheets(book: WorkbookSnapshot, tableSheet?: string): SheetSnapshot[] {
  const named = new Set(
    book.names
      .filter((name) => isGridName(name.name))
      .map((name) => splitSheetReference(name.ref).sheet ?? name.sheet)
      .filter((sheet): sheet is string => sheet !== undefined)
      .map(lower),
  );
  if (templateMarked(book))
    for (const sheets of Object.values(TEMPLATE_SHEETS))
      for (const name of Object.values(sheets)) named.add(lower(name));
  return book.sheets.filter(
    (sheet) => named.has(lower(sheet.name)) && lower(sheet.name) !== lower(tableSheet ?? "\u0000"),
  );
}

function trace(
  code: GridTraceCode,
  at: { sheet?: string; cell?: string },
  params: MessageParams,
  file: string,
): Finding {
  const key = `answer.ready.${code}` as const;
  return {
    code: key,
    severity: "error",
    location: { file, ...(at.sheet ? { sheet: at.sheet } : {}), ...(at.cell ? { cell: at.cell } : {}) },
    messageKey: key,
    params: { file, ...params },
  };
}

/** "D13, D14, D15, D16, D17…": the first cells of a list, and an ellipsis when there are more. */
function listed(items: readonly string[]): string {
  return items.slice(0, LISTED).join(", ") + (items.length > LISTED ? "…" : "");
}

/** The formula cells of a sheet that match `test`, as "D14". */
function formulaCells(sheet: SheetSnapshot, test: (formula: string) => boolean): string[] {
  const found: string[] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula !== undefined && test(cell.formula))
        found.push(formatCell({ row: sheet.range.row + r, column: sheet.range.column + c }));
    }),
  );
  return found;
}

function mentionsGridName(formula: string): boolean {
  return [...formula.matchAll(GRID_NAME_IN_FORMULA)].some((match) => isGridName(match[0]));
}

function formulaTraces(book: WorkbookSnapshot, grid: readonly SheetSnapshot[]): Finding[] {
  const gridNames = new Set(grid.map((sheet) => sheet.name));
  const toGrid = sheetReference([...gridNames]);
  const findings: Finding[] = [];
  for (const sheet of book.sheets.filter((one) => !gridNames.has(one.name))) {
    const onGrid = formulaCells(
      sheet,
      (formula) => (toGrid?.test(formula) ?? false) || mentionsGridName(formula),
    );
    const external = formulaCells(sheet, (formula) => EXTERNAL.test(formula));
    if (onGrid.length > 0)
      findings.push(
        trace(
          "gridFormulas",
          { sheet: sheet.name, cell: onGrid[0] },
          { sheet: sheet.name, count: onGrid.length, cells: listed(onGrid) },
          book.source,
        ),
      );
    if (external.length > 0)
      findings.push(
        trace(
          "externalFormulas",
          { sheet: sheet.name, cell: external[0] },
          { sheet: sheet.name, count: external.length, cells: listed(external) },
          book.source,
        ),
      );
  }
  return findings;
}

function nameTraces(book: WorkbookSnapshot): Finding[] {
  const label = (name: DefinedNameSnapshot) => (name.sheet ? `${name.sheet}!${name.name}` : name.name);
  const grid = book.names.filter((name) => isGridName(name.name)).map(label);
  const external = book.names.filter((name) => !isGridName(name.name) && EXTERNAL.test(name.ref)).map(label);
  return [
    ...(grid.length > 0
      ? [trace("gridNames", {}, { count: grid.length, names: listed(grid) }, book.source)]
      : []),
    ...(external.length > 0
      ? [trace("externalNames", {}, { count: external.length, names: listed(external) }, book.source)]
      : []),
  ];
}

/**
 * What in `book` still leads to the caterer's own grid, each with what to do; none when the workbook is ready to be
 * sent. `tableSheet`, the buyer's price table, is never taken for a sheet of the grid.
 */
export function gridTraces(book: WorkbookSnapshot, tableSheet?: string): Finding[] {
  const grid = gridSheets(book, tableSheet);
  const sheets = grid.map((sheet) =>
    trace(
      sheet.visibility === "visible" ? "gridSheet" : "hiddenGridSheet",
      { sheet: sheet.name },
      { sheet: sheet.name },
      book.source,
    ),
  );
  return [...sheets, ...nameTraces(book), ...formulaTraces(book, grid)];
}

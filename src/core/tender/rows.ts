// Every row under the header, classified: a priced line, a heading (section, site, note), a subtotal or total, a
// repeated header, or a spacer. Hidden lines are set aside and reported, never read as if the bidder saw them.

import { hasLetter, phraseWords } from "../designation/text";
import type { ColumnRole } from "./headers";
import { repeatsHeader, type HeaderFound } from "./header-row";
import type { Heading, PriceInput, TableRow } from "./model";
import { headingNumber, isSiteHeading } from "./sections";
import type { SheetView } from "./sheet-view";

/**
 * How totals and subtotals begin (folded words): "Sous-total rubrique 1", "MONTANT TOTAL HT", "dont TVA", and the
 * VAT breakdown of a DQE ("dont HT au taux de 10 %"), which states no condition.
 */
const TOTAL_STARTS = [
  "total",
  "sous total",
  "montant total",
  "montant",
  "dont tva",
  "dont ht",
  "tva",
  "report",
  "reporter",
  "net payer",
  "somme",
  "total general",
].map((text) => phraseWords(text).join(" "));

export function isTotalText(text: string): boolean {
  // Only the first words matter: a long note is not tokenised whole for this.
  const opening = text.slice(0, 40);
  if (!hasLetter(opening)) return false;
  const words = phraseWords(opening).join(" ");
  return TOTAL_STARTS.some((start) => words === start || words.startsWith(`${start} `));
}

export interface RowsFound {
  readonly rows: TableRow[];
  readonly headings: Heading[];
  readonly hiddenLines: number[];
}

interface Context {
  readonly view: SheetView;
  readonly header: HeaderFound;
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly inputs: readonly PriceInput[];
}

function textAt(context: Context, row: number, role: ColumnRole): string {
  const column = context.columns[role];
  return column === undefined ? "" : context.view.ownText(row, column);
}

/**
 * A priced line: a designation and a price cell to type into, plus one more sign that it is a line and not a note
 * written across the table ("Fait à …, le …"): a reference, a unit, a quantity, or a price cell marked for input
 * (unlocked or coloured). A table with neither reference nor unit column has only the first two to go by.
 */
function isLine(context: Context, row: number): boolean {
  const { view, columns, inputs } = context;
  if (textAt(context, row, "designation") === "") return false;
  const typed = inputs.filter((input) => view.isInput(row, input.column));
  if (typed.length === 0) return hasMergedPrice(context, row);
  if (columns.ref === undefined && columns.unit === undefined) return true;
  const marked = typed.some((input) => {
    const cell = view.cell(row, input.column);
    return cell.locked === false || cell.fill !== undefined;
  });
  const quantity = columns.quantity !== undefined && view.cell(row, columns.quantity).value.type === "number";
  return marked || quantity || textAt(context, row, "ref") !== "" || textAt(context, row, "unit") !== "";
}

/**
 * A line whose price cell is merged into its neighbour (the unit's cell stretched over the price): nothing can be
 * typed there, yet it is a line of the schedule, so it is read and said (never taken for a heading and dropped).
 * Its own reference, unit or quantity tells it from a heading merged across the table.
 */
function hasMergedPrice(context: Context, row: number): boolean {
  const { view, columns, inputs } = context;
  const designation = columns.designation;
  const merged = inputs.some((input) => {
    const merge = view.merge(row, input.column);
    const coversDesignation =
      merge !== undefined &&
      designation !== undefined &&
      merge.left <= designation &&
      designation <= merge.right;
    return view.isMergeInterior(row, input.column) && !coversDesignation;
  });
  if (!merged) return false;
  const quantity = columns.quantity !== undefined && view.cell(row, columns.quantity).value.type === "number";
  return quantity || textAt(context, row, "ref") !== "" || textAt(context, row, "unit") !== "";
}

function kindOf(context: Context, row: number, texts: readonly { text: string }[]): TableRow["kind"] {
  if (texts.length === 0) return "blank";
  if (repeatsHeader(context.view, row, context.header)) return "header";
  if (isTotalText(texts[0].text)) return "total";
  return isLine(context, row) ? "line" : "heading";
}

function headingOf(row: number, entry: { column: number; text: string }, numberedDepth: number): Heading {
  if (isSiteHeading(entry.text)) return { row, column: entry.column, text: entry.text, depth: 0 };
  const number = headingNumber(entry.text);
  if (number)
    return { row, column: entry.column, text: entry.text, section: number.section, depth: number.depth };
  return { row, column: entry.column, text: entry.text, depth: numberedDepth + 1 };
}

/** Classifies the rows from under the header to the end of the sheet. */
export function classifyRows(context: Context): RowsFound {
  const { view, header } = context;
  const rows: TableRow[] = [];
  const headings: Heading[] = [];
  const hiddenLines: number[] = [];
  let numberedDepth = 0;
  for (let row = header.row + 1; row <= view.lastRow; row++) {
    if (view.isHiddenRow(row)) {
      if (isLine(context, row)) hiddenLines.push(row);
      continue;
    }
    const texts = view.rowTexts(row);
    const kind = kindOf(context, row, texts);
    rows.push({ row, kind });
    if (kind !== "heading") continue;
    const heading = headingOf(row, texts[0], numberedDepth);
    if (heading.section !== undefined || heading.depth === 0) numberedDepth = heading.depth;
    headings.push(heading);
  }
  return { rows, headings, hiddenLines };
}

// Conditions a tender states beside its lines: above the table ("Rubriques 1 et 2 : prix par personne, livraison
// comprise à Paris, base 50 convives"), in a notes sheet, under the table, or in a section's title ("3 – BOISSONS
// (hors livraison)"). Each is kept with the cell it was read from and the lines it governs.

import { designationTokens, readFacts, repairText, type Facts, type Stated } from "../designation";
import { SITE_WORDS } from "../designation/cues";
import { phraseWords, type Token } from "../designation/text";
import { formatCell } from "../workbook/address";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { sheetOf } from "../workbook/lookup";
import type { Heading, PriceTable } from "./model";
import { scopeMentions, withoutNumber } from "./sections";
import { SheetView } from "./sheet-view";

export type ConditionScope =
  | { readonly kind: "tender" }
  | { readonly kind: "sections"; readonly sections: readonly string[] }
  /** 0-based rows a heading governs, inclusive. */
  | { readonly kind: "rows"; readonly first: number; readonly last: number };

export interface TenderCondition {
  readonly sheet: string;
  /** A1 address of the cell it was read from. */
  readonly cell: string;
  /** The words read (a part of the cell when it names several rubriques). */
  readonly text: string;
  readonly scope: ConditionScope;
  readonly facts: Facts;
  /** Rank: tender 0, rubrique 1, headings 2 + depth. */
  readonly level: number;
}

/** How many rows of a notes sheet are read: notes are a page or two, not a schedule. */
const NOTE_ROWS = 300;
const SITES = new Set(SITE_WORDS.flatMap(phraseWords));

function mentionsDelivery(facts: Facts, tokens: readonly Token[]): boolean {
  return (
    (facts.included.delivery?.length ?? 0) > 0 ||
    facts.mentioned.includes("delivery") ||
    tokens.some((token) => SITES.has(token.text))
  );
}

/** In a note, a place or an evening only matters to a delivery it speaks of ("75012 Paris" in an address does not). */
function noteFacts(facts: Facts, tokens: readonly Token[]): Facts {
  if (mentionsDelivery(facts, tokens)) return facts;
  return { ...facts, zones: [], evening: false, weekend: false };
}

/** A condition says something a line's reading can use. */
export function isMeaningful(facts: Facts): boolean {
  const included = Object.values(facts.included).some((values) => (values?.length ?? 0) > 0);
  const staff = facts.staff && (facts.staff.count !== undefined || facts.staff.perGuests !== undefined);
  return (
    included || facts.zones.length > 0 || facts.guests.length > 0 || facts.basis.length > 0 || Boolean(staff)
  );
}

/** What a note says, read as the notes of a tender are ("livraison comprise à Paris, base 50 convives"). */
export function noteFactsOf(text: string): Facts {
  const tokens = designationTokens(repairText(text));
  return noteFacts(readFacts(tokens), tokens);
}

function sliceText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end).trim();
}

/** A note, cut where it names rubriques: "Rubrique 3 : … Rubrique 4 : …" gives two conditions. */
function noteConditions(sheet: string, row: number, column: number, raw: string): TenderCondition[] {
  const text = repairText(raw);
  const tokens = designationTokens(text);
  if (tokens.length === 0) return [];
  const mentions = scopeMentions(tokens);
  const cuts = mentions.length > 0 ? mentions.map((mention, index) => (index === 0 ? 0 : mention.at)) : [0];
  return cuts.flatMap((from, index) => {
    const to = (cuts[index + 1] ?? tokens.length) - 1;
    const part = tokens.slice(from, to + 1);
    const facts = noteFacts(readFacts(part), part);
    if (!isMeaningful(facts)) return [];
    const mention = mentions[index];
    const scope: ConditionScope = mention
      ? { kind: "sections", sections: mention.sections }
      : { kind: "tender" };
    return [
      {
        sheet,
        cell: formatCell({ row, column }),
        text: sliceText(text, tokens, from, to),
        scope,
        facts,
        level: mention ? 1 : 0,
      },
    ];
  });
}

function rowsConditions(
  view: SheetView,
  first: number,
  last: number,
  skip: ReadonlySet<number> = new Set(),
): TenderCondition[] {
  const out: TenderCondition[] = [];
  for (let row = first; row <= last; row++) {
    if (view.isHiddenRow(row) || skip.has(row)) continue;
    for (const entry of view.rowTexts(row))
      out.push(...noteConditions(view.name, row, entry.column, entry.text));
  }
  return out;
}

/** The rows a heading governs: down to the next heading of its rank or above, or the table's last line. */
function extent(heading: Heading, headings: readonly Heading[], lastLine: number): number {
  const next = headings.find((other) => other.row > heading.row && other.depth <= heading.depth);
  return next ? Math.min(next.row - 1, lastLine) : lastLine;
}

function headingConditions(table: PriceTable, lastLine: number): TenderCondition[] {
  const inside = table.headings.filter((heading) => heading.row < lastLine);
  return inside.flatMap((heading) => {
    const text = repairText(heading.text);
    // The heading's own number ("2 – PLATEAUX-REPAS") is not a count.
    const facts = readFacts(designationTokens(withoutNumber(text)));
    if (!isMeaningful(facts)) return [];
    const scope: ConditionScope = {
      kind: "rows",
      first: heading.row + 1,
      last: extent(heading, inside, lastLine),
    };
    return [
      {
        sheet: table.sheet,
        cell: formatCell({ row: heading.row, column: heading.column }),
        text,
        scope,
        facts,
        level: 2 + heading.depth,
      },
    ];
  });
}

/** Every condition of the tender: notes sheets, above the table, its headings, under it. */
export function readConditions(
  book: WorkbookSnapshot,
  table: PriceTable,
  noteSheets: readonly string[],
): TenderCondition[] {
  const sheet = sheetOf(book, table.sheet);
  if (!sheet) return [];
  const view = new SheetView(sheet);
  const lines = table.rows.filter((row) => row.kind === "line");
  const lastLine = lines.length > 0 ? lines[lines.length - 1].row : view.lastRow;
  const totals = new Set(table.rows.filter((row) => row.kind !== "heading").map((row) => row.row));
  const notes = noteSheets.flatMap((name) => {
    const other = sheetOf(book, name);
    if (!other) return [];
    const notesView = new SheetView(other);
    return rowsConditions(
      notesView,
      notesView.firstRow,
      Math.min(notesView.lastRow, notesView.firstRow + NOTE_ROWS),
    );
  });
  return [
    ...notes,
    ...rowsConditions(view, view.firstRow, table.headerRows[0] - 1),
    ...headingConditions(table, lastLine),
    // Totals under the table ("MONTANT TOTAL TTC") are not notes.
    ...rowsConditions(view, lastLine + 1, view.lastRow, totals),
  ];
}

/** The conditions that govern a line of `section` at `row`, as the designation reader takes them. */
export function statedFor(
  conditions: readonly TenderCondition[],
  row: number,
  section: string | undefined,
): Stated[] {
  return conditions
    .filter((condition) => governs(condition.scope, row, section))
    .map((condition) => ({
      facts: condition.facts,
      level: condition.level,
      explicit: condition.scope.kind !== "tender",
      at: `${condition.sheet}!${condition.cell}`,
    }));
}

export function governs(scope: ConditionScope, row: number, section: string | undefined): boolean {
  if (scope.kind === "tender") return true;
  if (scope.kind === "rows") return row >= scope.first && row <= scope.last;
  return section !== undefined && scope.sections.includes(section);
}

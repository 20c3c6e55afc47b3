// Use case: read a buyer's price schedule. A workbook snapshot (optionally the sheet to read and the user's
// corrections) in; where the table is, the conditions it states and each line read as a variant of the standard
// out, with findings. Plain data: no file, no DOM, no Office. A fill step takes each mapped line's price cells.

import {
  readDesignation,
  reason,
  type DesignationReading,
  type LineInput,
  type Reason,
} from "../core/designation";
import type { Finding, Location } from "../core/findings";
import {
  findPriceTable,
  letters,
  readConditions,
  scheduleLine,
  SheetView,
  standardScheduleSheet,
  statedFor,
  tableBasis,
  tableColumns,
  tableFindings,
  tableLines,
  tenderFinding,
  variantCell,
  type PriceCell,
  type ScheduleLineReading,
  type TableLine,
  type TenderColumns,
  type TenderCondition,
} from "../core/tender";
import { checkVariant } from "../core/variant/check";
import type { Basis, Variant } from "../core/variant/model";
import { sheetOf } from "../core/workbook/lookup";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { isGridWorkbook } from "./grid-workbook";

/** The user's answer for one line (1-based row): the variant it asks, or null to leave it out of the standard. */
export interface LineCorrection {
  readonly row: number;
  readonly variant: Variant | null;
}

export interface MapTenderInput {
  readonly book: WorkbookSnapshot;
  /** The sheet to read; by default the one where prices are typed. */
  readonly sheet?: string;
  readonly corrections?: readonly LineCorrection[];
}

export type LineStatus = DesignationReading["status"];

export interface MappedLine {
  /** 1-based row. */
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly status: LineStatus;
  /** The variant asked, only when `mapped`. */
  readonly variant: Variant | null;
  /** The plausible reading of an `uncertain` line, to confirm. */
  readonly suggestion: Variant | null;
  readonly reason: Reason;
  readonly doubts: readonly Reason[];
  /** Conditions the reading used, as "BPU!A8". */
  readonly conditions: readonly string[];
  /** Where a fill step types this line's price: sheet, cell, HT or TTC. */
  readonly priceCells: readonly PriceCell[];
  readonly unit?: string;
  readonly quantity?: number;
}

export interface TenderMapping {
  readonly file: string;
  readonly sheet: string;
  /** 1-based header row (the lower one of a two-row header), and every row of the header. */
  readonly headerRow: number;
  readonly headerRows: readonly number[];
  readonly columns: TenderColumns;
  /** The price columns the bidder types into (letters), with HT or TTC. */
  readonly inputs: readonly { readonly column: string; readonly basis: Basis | null }[];
  readonly basis: Basis | null;
  readonly hiddenColumns: readonly string[];
  readonly conditions: readonly TenderCondition[];
  readonly lines: readonly MappedLine[];
}

export interface MapTenderResult {
  readonly mapping: TenderMapping | null;
  readonly findings: readonly Finding[];
}

function lineOf(line: TableLine, reading: DesignationReading): MappedLine {
  return {
    row: line.row + 1,
    ref: line.ref,
    designation: line.designation,
    status: reading.status,
    variant: reading.variant,
    suggestion: reading.suggestion,
    reason: reading.reason,
    doubts: reading.doubts,
    conditions: reading.used,
    priceCells: line.priceCells,
    ...(line.unit !== undefined ? { unit: line.unit } : {}),
    ...(line.quantity !== undefined ? { quantity: line.quantity } : {}),
  };
}

/** A line whose rubrique is unknown cannot be told which rubrique's conditions govern it: asked. */
function withoutSection(line: MappedLine): MappedLine {
  const doubt = reason("sectionUnknown");
  if (line.status === "unmapped") return line;
  const suggestion = line.variant ?? line.suggestion;
  return {
    ...line,
    status: "uncertain",
    variant: null,
    suggestion,
    reason: line.doubts[0] ?? doubt,
    doubts: [...line.doubts, doubt],
  };
}

/** Reads a line's designation as the reader would; the same words under the same conditions read alike. */
type LineReader = (input: LineInput) => DesignationReading;

/**
 * readDesignation, each distinct line read once: a tender lists the same designation again under every site, lot
 * and rubrique, and the reading is pure. Two lines read alike when their designation, unit cell, basis and the
 * conditions that govern them (each named by its cell) are the same; they then share one reading.
 */
function lineReader(): LineReader {
  const readings = new Map<string, DesignationReading>();
  return (input) => {
    const stated = input.stated ?? [];
    // A condition is named by its cell; one without a cell cannot be told from another: read alone.
    if (stated.some((one) => one.at === undefined)) return readDesignation(input);
    const conditions = stated.map((one) => one.at).join("\u0001");
    const key = [input.basis ?? "", input.unit ?? "\u0002", conditions, input.designation].join("\u0000");
    const known = readings.get(key);
    if (known) return known;
    const reading = readDesignation(input);
    readings.set(key, reading);
    return reading;
  };
}

function readLine(
  line: TableLine,
  conditions: readonly TenderCondition[],
  basis: Basis | null,
  read: LineReader,
): MappedLine {
  const scoped = conditions.some((condition) => condition.scope.kind === "sections");
  const reading = read({
    designation: line.designation,
    ...(line.unit !== undefined ? { unit: line.unit } : {}),
    stated: statedFor(conditions, line.row, line.section),
    basis: line.priceCells[0]?.basis ?? basis,
  });
  const mapped = lineOf(line, reading);
  return scoped && line.section === undefined ? withoutSection(mapped) : mapped;
}

/**
 * A line of a standard schedule is the variant written in its hidden column (the schedule's reading contract);
 * when that cell was damaged, the designation is read instead and the line is asked.
 */
function readScheduleLine(
  line: TableLine,
  schedule: ScheduleLineReading,
  conditions: readonly TenderCondition[],
  basis: Basis | null,
  read: LineReader,
): MappedLine {
  const cell = variantCell(line.row);
  const part = schedule.part ? { part: schedule.part } : {};
  const priceCells = line.priceCells.map((price) => ({ ...price, ...part }));
  if (schedule.variant) {
    const why = reason("standardSchedule", { cell });
    const reading = { status: "mapped" as const, variant: schedule.variant, suggestion: null, reason: why };
    return { ...lineOf(line, { ...reading, doubts: [], used: [] }), priceCells };
  }
  const fromDesignation = readLine(line, conditions, basis, read);
  const doubt = reason("scheduleVariantInvalid", { cell });
  const suggestion = fromDesignation.variant ?? fromDesignation.suggestion;
  return {
    ...fromDesignation,
    status: "uncertain",
    variant: null,
    suggestion,
    reason: doubt,
    doubts: [doubt, ...fromDesignation.doubts],
    priceCells,
  };
}

function readLines(
  lines: readonly TableLine[],
  conditions: readonly TenderCondition[],
  basis: Basis | null,
  schedule?: (row: number) => ScheduleLineReading,
): MappedLine[] {
  const read = lineReader();
  return lines.map((line) =>
    schedule
      ? readScheduleLine(line, schedule(line.row), conditions, basis, read)
      : readLine(line, conditions, basis, read),
  );
}

/** One correction applied to its line, or the finding that refuses it. */
function corrected(line: MappedLine, correction: LineCorrection, location: Location): MappedLine | Finding {
  if (correction.variant === null) {
    const why = reason("setAside");
    return { ...line, status: "unmapped", variant: null, suggestion: null, reason: why, doubts: [why] };
  }
  const errors = checkVariant(correction.variant).filter((finding) => finding.severity === "error");
  if (errors.length > 0)
    return tenderFinding("correctionInvalid", "error", location, { row: line.row, detail: errors[0].code });
  const why = reason("corrected");
  return {
    ...line,
    status: "mapped",
    variant: correction.variant,
    suggestion: null,
    reason: why,
    doubts: [],
  };
}

/** The user's corrections: a valid variant makes the line mapped; null sets it aside as outside the standard. */
function applyCorrections(
  lines: readonly MappedLine[],
  corrections: readonly LineCorrection[],
  file: string,
  sheet: string,
): { lines: MappedLine[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const byRow = new Map(lines.map((line) => [line.row, line]));
  for (const correction of corrections) {
    const line = byRow.get(correction.row);
    const location = { file, sheet, line: correction.row };
    const result = line
      ? corrected(line, correction, location)
      : tenderFinding("correctionRow", "error", location, { row: correction.row });
    if ("code" in result) findings.push(result);
    else byRow.set(result.row, result);
  }
  return { lines: [...byRow.values()], findings };
}

/** Reads a tender: its price table, its conditions and every line. */
export function mapTender(input: MapTenderInput): MapTenderResult {
  const { book } = input;
  // A grid's price sheet is a table of prices too: read as a tender, its read-me would become conditions.
  if (isGridWorkbook(book))
    return {
      mapping: null,
      findings: [tenderFinding("isGrid", "error", { file: book.source }, { file: book.source })],
    };
  const search = findPriceTable(book, input.sheet);
  const table = search.table;
  const sheet = table ? sheetOf(book, table.sheet) : undefined;
  if (!table || !sheet) return { mapping: null, findings: search.findings };
  const conditions = readConditions(book, table, search.noteSheets);
  const basis = tableBasis(table, conditions);
  const view = new SheetView(sheet);
  const lines = tableLines(view, table, basis);
  const schedule =
    standardScheduleSheet(book) === table.sheet ? (row: number) => scheduleLine(view, row) : undefined;
  const read = readLines(lines, conditions, basis, schedule);
  const corrected = applyCorrections(read, input.corrections ?? [], book.source, table.sheet);
  const mapping: TenderMapping = {
    file: book.source,
    sheet: table.sheet,
    headerRow: table.headerRows[table.headerRows.length - 1] + 1,
    headerRows: table.headerRows.map((row) => row + 1),
    columns: tableColumns(table, basis),
    inputs: table.inputs.map((input) => ({
      column: letters(input.column) ?? "",
      basis: input.basis ?? basis,
    })),
    basis,
    hiddenColumns: table.hiddenColumns.map((column) => letters(column) ?? ""),
    conditions,
    lines: corrected.lines,
  };
  return {
    mapping,
    findings: [
      ...search.findings,
      ...tableFindings(book.source, table, basis, conditions, lines),
      ...corrected.findings,
    ],
  };
}

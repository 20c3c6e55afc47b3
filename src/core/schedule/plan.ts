// buildSchedulePlan: the standard schedule for buyers (BPU valant DQE) as a workbook plan, the same from the
// command line (xlsx door) and inside Excel (Office.js door). Layout and the reading contract: layout.ts.

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { STANDARD_NAME, STANDARD_VERSION } from "../grid/catalogue";
import { namedRef, protection } from "../template/input-sheet";
import type { CellPlan, DefinedNamePlan, SheetPlan, ValidationPlan, WorkbookPlan } from "../workbook/plan";
import { fitRowHeights } from "../workbook/row-heights";
import { amountFormula, priceTtcFormula } from "./formulas";
import {
  BIDDER_CELL,
  BIDDER_LABEL_CELL,
  BIDDER_MERGE,
  COLUMN_ORDER,
  HIDDEN_COLUMNS,
  MARKER_CELLS,
  SCHEDULE_COLUMNS as COL,
  SCHEDULE_NAMES,
  SCHEDULE_ROWS as ROWS,
  SCHEDULE_SHEET,
} from "./layout";
import type { ScheduleOptions } from "./model";
import { scheduleRows, type ScheduleRow } from "./rows";
import { SCHEDULE_STYLE as S, scheduleStyles } from "./styles";
import { rateCell, totalsBlock } from "./totals";

const WIDTHS: Readonly<Record<keyof typeof COL, number>> = {
  ref: 9,
  designation: 58,
  unit: 12,
  quantity: 11,
  priceHt: 15,
  vat: 8,
  priceTtc: 15,
  amountHt: 17,
  variant: 40,
  part: 10,
};

/** User and catalogue texts are always written as text, never as formulas (even "=…"). */
const text = (cell: string, value: string, style?: string): CellPlan => ({
  cell,
  write: { kind: "text", value },
  ...(style ? { style } : {}),
});

const formula = (cell: string, value: string, style: string): CellPlan => ({
  cell,
  write: { kind: "formula", formula: value },
  style,
});

function headCells(options: ScheduleOptions): CellPlan[] {
  const { lang } = options;
  const version = { standard: STANDARD_NAME, version: STANDARD_VERSION };
  return [
    text(`A${ROWS.title}`, t(lang, "schedule.title"), S.title),
    ...(options.title ? [text(`A${ROWS.subtitle}`, options.title, S.label)] : []),
    text(`A${ROWS.format}`, t(lang, "schedule.format", version), S.hint),
    text(`A${ROWS.hint}`, t(lang, "schedule.hint"), S.hint),
    text(BIDDER_LABEL_CELL, t(lang, "schedule.bidder"), S.totalLabel),
    { cell: BIDDER_CELL, write: { kind: "empty" }, style: S.inputText },
    text(MARKER_CELLS.standard, STANDARD_NAME, S.machine),
    text(MARKER_CELLS.version, STANDARD_VERSION, S.machine),
    ...COLUMN_ORDER.map((column) =>
      text(`${COL[column]}${ROWS.header}`, t(lang, `schedule.header.${column}`), S.header),
    ),
  ];
}

function rowCells(row: ScheduleRow, at: number, lang: Lang): CellPlan[] {
  return [
    text(`${COL.ref}${at}`, row.ref, S.muted),
    text(`${COL.designation}${at}`, row.designation, S.text),
    text(`${COL.unit}${at}`, t(lang, `schedule.unit.${row.unit}`), S.muted),
    { cell: `${COL.quantity}${at}`, write: { kind: "number", value: row.quantity }, style: S.quantity },
    { cell: `${COL.priceHt}${at}`, write: { kind: "empty" }, style: S.inputPrice },
    rateCell(at, row.rate),
    formula(`${COL.priceTtc}${at}`, priceTtcFormula(at), S.money),
    formula(`${COL.amountHt}${at}`, amountFormula(at), S.money),
    text(`${COL.variant}${at}`, row.variantJson, S.machine),
    text(`${COL.part}${at}`, row.category, S.machine),
  ];
}

function validations(first: number, last: number, lang: Lang): ValidationPlan[] {
  const at = `${COL.priceHt}${first}`;
  const messages = (family: "price" | "bidder") => ({
    prompt: {
      title: t(lang, `schedule.validation.${family}.title`),
      message: t(lang, `schedule.validation.${family}.prompt`),
    },
    error: {
      title: t(lang, `schedule.validation.${family}.title`),
      message: t(lang, `schedule.validation.${family}.error`),
      style: "stop" as const,
    },
  });
  return [
    {
      range: `${at}:${COL.priceHt}${last}`,
      // Relative to the range's first cell: each price is a number ≥ 0 with at most 2 decimals.
      rule: { type: "custom", formula: `=AND(ISNUMBER(${at}),${at}>=0,ROUND(${at},2)=${at})` },
      allowBlank: true,
      ...messages("price"),
    },
    {
      range: BIDDER_CELL,
      rule: { type: "textLength", operator: "between", min: 1, max: 200 },
      allowBlank: true,
      ...messages("bidder"),
    },
  ];
}

function names(last: number, totals: ReturnType<typeof totalsBlock>): DefinedNamePlan[] {
  const ref = (cell: string) => namedRef(SCHEDULE_SHEET, cell);
  const amount = (row: number) => ref(`${COL.amountHt}${row}`);
  return [
    { name: SCHEDULE_NAMES.table, ref: `${ref(`${COL.ref}${ROWS.header}`)}:$${COL.part}$${last}` },
    { name: SCHEDULE_NAMES.bidder, ref: ref(BIDDER_CELL) },
    { name: SCHEDULE_NAMES.standard, ref: ref(MARKER_CELLS.standard) },
    { name: SCHEDULE_NAMES.version, ref: ref(MARKER_CELLS.version) },
    { name: SCHEDULE_NAMES.totalHt, ref: amount(totals.totalHtRow) },
    { name: SCHEDULE_NAMES.totalVat, ref: amount(totals.totalVatRow) },
    { name: SCHEDULE_NAMES.totalTtc, ref: amount(totals.totalTtcRow) },
  ];
}

/**
 * The schedule of the buyer's lines: one row per line and VAT category (rows.ts), the bidder's price cells
 * unlocked, yellow and validated, everything else protected; A4 landscape. Lines must be valid (readScheduleLines).
 */
export function buildSchedulePlan(options: ScheduleOptions): WorkbookPlan {
  if (options.lines.length === 0) throw new RangeError("a schedule needs at least one line");
  const rows = scheduleRows(options);
  const first = ROWS.firstLine;
  const last = first + rows.length - 1;
  const totals = totalsBlock(first, last, [...new Set(rows.map((row) => row.rate))], options.lang);
  const sheet: SheetPlan = {
    name: SCHEDULE_SHEET,
    cells: [
      ...headCells(options),
      ...rows.flatMap((row, index) => rowCells(row, first + index, options.lang)),
      ...totals.cells,
    ],
    columns: COLUMN_ORDER.map((column) => ({
      column: COL[column],
      width: WIDTHS[column],
      ...(HIDDEN_COLUMNS.includes(column) ? { hidden: true } : {}),
    })),
    rows: [{ row: ROWS.header, height: 32 }],
    merges: [BIDDER_MERGE],
    freeze: { rows: ROWS.header, columns: 0 },
    validations: validations(first, last, options.lang),
    protection: protection(options.password),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `${ROWS.header}:${ROWS.header}`,
      area: `A1:${COL.amountHt}${totals.lastRow}`,
    },
    tabColor: "FFC000",
  };
  const styles = scheduleStyles(options.lang);
  return {
    // A designation longer than its column wraps: its row gets the lines it needs, never drawn over the next line.
    sheets: [fitRowHeights(sheet, styles)],
    styles,
    names: names(last, totals),
    properties: {
      title: t(options.lang, "schedule.title"),
      subject: `${STANDARD_NAME} ${STANDARD_VERSION}`,
      keywords: `${STANDARD_NAME};${STANDARD_VERSION};bpu`,
    },
  };
}

// One sheet plan → queued operations on its worksheet, in an order Excel accepts: formats of ranges, then cells
// (a text cell's "@" after any range format), cell styles, lines, merges, panes, validations, tables, rules.

import {
  type CellRef,
  type ConditionalFormatPlan,
  type SheetPlan,
  type StylePlan,
  type ValidationPlan,
  type ValidationRule,
  columnLetters,
  formatRange,
  parseCell,
  parseRange,
} from "../core/workbook";
import { type QueuedOp, SMALL_OP_BYTES, op } from "./batches";
import { cellBlocks, rectangles } from "./blocks";
import { printOp } from "./print";
import type { PlanFeature } from "./requirements";
import { applyRangeFormat, cellProperties, hasRangeFormat, hexColor, rangeFormatBytes } from "./styles";

export interface SheetWrites {
  readonly ops: QueuedOp[];
  readonly cells: number;
  readonly blocks: number;
}

const OPERATORS = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

/** Excel's column width unit (characters of the default font, 7 px each plus 5 px padding) → points. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function rangeOf(address: string): string {
  const parsed = parseRange(address);
  if (!parsed) throw new Error(`Excel door: bad range "${address}" in a plan`);
  return formatRange(parsed);
}

function filled<T>(address: string, value: T): T[][] {
  const parsed = parseRange(address);
  if (!parsed) throw new Error(`Excel door: bad range "${address}" in a plan`);
  const rows = parsed.end.row - parsed.start.row + 1;
  const columns = parsed.end.column - parsed.start.column + 1;
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source ?? (rule.items ?? []).join(",") } };
    case "custom":
      return { custom: { formula: rule.formula } };
    default: {
      const basic: Excel.BasicDataValidation = { operator: OPERATORS[rule.operator], formula1: rule.min };
      if (rule.max !== undefined) basic.formula2 = rule.max;
      const key = rule.type === "whole" ? "wholeNumber" : rule.type;
      return { [key]: basic };
    }
  }
}

function validationOp(sheet: Excel.Worksheet, plan: ValidationPlan): QueuedOp {
  return op(
    () => {
      const validation = sheet.getRange(rangeOf(plan.range)).dataValidation;
      validation.clear();
      validation.rule = validationRule(plan.rule);
      if (plan.allowBlank !== undefined) validation.ignoreBlanks = plan.allowBlank;
      if (plan.prompt)
        validation.prompt = {
          showPrompt: true,
          title: plan.prompt.title ?? "",
          message: plan.prompt.message,
        };
      if (plan.error) {
        const style = { stop: "Stop", warning: "Warning", information: "Information" } as const;
        validation.errorAlert = {
          showAlert: true,
          style: style[plan.error.style ?? "stop"],
          title: plan.error.title ?? "",
          message: plan.error.message,
        };
      }
    },
    SMALL_OP_BYTES + JSON.stringify(plan).length,
  );
}

function conditionalFormatOp(
  sheet: Excel.Worksheet,
  plan: ConditionalFormatPlan,
  styles: Readonly<Record<string, StylePlan>>,
): QueuedOp {
  return op(() => {
    const range = sheet.getRange(rangeOf(plan.range));
    if (plan.type === "colorScale") {
      const [low, middle, high] =
        plan.colors.length === 3 ? plan.colors : [plan.colors[0], undefined, plan.colors[1]];
      const scale = range.conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: hexColor(low) },
        ...(middle ? { midpoint: { formula: "50", type: "Percentile", color: hexColor(middle) } } : {}),
        maximum: { type: "HighestValue", color: hexColor(high ?? low) },
      };
      return;
    }
    const rule = range.conditionalFormats.add("CellValue");
    const style = styles[plan.style] ?? {};
    if (style.font?.color) rule.cellValue.format.font.color = hexColor(style.font.color);
    if (style.fill) rule.cellValue.format.fill.color = hexColor(style.fill);
    const operator = OPERATORS[plan.operator].replace(
      /OrEqualTo$/,
      "OrEqual",
    ) as Excel.ConditionalCellValueOperator;
    rule.cellValue.rule = { formula1: plan.values[0] ?? "0", formula2: plan.values[1], operator };
  });
}

/** The plan's styled cells, by style name, for the styles that set more than a number format. */
function cellsByStyle(plan: SheetPlan, styles: Readonly<Record<string, StylePlan>>): Map<string, CellRef[]> {
  const byStyle = new Map<string, CellRef[]>();
  for (const cell of plan.cells) {
    const ref = parseCell(cell.cell);
    const style = cell.style ? styles[cell.style] : undefined;
    if (!cell.style || !ref || !style || !hasRangeFormat(style)) continue;
    const list = byStyle.get(cell.style);
    if (list) list.push(ref);
    else byStyle.set(cell.style, [ref]);
  }
  return byStyle;
}

interface StyleBoxes {
  readonly style: StylePlan;
  readonly boxes: ReturnType<typeof rectangles>;
}

function styleBoxes(plan: SheetPlan, styles: Readonly<Record<string, StylePlan>>): StyleBoxes[] {
  return [...cellsByStyle(plan, styles)].map(([name, cells]) => ({
    style: styles[name],
    boxes: rectangles(cells),
  }));
}

/**
 * Whether the cells' styles travel smaller as one format call per rectangle of same-style cells than as one
 * `setCellProperties` entry per cell: true for the long runs of alike cells our plans hold (a column of prices),
 * false for patchworks. Keeps a 2 000-line schedule's request in megabytes' fractions.
 */
function rectanglesAreSmaller(plan: SheetPlan, boxes: readonly StyleBoxes[]): boolean {
  let rectangleBytes = 0;
  let cellBytes = 0;
  for (const { style, boxes: list } of boxes) {
    rectangleBytes += list.length * rangeFormatBytes(style);
    const perCell = JSON.stringify(cellProperties(style)).length + 1;
    cellBytes +=
      list.reduce((sum, box) => sum + (box.bottom - box.top + 1) * (box.right - box.left + 1), 0) * perCell;
  }
  return plan.cells.length > 0 && rectangleBytes < cellBytes;
}

function cellStyleOps(sheet: Excel.Worksheet, boxes: readonly StyleBoxes[], withIndent: boolean): QueuedOp[] {
  const ops: QueuedOp[] = [];
  for (const { style, boxes: list } of boxes) {
    const bytes = rangeFormatBytes(style);
    for (const box of list) {
      const address = formatRange({
        start: { row: box.top, column: box.left },
        end: { row: box.bottom, column: box.right },
      });
      ops.push(op(() => applyRangeFormat(sheet.getRange(address), style, withIndent), bytes));
    }
  }
  return ops;
}

function rangeStyleOps(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  styles: Readonly<Record<string, StylePlan>>,
  withIndent: boolean,
): QueuedOp[] {
  return (plan.rangeStyles ?? []).flatMap((rangeStyle) => {
    const style = styles[rangeStyle.style];
    if (!style) return [];
    const address = rangeOf(rangeStyle.range);
    const numberFormat = style.numberFormat;
    const formats = numberFormat ? filled(address, numberFormat) : undefined;
    const bytes = SMALL_OP_BYTES + (formats ? JSON.stringify(formats).length : 0);
    return [
      op(() => {
        const range = sheet.getRange(address);
        if (formats) range.numberFormat = formats;
        if (hasRangeFormat(style)) applyRangeFormat(range, style, withIndent);
      }, bytes),
    ];
  });
}

function lineOps(sheet: Excel.Worksheet, plan: SheetPlan, skipped: ReadonlySet<PlanFeature>): QueuedOp[] {
  const ops: QueuedOp[] = [];
  for (const column of plan.columns ?? []) {
    const range = () => sheet.getRange(`${column.column}:${column.column}`);
    if (column.width !== undefined && !skipped.has("columnWidths")) {
      const points = columnWidthPoints(column.width);
      ops.push(op(() => (range().format.columnWidth = points)));
    }
    if (column.hidden) ops.push(op(() => (range().columnHidden = true)));
  }
  for (const row of plan.rows ?? []) {
    const range = () => sheet.getRange(`${row.row}:${row.row}`);
    if (row.height !== undefined && !skipped.has("rowHeights")) {
      const height = row.height;
      ops.push(op(() => (range().format.rowHeight = height)));
    }
    if (row.hidden) ops.push(op(() => (range().rowHidden = true)));
  }
  return ops;
}

function freezeOp(sheet: Excel.Worksheet, rows: number, columns: number): QueuedOp {
  return op(() => {
    // A Range of this sheet, as Microsoft's sample passes: freezeAt is documented as setting "the frozen cells in
    // the active worksheet view", so a bare address leaves in doubt which sheet it is resolved on.
    if (rows > 0 && columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetters(columns - 1)}${rows}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
  });
}

/** Everything of one sheet except protection and visibility, which the caller queues last. */
export function sheetWrites(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  styles: Readonly<Record<string, StylePlan>>,
  skipped: ReadonlySet<PlanFeature>,
  options: { readonly blockBytes: number; readonly cellProperties: boolean },
): SheetWrites {
  const withIndent = !skipped.has("indent");
  const ops: QueuedOp[] = [...rangeStyleOps(sheet, plan, styles, withIndent)];
  // With ExcelApi 1.9 cell styles travel with the values (setCellProperties per block, whatever their pattern)
  // unless one format call per rectangle of same-style cells is smaller; older hosts always get the rectangles.
  const boxes = styleBoxes(plan, styles);
  const byRectangles = !options.cellProperties || rectanglesAreSmaller(plan, boxes);
  const blocks = cellBlocks(plan.cells, styles, options.blockBytes, { withProperties: !byRectangles });
  for (const block of blocks) {
    const end = {
      row: block.top + block.formulas.length - 1,
      column: block.left + block.formulas[0].length - 1,
    };
    const address = formatRange({ start: { row: block.top, column: block.left }, end });
    ops.push(
      op(() => {
        const range = sheet.getRange(address);
        if (block.numberFormats) range.numberFormat = block.numberFormats as (string | null)[][];
        range.formulas = block.formulas as (string | number | boolean | null)[][];
        if (block.properties) range.setCellProperties(block.properties as Excel.SettableCellProperties[][]);
      }, block.bytes),
    );
  }
  if (byRectangles) ops.push(...cellStyleOps(sheet, boxes, withIndent));
  ops.push(...lineOps(sheet, plan, skipped));
  for (const merge of plan.merges ?? []) ops.push(op(() => sheet.getRange(rangeOf(merge)).merge(false)));
  if (plan.freeze && !skipped.has("freeze") && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ops.push(freezeOp(sheet, plan.freeze.rows, plan.freeze.columns));
  }
  ops.push(...(plan.validations ?? []).map((validation) => validationOp(sheet, validation)));
  for (const table of plan.tables ?? []) {
    ops.push(
      op(() => {
        // A Range, not an address string: "If the address does not contain a sheet name, the currently-active
        // sheet is used" (TableCollection.add), even through this sheet's `tables`. Range arguments need 1.3.
        const created = sheet.tables.add(sheet.getRange(rangeOf(table.range)), true);
        created.name = table.name;
        if (table.style) created.style = table.style;
        if (table.showRowStripes !== undefined) created.showBandedRows = table.showRowStripes;
        if (table.totalsRow) created.showTotals = true;
      }),
    );
  }
  if (!skipped.has("conditionalFormats")) {
    ops.push(...(plan.conditionalFormats ?? []).map((format) => conditionalFormatOp(sheet, format, styles)));
  }
  if (plan.print && !skipped.has("print")) ops.push(printOp(sheet, plan.print));
  const tabColor = plan.tabColor;
  if (tabColor && !skipped.has("tabColor")) ops.push(op(() => (sheet.tabColor = hexColor(tabColor))));
  return { ops, cells: blocks.reduce((sum, block) => sum + block.cells, 0), blocks: blocks.length };
}

// The simulator sheet: a guests cell and a zone cell the caterer can change, and common variants whose HT and
// TTC prices are live formulas over the grid's named cells (R8).

import { t, type MessageKey } from "../../i18n";
import type { CellPlan, ValidationPlan } from "../workbook/plan";
import { ZONES } from "../variant/model";
import { namedRef, protection, text, type SheetPart, type TemplateContext } from "./input-sheet";
import {
  DEFAULT_GUESTS,
  DEFAULT_ZONE,
  LAYOUT_NAMES,
  SIMULATOR_CELLS,
  SIMULATOR_COLUMNS as COL,
  SIMULATOR_FIRST_ROW,
  SIMULATOR_HEADER_ROW,
  TEMPLATE_SHEETS,
} from "./layout";
import { SIMULATOR_ROWS, simulatorFormula, simulatorLabel, type SimulatorRow } from "./simulator";
import { STYLE } from "./styles";
import { messagesOf } from "./validations";

const HEADERS: readonly [string, MessageKey][] = [
  [COL.label, "template.sim.header.variant"],
  [COL.delivery, "template.sim.header.delivery"],
  [COL.ht, "template.sim.header.ht"],
  [COL.ttc, "template.sim.header.ttc"],
  [COL.unit, "template.sim.header.unit"],
];

/**
 * The row's price formula, shown blank while a price it needs is not filled in (or not offered): a printed blank
 * template must not look broken with #N/A in every cell. The formula itself is simulator.ts's, untouched.
 */
export function shownPriceFormula(row: SimulatorRow, basis: "HT" | "TTC"): string {
  return `=IFERROR(${simulatorFormula(row, basis).replace(/^=/, "")},"")`;
}

function rowCells(row: SimulatorRow, at: number, ctx: TemplateContext): CellPlan[] {
  const delivery = row.delivery ? "template.sim.delivery.included" : "template.sim.delivery.excluded";
  return [
    text(`${COL.label}${at}`, simulatorLabel(row, ctx.lang), STYLE.tableLabel),
    text(`${COL.delivery}${at}`, t(ctx.lang, delivery), STYLE.tableMuted),
    {
      cell: `${COL.ht}${at}`,
      write: { kind: "formula", formula: shownPriceFormula(row, "HT") },
      style: STYLE.tableMoney,
    },
    {
      cell: `${COL.ttc}${at}`,
      write: { kind: "formula", formula: shownPriceFormula(row, "TTC") },
      style: STYLE.tableMoney,
    },
    text(`${COL.unit}${at}`, t(ctx.lang, `template.sim.unit.${row.unit}`), STYLE.tableMuted),
  ];
}

function inputCells(ctx: TemplateContext): CellPlan[] {
  const label = (cell: string, key: MessageKey) =>
    text(cell.replace(/^[A-Z]+/, "A"), t(ctx.lang, key), STYLE.readmeLabel);
  return [
    label(SIMULATOR_CELLS.guests, "template.sim.guests"),
    {
      cell: SIMULATOR_CELLS.guests,
      write: { kind: "number", value: DEFAULT_GUESTS },
      style: STYLE.inputInteger,
    },
    label(SIMULATOR_CELLS.zone, "template.sim.zone"),
    { cell: SIMULATOR_CELLS.zone, write: { kind: "text", value: DEFAULT_ZONE }, style: STYLE.inputText },
  ];
}

/** Guests: a whole number ≥ 1; zone: one of the standard's zones. Both required (a formula needs them). */
function simulatorValidations(ctx: TemplateContext): ValidationPlan[] {
  return [
    {
      range: SIMULATOR_CELLS.guests,
      rule: { type: "whole", operator: "greaterThanOrEqual", min: 1 },
      allowBlank: false,
      ...messagesOf("guests", ctx.lang, {}),
    },
    {
      range: SIMULATOR_CELLS.zone,
      rule: { type: "list", items: [...ZONES] },
      allowBlank: false,
      ...messagesOf("zone", ctx.lang, { options: ZONES.join(", ") }),
    },
  ];
}

export function simulatorSheet(ctx: TemplateContext): SheetPart {
  const name = TEMPLATE_SHEETS[ctx.lang].simulator;
  const lastRow = SIMULATOR_FIRST_ROW + SIMULATOR_ROWS.length - 1;
  const noteRow = lastRow + 2;
  const cells: CellPlan[] = [
    text("A1", t(ctx.lang, "template.title.simulator"), STYLE.title),
    text("A2", t(ctx.lang, "template.hint.simulator"), STYLE.hint),
    ...inputCells(ctx),
    ...HEADERS.map(([column, key]) =>
      text(`${column}${SIMULATOR_HEADER_ROW}`, t(ctx.lang, key), STYLE.header),
    ),
    ...SIMULATOR_ROWS.flatMap((row, index) => rowCells(row, SIMULATOR_FIRST_ROW + index, ctx)),
    text(`${COL.label}${noteRow}`, t(ctx.lang, "template.sim.note"), STYLE.note),
  ];
  return {
    sheet: {
      name,
      cells,
      columns: [
        { column: COL.label, width: 36 },
        // "comprise (zone ci-dessus)" and "prestation entière" on one line each: a variant is one line high.
        { column: COL.delivery, width: 32 },
        { column: COL.ht, width: 16 },
        { column: COL.ttc, width: 16 },
        { column: COL.unit, width: 24 },
      ],
      rows: [{ row: SIMULATOR_HEADER_ROW, height: 30 }],
      merges: [`${COL.label}${noteRow}:${COL.unit}${noteRow}`],
      freeze: { rows: SIMULATOR_HEADER_ROW, columns: 0 },
      validations: simulatorValidations(ctx),
      protection: protection(ctx.password),
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        printTitleRows: `${SIMULATOR_HEADER_ROW}:${SIMULATOR_HEADER_ROW}`,
        area: `A1:${COL.unit}${noteRow}`,
      },
      tabColor: "70AD47",
    },
    names: [
      { name: LAYOUT_NAMES.guests, ref: namedRef(name, SIMULATOR_CELLS.guests) },
      { name: LAYOUT_NAMES.zone, ref: namedRef(name, SIMULATOR_CELLS.zone) },
    ],
  };
}

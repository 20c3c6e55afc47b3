// The read-me sheet: what the grid is, how to fill it, the standard's name and version (named cells a reader
// finds reliably), and the pricing rules in short.

import { t, type MessageKey } from "../../i18n";
import { STANDARD_NAME, STANDARD_VERSION } from "../grid/catalogue";
import type { CellPlan } from "../workbook/plan";
import { namedRef, protection, text, type SheetPart, type TemplateContext } from "./input-sheet";
import { LAYOUT_NAMES, README_CELLS, TEMPLATE_SHEETS } from "./layout";
import { STYLE } from "./styles";

/** Blocks of the read-me below the version: a heading and its lines (message keys). */
const BLOCKS: readonly { readonly heading: MessageKey; readonly lines: readonly MessageKey[] }[] = [
  { heading: "template.readme.what", lines: ["template.readme.what.text"] },
  {
    heading: "template.readme.how",
    lines: ([1, 2, 3, 4, 5] as const).map((step) => `template.readme.how.${step}` as const),
  },
  {
    heading: "template.readme.rules",
    lines: ([1, 2, 3, 4, 5] as const).map((rule) => `template.readme.rule.${rule}` as const),
  },
  { heading: "template.readme.check", lines: ["template.readme.check.text"] },
];

const FIRST_BLOCK_ROW = 7;

function fixedRows(ctx: TemplateContext): CellPlan[] {
  const label = (row: number, key: MessageKey) => text(`A${row}`, t(ctx.lang, key), STYLE.readmeLabel);
  return [
    text("A1", t(ctx.lang, "template.title.readme"), STYLE.title),
    label(3, "template.readme.standard"),
    text(README_CELLS.standard, STANDARD_NAME, STYLE.fixed),
    label(4, "template.readme.version"),
    text(README_CELLS.version, STANDARD_VERSION, STYLE.fixed),
    label(5, "template.readme.language"),
    text(README_CELLS.language, ctx.lang, STYLE.fixed),
  ];
}

function blockRows(ctx: TemplateContext): { cells: CellPlan[]; lastRow: number } {
  const sheets = TEMPLATE_SHEETS[ctx.lang];
  const cells: CellPlan[] = [];
  let row = FIRST_BLOCK_ROW;
  for (const block of BLOCKS) {
    cells.push(text(`A${row}`, t(ctx.lang, block.heading), STYLE.readmeLabel));
    for (const line of block.lines) {
      cells.push(text(`B${row}`, t(ctx.lang, line, { ...sheets }), STYLE.readmeText));
      row += 1;
    }
    row += 1;
  }
  return { cells, lastRow: row - 2 };
}

export function readmeSheet(ctx: TemplateContext): SheetPart {
  const name = TEMPLATE_SHEETS[ctx.lang].readme;
  const blocks = blockRows(ctx);
  return {
    sheet: {
      name,
      cells: [...fixedRows(ctx), ...blocks.cells],
      columns: [
        { column: "A", width: 26 },
        { column: "B", width: 95 },
      ],
      protection: protection(ctx.password),
      print: { orientation: "portrait", paper: "A4", fitToWidth: true, area: `A1:B${blocks.lastRow}` },
      tabColor: "1F3864",
    },
    names: [
      { name: LAYOUT_NAMES.standard, ref: namedRef(name, README_CELLS.standard) },
      { name: LAYOUT_NAMES.version, ref: namedRef(name, README_CELLS.version) },
    ],
  };
}

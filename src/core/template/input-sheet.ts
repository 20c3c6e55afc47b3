// One input sheet of the template (identity, prices, VAT): a title, a hint, a header row, then per section a
// section row and one row per catalogue entry — label, unit or format, VAT or requirement, the yellow input cell
// (named GCT_…) and the id in a small grey column so a reader finds the row whatever the layout.

import { t } from "../../i18n";
import type { Lang, MessageKey } from "../../i18n";
import type { CatalogueEntry, EntryKind } from "../grid/catalogue";
import { cellValueOf, type TemplateCellValue } from "../grid/cells";
import type { Grid } from "../grid/model";
import { quoteSheetName } from "../workbook/address";
import type {
  CellPlan,
  CellWrite,
  DefinedNamePlan,
  RangeStylePlan,
  SheetPlan,
  ValidationPlan,
} from "../workbook/plan";
import { COLUMNS, FIRST_DATA_ROW, HEADER_ROW, HINT_ROW, TITLE_ROW } from "./layout";
import { STYLE } from "./styles";
import { entryValidation } from "./validations";

export interface InputGroup {
  /** The section row's text; null for a sheet without sections. */
  readonly label: string | null;
  readonly items: readonly CatalogueEntry[];
}

export interface InputSheetSpec {
  readonly name: string;
  readonly titleKey: MessageKey;
  readonly hintKey: MessageKey;
  /** Message keys of the header cells: label, unit, note, value ("" for an empty header). */
  readonly headerKeys: readonly [MessageKey | "", MessageKey | "", MessageKey | "", MessageKey | ""];
  readonly groups: readonly InputGroup[];
  /** The texts of the unit and note columns for one entry. */
  describe(item: CatalogueEntry): { readonly unit: string; readonly note: string };
  /** Widths of columns A–E. */
  readonly widths: readonly [number, number, number, number, number];
}

export interface SheetPart {
  readonly sheet: SheetPlan;
  readonly names: readonly DefinedNamePlan[];
}

export interface TemplateContext {
  readonly lang: Lang;
  readonly grid: Grid;
  readonly password?: string;
}

const INPUT_STYLE: Readonly<Record<EntryKind, string>> = {
  price: STYLE.inputMoney,
  money: STYLE.inputMoney,
  "parameter-money": STYLE.inputMoney,
  "parameter-hours": STYLE.inputHours,
  integer: STYLE.inputInteger,
  percent: STYLE.inputPercent,
  "vat-rate": STYLE.inputPercent,
  text: STYLE.inputText,
  enum: STYLE.inputText,
  list: STYLE.inputText,
  date: STYLE.inputText,
  email: STYLE.inputText,
  phone: STYLE.inputText,
  siret: STYLE.inputText,
};

const ALL_COLUMNS = [COLUMNS.label, COLUMNS.unit, COLUMNS.note, COLUMNS.value, COLUMNS.id];

export function writeOf(value: TemplateCellValue): CellWrite {
  if (value === null) return { kind: "empty" };
  return typeof value === "number" ? { kind: "number", value } : { kind: "text", value };
}

/** "'Lisez-moi'!$B$4": the absolute reference of a defined name. */
export function namedRef(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!$${cell.replace(/(\d+)/, "$$$1")}`;
}

export function text(cell: string, value: string, style?: string): CellPlan {
  return { cell, write: { kind: "text", value }, ...(style ? { style } : {}) };
}

/** Protected with no password unless one is given; the yellow cells stay editable, columns can be widened. */
export function protection(password: string | undefined): SheetPlan["protection"] {
  return {
    ...(password ? { password } : {}),
    allow: { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true },
  };
}

function headerCells(spec: InputSheetSpec, lang: Lang): CellPlan[] {
  const keys: readonly (MessageKey | "")[] = [...spec.headerKeys, "template.header.id"];
  return ALL_COLUMNS.map((column, index) => {
    const key = keys[index];
    return text(`${column}${HEADER_ROW}`, key ? t(lang, key) : "", STYLE.header);
  });
}

function entryCells(
  spec: InputSheetSpec,
  item: CatalogueEntry,
  row: number,
  ctx: TemplateContext,
): CellPlan[] {
  const { unit, note } = spec.describe(item);
  return [
    text(`${COLUMNS.label}${row}`, item.label[ctx.lang], STYLE.label),
    text(`${COLUMNS.unit}${row}`, unit, STYLE.muted),
    text(`${COLUMNS.note}${row}`, note, STYLE.muted),
    {
      cell: `${COLUMNS.value}${row}`,
      write: writeOf(cellValueOf(ctx.grid, item)),
      style: INPUT_STYLE[item.kind],
    },
    text(`${COLUMNS.id}${row}`, item.id, STYLE.id),
  ];
}

interface Body {
  readonly cells: CellPlan[];
  /** Section rows, filled across the table. */
  readonly bands: RangeStylePlan[];
  readonly names: DefinedNamePlan[];
  readonly validations: ValidationPlan[];
  readonly lastRow: number;
}

/** Section rows and entry rows from FIRST_DATA_ROW down, with each entry's defined name and validation. */
function bodyOf(spec: InputSheetSpec, ctx: TemplateContext): Body {
  const body: Body = { cells: [], bands: [], names: [], validations: [], lastRow: FIRST_DATA_ROW - 1 };
  let row = FIRST_DATA_ROW;
  for (const group of spec.groups) {
    if (group.label !== null) {
      body.cells.push(text(`A${row}`, group.label, STYLE.section));
      body.bands.push({ range: `${COLUMNS.unit}${row}:${COLUMNS.id}${row}`, style: STYLE.section });
      row += 1;
    }
    for (const item of group.items) {
      body.cells.push(...entryCells(spec, item, row, ctx));
      body.names.push({ name: item.excelName, ref: namedRef(spec.name, `${COLUMNS.value}${row}`) });
      body.validations.push(entryValidation(item, `${COLUMNS.value}${row}`, ctx.lang));
      row += 1;
    }
  }
  return { ...body, lastRow: row - 1 };
}

export function buildInputSheet(spec: InputSheetSpec, ctx: TemplateContext): SheetPart {
  const body = bodyOf(spec, ctx);
  const cells: CellPlan[] = [
    text(`A${TITLE_ROW}`, t(ctx.lang, spec.titleKey), STYLE.title),
    text(`A${HINT_ROW}`, t(ctx.lang, spec.hintKey), STYLE.hint),
    ...headerCells(spec, ctx.lang),
    ...body.cells,
  ];
  return {
    sheet: {
      name: spec.name,
      cells,
      rangeStyles: body.bands,
      columns: ALL_COLUMNS.map((column, index) => ({ column, width: spec.widths[index] })),
      rows: [{ row: HEADER_ROW, height: 30 }],
      freeze: { rows: HEADER_ROW, columns: 0 },
      validations: body.validations,
      protection: protection(ctx.password),
      print: {
        orientation: "portrait",
        paper: "A4",
        fitToWidth: true,
        printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
        area: `A1:${COLUMNS.id}${body.lastRow}`,
      },
    },
    names: body.names,
  };
}

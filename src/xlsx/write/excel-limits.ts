// The rules Excel enforces on opening a file that no schema states: break one and Excel offers to "repair" the
// workbook and drops what it cannot read. The writer checks the whole plan before it writes a byte; a plan that
// breaks a rule is a programming error of its maker and is refused with the rule and the place.

import { parseCell, parseRange } from "../../core/workbook/address";
import type { CellPlan, SheetPlan, TablePlan, ValidationPlan, WorkbookPlan } from "../../core/workbook/plan";

/** Excel's limits (Microsoft, "Excel specifications and limits"; data validation dialog). */
export const EXCEL_LIMITS = {
  cellText: 32_767,
  formula: 8_192,
  sheetName: 31,
  definedName: 255,
  cellFormats: 64_000,
  validationTitle: 32,
  validationMessage: 255,
} as const;

function refuse(where: string, rule: string): never {
  throw new Error(`${where}: ${rule}; Excel would repair the file, so the workbook plan is refused`);
}

/** Sheet names Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function checkSheetNames(plan: WorkbookPlan): void {
  const seen = new Set<string>();
  for (const { name } of plan.sheets) {
    const length = name.length >= 1 && name.length <= EXCEL_LIMITS.sheetName;
    if (!length) refuse(`sheet "${name}"`, `a sheet name has 1 to ${EXCEL_LIMITS.sheetName} characters`);
    if (/[:\\/?*[\]]/.test(name)) refuse(`sheet "${name}"`, "a sheet name holds none of : \\ / ? * [ ]");
    if (/^'|'$/.test(name))
      refuse(`sheet "${name}"`, "a sheet name neither starts nor ends with an apostrophe");
    if (seen.has(name.toLowerCase())) refuse(`sheet "${name}"`, "sheet names differ other than by case");
    seen.add(name.toLowerCase());
  }
  const visible = plan.sheets.some((sheet) => (sheet.visibility ?? "visible") === "visible");
  if (!visible) refuse("workbook", "at least one sheet is visible");
}

/**
 * A defined or table name: a letter, "_" or "\" first, then letters, digits, ".", "_", "\" or "?"; never
 * something Excel reads as a cell reference (A1, XFD1048576, R1C1, R, C).
 */
function checkName(name: string, where: string): void {
  const syntax = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && name.length <= EXCEL_LIMITS.definedName;
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^([Rr]\d*)?([Cc]\d*)?$/.test(name);
  if (!syntax || cellLike)
    refuse(where, `"${name}" is not a valid name (letters, digits, . _ \\, not a cell reference)`);
}

/** Defined names are unique per scope, table names across the workbook, both regardless of case. */
function checkNames(plan: WorkbookPlan, printNames: readonly { name: string; sheet?: string }[]): void {
  const seen = new Set<string>();
  const claim = (name: string, scope: string | undefined, where: string) => {
    const key = `${scope?.toLowerCase() ?? ""}\u0000${name.toLowerCase()}`;
    if (seen.has(key)) refuse(where, `"${name}" is defined twice${scope ? ` on sheet ${scope}` : ""}`);
    seen.add(key);
  };
  for (const name of [...(plan.names ?? []), ...printNames]) {
    checkName(name.name, `defined name "${name.name}"`);
    claim(name.name, name.sheet, `defined name "${name.name}"`);
  }
  for (const sheet of plan.sheets)
    for (const table of sheet.tables ?? []) {
      checkName(table.name, `table "${table.name}"`);
      claim(table.name, undefined, `table "${table.name}" (table names share the workbook's defined names)`);
    }
}

function cellAt(sheet: SheetPlan, row: number, column: number): CellPlan | undefined {
  return sheet.cells.find((plan) => {
    const ref = parseCell(plan.cell);
    return ref?.row === row && ref.column === column;
  });
}

/**
 * The header cells of a table, which are its column names: text, non-empty, unique regardless of case, and
 * without line breaks or `_xHHHH_` sequences (Excel escapes those in column names, so they would not match).
 */
export function tableColumnNames(sheet: SheetPlan, table: TablePlan): string[] {
  const range = parseRange(table.range);
  if (!range) return refuse(`table "${table.name}"`, `"${table.range}" is not a range`);
  const names: string[] = [];
  for (let column = range.start.column; column <= range.end.column; column++) {
    const write = cellAt(sheet, range.start.row, column)?.write;
    const where = `table "${table.name}" on sheet ${sheet.name}`;
    if (write?.kind !== "text" || write.value.trim() === "")
      refuse(where, "each header cell holds the column's name as text");
    if (/[\u0000-\u001f]|_x[0-9a-fA-F]{4}_/.test(write.value))
      refuse(where, `the header "${write.value}" holds a line break or an escape sequence`);
    if (names.some((name) => name.toLowerCase() === write.value.toLowerCase()))
      refuse(where, `two columns are named "${write.value}"`);
    names.push(write.value);
  }
  return names;
}

function checkValidationTexts(sheet: SheetPlan, validation: ValidationPlan): void {
  const where = `validation on ${sheet.name}!${validation.range}`;
  for (const title of [validation.prompt?.title, validation.error?.title])
    if ((title?.length ?? 0) > EXCEL_LIMITS.validationTitle)
      refuse(where, `a title has at most ${EXCEL_LIMITS.validationTitle} characters`);
  for (const message of [validation.prompt?.message, validation.error?.message])
    if ((message?.length ?? 0) > EXCEL_LIMITS.validationMessage)
      refuse(where, `a message has at most ${EXCEL_LIMITS.validationMessage} characters`);
}

function checkCells(sheet: SheetPlan): void {
  for (const { cell, write } of sheet.cells) {
    const where = `cell ${sheet.name}!${cell}`;
    if (write.kind === "text" && write.value.length > EXCEL_LIMITS.cellText)
      refuse(
        where,
        `a text of ${write.value.length} characters is over the ${EXCEL_LIMITS.cellText} a cell holds`,
      );
    if (write.kind === "formula" && write.formula.length > EXCEL_LIMITS.formula)
      refuse(where, `a formula has at most ${EXCEL_LIMITS.formula} characters`);
  }
}

/** Throws on the first rule the plan breaks; `printNames` are the reserved names the writer adds. */
export function checkExcelLimits(
  plan: WorkbookPlan,
  printNames: readonly { name: string; sheet?: string }[],
): void {
  checkSheetNames(plan);
  checkNames(plan, printNames);
  if (Object.keys(plan.styles).length + 1 > EXCEL_LIMITS.cellFormats)
    refuse("workbook", `at most ${EXCEL_LIMITS.cellFormats} cell formats`);
  for (const sheet of plan.sheets) {
    checkCells(sheet);
    for (const validation of sheet.validations ?? []) checkValidationTexts(sheet, validation);
    for (const table of sheet.tables ?? []) tableColumnNames(sheet, table);
  }
}

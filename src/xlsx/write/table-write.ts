// Table parts (xl/tables/tableN.xml). Column names must equal the header cells' text, or Excel repairs the file.

import type { SheetPlan, TablePlan } from "../../core/workbook/plan";
import { formatRange, parseCell, parseRange } from "../../core/workbook/address";
import { escapeXml } from "../xml";

function headerText(sheet: SheetPlan, row: number, column: number): string | undefined {
  const cell = sheet.cells.find((plan) => {
    const ref = parseCell(plan.cell);
    return ref?.row === row && ref.column === column;
  });
  if (!cell) return undefined;
  if (cell.write.kind === "text") return cell.write.value;
  if (cell.write.kind === "number") return String(cell.write.value);
  return undefined;
}

/** The XML of one table; `id` is unique in the workbook. */
export function tableXml(sheet: SheetPlan, table: TablePlan, id: number): string {
  const range = parseRange(table.range);
  if (!range) throw new Error(`bad table range "${table.range}"`);
  const names: string[] = [];
  for (let column = range.start.column; column <= range.end.column; column++) {
    const text = headerText(sheet, range.start.row, column) ?? `Colonne${column - range.start.column + 1}`;
    names.push(names.includes(text) ? `${text}${column}` : text);
  }
  const filterRange = table.totalsRow
    ? formatRange({ start: range.start, end: { row: range.end.row - 1, column: range.end.column } })
    : formatRange(range);
  const columns = names
    .map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  const totals = table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${formatRange(range)}"${totals}>` +
    `<autoFilter ref="${filterRange}"/><tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes === false ? 0 : 1}" showColumnStripes="0"/></table>`
  );
}

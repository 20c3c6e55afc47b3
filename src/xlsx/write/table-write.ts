// Table parts (xl/tables/tableN.xml). Column names are the header cells' text (Excel repairs the file otherwise).

import type { SheetPlan, TablePlan } from "../../core/workbook/plan";
import { formatRange, parseRange } from "../../core/workbook/address";
import { escapeXml } from "../xml";
import { tableColumnNames } from "./excel-limits";

/** The XML of one table; `id` is unique in the workbook. */
export function tableXml(sheet: SheetPlan, table: TablePlan, id: number): string {
  const range = parseRange(table.range);
  if (!range) throw new Error(`bad table range "${table.range}"`);
  const names = tableColumnNames(sheet, table);
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

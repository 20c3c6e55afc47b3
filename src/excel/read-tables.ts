// The tables of a sheet, read without a sync of their own: names and header/totals flags with the sheet's frame,
// each table's range and column names with the contents (a table's range and columns need its proxy first).

import type { TableSnapshot } from "../core/workbook";
import { SMALL_OP_BYTES, type QueuedOp } from "./batches";
import { stripSheet } from "./read-cells";

/** Per table, the range and columns queued in the contents sync. */
export interface TableDetails {
  readonly table: Excel.Table;
  range?: Excel.Range;
  columns?: Excel.TableColumnCollection;
}

/** Queues, with the sheet's frame, the list of its tables (all ExcelApi 1.1). */
export function loadTableList(sheet: Excel.Worksheet): Excel.TableCollection {
  const tables = sheet.tables;
  tables.load("items/name, items/showHeaders, items/showTotals");
  return tables;
}

/** After the frame's sync: one small op per table, loading its whole range and its column names. */
export function tableDetailOps(tables: Excel.TableCollection): { details: TableDetails[]; ops: QueuedOp[] } {
  const details: TableDetails[] = tables.items.map((table) => ({ table }));
  const ops = details.map((detail): QueuedOp => ({
    bytes: SMALL_OP_BYTES,
    apply: () => {
      detail.range = detail.table.getRange().load("address");
      detail.columns = detail.table.columns.load("items/name");
    },
  }));
  return { details, ops };
}

export function tableSnapshots(details: readonly TableDetails[]): TableSnapshot[] {
  return details.map(({ table, range, columns }) => {
    if (!range || !columns) throw new Error("Excel door: a table's details were not loaded");
    return {
      name: table.name,
      range: stripSheet(range.address),
      hasHeader: table.showHeaders,
      hasTotals: table.showTotals,
      columns: columns.items.map((column) => column.name),
    };
  });
}

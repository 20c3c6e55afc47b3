// The pivot tables of a sheet, read without a sync of their own, like its tables (read-tables.ts): the list of their
// names with the sheet's frame (ExcelApi 1.3), then the range each covers with the contents (PivotLayout.getRange,
// ExcelApi 1.8: "the range the PivotTable exists on, excluding the filter area", as a file's <location ref>). On a
// host with the list but not the layout, the pivot tables are known by name only: the fill plan cannot refuse their
// cells, so the read says so (`unplacedPivotFindings`).

import type { Finding } from "../core/findings";
import type { PivotTableSnapshot } from "../core/workbook";
import { SMALL_OP_BYTES, type QueuedOp } from "./batches";
import type { ExcelHost } from "./host";
import { stripSheet } from "./read-cells";
import { PIVOT_LAYOUT_API, PIVOT_TABLES_API } from "./requirements";

/** How much of the pivot tables the host lets the door see. */
export type PivotReach = "ranges" | "names" | "none";

export function pivotReach(host: Pick<ExcelHost, "isSetSupported">): PivotReach {
  if (host.isSetSupported("ExcelApi", PIVOT_LAYOUT_API)) return "ranges";
  return host.isSetSupported("ExcelApi", PIVOT_TABLES_API) ? "names" : "none";
}

/** One pivot table and, when the host has the layout, its range queued in the contents sync. */
export interface PivotDetails {
  readonly pivot: Excel.PivotTable;
  range?: Excel.Range;
}

/** Queues, with the sheet's frame, the names of its pivot tables; nothing when the host cannot list them. */
export function loadPivotList(
  sheet: Excel.Worksheet,
  reach: PivotReach,
): Excel.PivotTableCollection | undefined {
  return reach === "none" ? undefined : sheet.pivotTables.load("items/name");
}

/** Queues the range of one pivot table (read-whole.ts queues them directly, read.ts as ops). */
export function pivotDetails(pivot: Excel.PivotTable, reach: PivotReach): PivotDetails {
  return reach === "ranges" ? { pivot, range: pivot.layout.getRange().load("address") } : { pivot };
}

/** After the frame's sync: one small op per pivot table, loading its range when the host can. */
export function pivotDetailOps(
  pivots: readonly Excel.PivotTable[],
  reach: PivotReach,
): { details: PivotDetails[]; ops: QueuedOp[] } {
  const details: PivotDetails[] = pivots.map((pivot) => ({ pivot }));
  const ops =
    reach === "ranges"
      ? details.map((detail): QueuedOp => ({
          bytes: SMALL_OP_BYTES,
          apply: () => {
            detail.range = pivotDetails(detail.pivot, reach).range;
          },
        }))
      : [];
  return { details, ops };
}

/** The pivot tables whose range was read. */
export function pivotSnapshots(details: readonly PivotDetails[]): PivotTableSnapshot[] {
  return details.flatMap(({ pivot, range }) =>
    range ? [{ name: pivot.name, range: stripSheet(range.address) }] : [],
  );
}

/** A warning per sheet holding pivot tables whose cells the host could not tell. */
export function unplacedPivotFindings(sheet: string, details: readonly PivotDetails[]): Finding[] {
  const unplaced = details.filter((detail) => !detail.range).map((detail) => detail.pivot.name);
  if (unplaced.length === 0) return [];
  return [
    {
      code: "excel.pivotTables.unplaced",
      severity: "warning",
      location: { sheet },
      messageKey: "excel.pivotTables.unplaced",
      // The message names ExcelApi 1.8 (PIVOT_LAYOUT_API) in its text: a param would be shown as a French decimal.
      params: { sheet, pivots: unplaced.join(", ") },
    },
  ];
}

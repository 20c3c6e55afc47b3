// A fill Excel refused part-way: the batches synced before the failure were written; the cells of the failing
// request are read back (one more sync) to tell which of them Excel applied; the rest were never sent. The user is
// told exactly which cells hold a new value, so running the fill again (which keeps filled cells) finishes the job.

import type { CellEdit } from "../core/workbook";
import type { BatchWriteError } from "./batches";
import type { FillSpan, Input } from "./fill-writes";
import { ExcelWriteError, listed } from "./write-failure";

const where = (edit: CellEdit) => `${edit.sheet}!${edit.cell}`;

/** Excel's value for a cell we wrote: text stays text ("@" format), numbers and booleans as given, a clear as "". */
function holds(value: unknown, input: Input): boolean {
  return value === input || (typeof input === "string" && String(value) === input);
}

/** Which cells of the failing request Excel applied, read back; null when the read fails too. */
async function appliedCells(
  context: Excel.RequestContext,
  worksheet: (name: string) => Excel.Worksheet,
  spans: readonly FillSpan[],
): Promise<CellEdit[] | null> {
  try {
    const ranges = spans.map((span) => worksheet(span.sheet).getRange(span.address).load("values"));
    await context.sync();
    return spans.flatMap((span, index) => {
      const values = ranges[index].values.flat();
      return span.cells.filter((cell, at) => holds(values[at], cell.input)).map((cell) => cell.edit);
    });
  } catch {
    return null;
  }
}

export async function interruptedFill(
  context: Excel.RequestContext,
  worksheet: (name: string) => Excel.Worksheet,
  spans: readonly FillSpan[],
  failure: BatchWriteError,
): Promise<ExcelWriteError> {
  const total = spans.reduce((sum, span) => sum + span.cells.length, 0);
  const written = spans.slice(0, failure.opsWritten).flatMap((span) => span.cells.map((cell) => cell.edit));
  const inFlight = spans.slice(failure.opsWritten, failure.opsSent);
  const applied = await appliedCells(context, worksheet, inFlight);
  if (applied === null) {
    const unsure = inFlight.flatMap((span) => span.cells.map((cell) => where(cell.edit)));
    const params = {
      written: written.length,
      total,
      cells: listed(written.map(where)),
      unsure: listed(unsure),
    };
    return new ExcelWriteError("excel.fill.interruptedUnsure", params, failure.cause);
  }
  const all = [...written, ...applied];
  if (all.length === 0) return new ExcelWriteError("excel.fill.notWritten", {}, failure.cause);
  const params = { written: all.length, total, cells: listed(all.map(where)) };
  return new ExcelWriteError("excel.fill.interrupted", params, failure.cause);
}

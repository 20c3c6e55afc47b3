// Queued operations with their estimated request size, cut into batches that each fit one request, and written one
// sync per batch.

import type { ExcelHost } from "./host";
import { SUSPEND_CALCULATION_API, SUSPEND_SCREEN_UPDATING_API } from "./requirements";

/** One or a few Office.js calls to queue; `bytes` estimates their share of the request payload. */
export interface QueuedOp {
  readonly bytes: number;
  readonly apply: () => void;
}

/** Default budget per request: under Excel on the web's 5 MB limit, leaving room for our estimate's error. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Fixed estimate for small calls (a property set, a method call with short arguments). */
export const SMALL_OP_BYTES = 200;

export function op(apply: () => void, bytes = SMALL_OP_BYTES): QueuedOp {
  return { apply, bytes };
}

/** Splits ops, in order, into batches whose total stays under `limitBytes` (an op is never split). */
export function chunkByBytes(ops: readonly QueuedOp[], limitBytes: number): QueuedOp[][] {
  const batches: QueuedOp[][] = [];
  let current: QueuedOp[] = [];
  let used = 0;
  for (const next of ops) {
    if (current.length > 0 && used + next.bytes > limitBytes) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(next);
    used += next.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function suspendForNextSync(context: Excel.RequestContext, host: ExcelHost): void {
  if (host.isSetSupported("ExcelApi", SUSPEND_CALCULATION_API))
    context.application.suspendApiCalculationUntilNextSync();
  if (host.isSetSupported("ExcelApi", SUSPEND_SCREEN_UPDATING_API))
    context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * A batch's sync failed. The ops before `opsWritten` were written (their batches' syncs succeeded); those up to
 * `opsSent` were in the failing request, so some of them may have been applied (Excel keeps the commands run before
 * a failing one); the rest were never sent.
 */
export class BatchWriteError extends Error {
  constructor(
    readonly opsWritten: number,
    readonly opsSent: number,
    override readonly cause: unknown,
  ) {
    super(
      `write batch failed after ${opsWritten} op(s): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "BatchWriteError";
  }
}

/**
 * Queues the ops in batches under `limit` bytes, one sync each (at least one sync), calculation and screen updating
 * suspended where the host can; returns each batch's bytes. A failed sync is a `BatchWriteError` saying how far the
 * writes went.
 */
export async function writeInBatches(
  context: Excel.RequestContext,
  host: ExcelHost,
  ops: readonly QueuedOp[],
  limit: number,
): Promise<number[]> {
  const batches = chunkByBytes(ops, limit);
  let opsWritten = 0;
  for (const batch of batches) {
    suspendForNextSync(context, host);
    for (const queued of batch) queued.apply();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB batch, not per line: Excel on the web refuses larger requests.
      await context.sync();
    } catch (error) {
      throw new BatchWriteError(opsWritten, opsWritten + batch.length, error);
    }
    opsWritten += batch.length;
  }
  if (batches.length === 0) await context.sync();
  return batches.map((batch) => batch.reduce((sum, queued) => sum + queued.bytes, 0));
}

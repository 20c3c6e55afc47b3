// Queued operations with their estimated request size, cut into batches that each fit one request.

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

import { DOOR_ACTIONS, measureAction } from "../../bench/door-actions";
import { MAX_REQUEST_BYTES, MAX_SYNCS } from "../../bench/excel-door";

// The Excel door's budgets, held in `npm test` (the machine-independent part of `npm run bench -- --check`): every
// pane action, on the strict fake, takes the same context.sync() calls for its smallest and its largest input, at
// most 3, and sends no request over 4 MB. The bench measures the sizes in between.

/** What each action takes now: a read (1 or 2 syncs) and a write; a change shows here first. */
const SYNCS: Readonly<Record<string, number>> = {
  "create the grid": 2,
  "read a tender": 2,
  "fill a tender": 3,
  "write a buyer's schedule": 2,
  "check a bid": 2,
  "compare 3 bids": 3,
  "collect grids": 2,
};

describe.each(DOOR_ACTIONS.map((action) => [action.name, action] as const))("%s", (name, action) => {
  test(`same syncs, at most ${MAX_SYNCS}, for ${action.sizes[0]} and ${action.sizes.at(-1)} ${action.unit}; requests under 4 MB`, async () => {
    const small = await measureAction(action, action.sizes[0]);
    const large = await measureAction(action, action.sizes[action.sizes.length - 1]);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(MAX_SYNCS);
    expect(small.syncs).toBe(SYNCS[name]);
    expect(large.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(large.maxResponseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  }, 120_000);
});

// Aligning the rows of the buyer's original schedule with the rows of a bid, to find rows the bidder added or
// removed and to check each remaining line against its own original. Rows are matched by their texts (ref and
// designation) along the longest common subsequence; between two matched rows, rows are paired by equal ref,
// then in order, and what is left over on one side was added or removed.

/** Beyond this many rows on either side the alignment falls back to pairing rows in order (memory stays bounded). */
export const MAX_ALIGNED_ROWS = 3000;

export interface Alignment {
  /** [original index, bid index] pairs, in order. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Indexes into the bid's rows that have no original. */
  readonly added: readonly number[];
  /** Indexes into the original's rows that are not in the bid. */
  readonly removed: readonly number[];
}

export interface RowKey {
  /** The row's texts joined (ref, designation), spaces collapsed. */
  readonly key: string;
  readonly ref: string;
}

/** Lengths of the longest common subsequences of every pair of suffixes, in one flat table. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
  return table;
}

/**
 * The matched index pairs of a longest common subsequence of keys. The common head (a bid is mostly the original's
 * rows unchanged) is matched as the walk below would match it, without its share of the table: a bid left as it
 * was costs a comparison per row, not rows × rows.
 */
function anchorsOf(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  const anchors: [number, number][] = Array.from({ length: head }, (_v, index) => [index, index]);
  const restA = a.slice(head);
  const restB = b.slice(head);
  const table = lcsTable(restA, restB);
  const width = restB.length + 1;
  let i = 0;
  let j = 0;
  while (i < restA.length && j < restB.length) {
    if (restA[i] === restB[j]) {
      anchors.push([head + i, head + j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i += 1;
    else j += 1;
  }
  return anchors;
}

interface Gap {
  readonly original: readonly number[];
  readonly bid: readonly number[];
}

/** Within a gap between anchors: pairs by equal non-empty ref first, then the rest in order. */
function pairGap(gap: Gap, original: readonly RowKey[], bid: readonly RowKey[], out: Mutable): void {
  const freeBid = [...gap.bid];
  const pairs: [number, number][] = [];
  const unpaired: number[] = [];
  for (const o of gap.original) {
    const at = freeBid.findIndex((b) => original[o].ref !== "" && bid[b].ref === original[o].ref);
    if (at >= 0) pairs.push([o, freeBid.splice(at, 1)[0]]);
    else unpaired.push(o);
  }
  unpaired.forEach((o, index) => {
    if (index < freeBid.length) pairs.push([o, freeBid[index]]);
    else out.removed.push(o);
  });
  out.added.push(...freeBid.slice(unpaired.length));
  out.pairs.push(...pairs);
}

interface Mutable {
  pairs: [number, number][];
  added: number[];
  removed: number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_v, i) => from + i);

export function alignRows(original: readonly RowKey[], bid: readonly RowKey[]): Alignment {
  const tooLarge = original.length > MAX_ALIGNED_ROWS || bid.length > MAX_ALIGNED_ROWS;
  const anchors = tooLarge
    ? []
    : anchorsOf(
        original.map((row) => row.key),
        bid.map((row) => row.key),
      );
  const out: Mutable = { pairs: [], added: [], removed: [] };
  let previous: [number, number] = [-1, -1];
  for (const anchor of [...anchors, [original.length, bid.length] as [number, number]]) {
    pairGap(
      { original: range(previous[0] + 1, anchor[0]), bid: range(previous[1] + 1, anchor[1]) },
      original,
      bid,
      out,
    );
    if (anchor[0] < original.length) out.pairs.push(anchor);
    previous = anchor;
  }
  out.pairs.sort((x, y) => x[0] - y[0]);
  out.added.sort((x, y) => x - y);
  return out;
}

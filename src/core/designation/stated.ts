// The conditions that govern a line, from the whole tender down to the designation itself, and how they combine:
// the most specific source that says something wins; two sources of the same rank that disagree are a conflict.

import type { Facts } from "./facts";

export interface Stated {
  readonly facts: Facts;
  /** Rank: the tender 0, a rubrique 1, headings 2 and more (deeper is higher), the designation itself highest. */
  readonly level: number;
  /** Names the line's own section: also applies to lines billed alone ("4 – Matériel (hors livraison)"). */
  readonly explicit: boolean;
  /** Where it was read, "BPU!A8"; absent for the designation itself. */
  readonly at?: string;
}

export const DESIGNATION_LEVEL = 1000;

export interface Said<T> {
  /** Every distinct value said at the winning rank. */
  readonly values: readonly T[];
  /** Where those values were read. */
  readonly at: readonly string[];
}

/** What the highest-ranked sources that say anything about a field say (none: `values` is empty). */
export function said<T>(
  sources: readonly Stated[],
  pick: (facts: Facts) => readonly T[] | undefined,
): Said<T> {
  let level = -Infinity;
  let values: T[] = [];
  let at: string[] = [];
  for (const source of sources) {
    const picked = pick(source.facts) ?? [];
    if (picked.length === 0 || source.level < level) continue;
    if (source.level > level) [level, values, at] = [source.level, [], []];
    for (const value of picked) if (!values.includes(value)) values.push(value);
    if (source.at && !at.includes(source.at)) at.push(source.at);
  }
  return { values, at };
}

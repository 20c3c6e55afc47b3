// The same reference on several lines of a buyer's table ("1.1" twice). Lines are keyed by row everywhere (mapping,
// fill, the bid check's alignment), so each still gets its own price in its own cell; the repeat is said so that the
// caterer asks the buyer whether these are truly separate lines.

import type { Finding, Location } from "../findings";
import { tenderFinding } from "./findings";
import type { TableLine } from "./lines";

export interface RepeatedRef {
  /** The reference as read, spaces collapsed. */
  readonly ref: string;
  /** 0-based rows of the lines holding it, top to bottom. */
  readonly rows: readonly number[];
}

const refKey = (ref: string) => ref.replace(/\s+/g, " ").trim();

/** Every non-empty reference given to more than one line, in the order of its first line. */
export function repeatedRefs(lines: readonly TableLine[]): RepeatedRef[] {
  const rowsByRef = new Map<string, number[]>();
  for (const line of lines) {
    const ref = refKey(line.ref);
    if (ref === "") continue;
    rowsByRef.set(ref, [...(rowsByRef.get(ref) ?? []), line.row]);
  }
  return [...rowsByRef].filter(([, rows]) => rows.length > 1).map(([ref, rows]) => ({ ref, rows }));
}

/** A warning per repeated reference, at its first cell, naming every cell (`column` holds the references). */
export function repeatedRefFindings(
  lines: readonly TableLine[],
  column: string,
  where: Omit<Location, "cell">,
): Finding[] {
  return repeatedRefs(lines).map(({ ref, rows }) => {
    const cells = rows.map((row) => `${column}${row + 1}`);
    return tenderFinding(
      "refRepeated",
      "warning",
      { ...where, cell: cells[0] },
      { ref, count: rows.length, cells: cells.join(", ") },
    );
  });
}

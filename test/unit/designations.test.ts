import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readDesignation, type Stated } from "../../src/core/designation";
import { noteFactsOf } from "../../src/core/tender";
import { variantFromNotation } from "../helpers/variant-notation";

// A few hundred designations as French buyers write them (test/fixtures/designations/designations.tsv), each with
// its unit cell, the conditions that govern it, and what a careful reader makes of it: the exact variant when
// `mapped`; `uncertain` (with the product suggested) when it could be read two ways or lacks a word; `unmapped`
// when the standard does not price it.

interface Row {
  readonly line: number;
  readonly designation: string;
  readonly unit: string;
  readonly conditions: string;
  readonly status: "mapped" | "uncertain" | "unmapped";
  readonly reading: string;
}

const FILE = path.resolve(__dirname, "../fixtures/designations/designations.tsv");

function rows(): Row[] {
  const lines = readFileSync(FILE, "utf8").split("\n");
  return lines.flatMap((text, index) => {
    if (index === 0 || text.trim() === "" || text.startsWith("#")) return [];
    const [designation, unit, conditions, status, reading] = text.split("\t");
    return [
      {
        line: index + 1,
        designation,
        unit,
        conditions,
        status: status as Row["status"],
        reading: reading ?? "",
      },
    ];
  });
}

function read(row: Row) {
  const facts = row.conditions ? noteFactsOf(row.conditions) : undefined;
  // The conditions of a rubrique: they name the line's section, so lines billed alone take them too.
  const stated: Stated[] = facts ? [{ facts, level: 1, explicit: true, at: "BPU!A8" }] : [];
  const basis = facts && facts.basis.length > 0 ? null : "HT";
  return readDesignation({ designation: row.designation, unit: row.unit, stated, basis });
}

const table = rows();

test("the table is large and covers every status", () => {
  expect(table.length).toBeGreaterThanOrEqual(300);
  for (const status of ["mapped", "uncertain", "unmapped"])
    expect(table.some((row) => row.status === status)).toBe(true);
});

describe.each(["mapped", "uncertain", "unmapped"] as const)("%s lines", (status) => {
  const chosen = table.filter((row) => row.status === status);

  test.each(chosen.map((row) => [`${row.line}: ${row.designation} [${row.unit}]`, row] as const))(
    "%s",
    (_name, row) => {
      const reading = read(row);
      const summary = { status: reading.status, doubts: reading.doubts.map((doubt) => doubt.code) };
      if (status === "mapped") {
        expect({ ...summary, variant: reading.variant }).toEqual({
          status: "mapped",
          doubts: [],
          variant: variantFromNotation(row.reading),
        });
      } else if (status === "uncertain") {
        expect(summary.status).toBe("uncertain");
        expect(reading.doubts.length).toBeGreaterThan(0);
        if (row.reading) expect(reading.suggestion?.product).toBe(row.reading);
      } else {
        expect({ status: reading.status, variant: reading.variant }).toEqual({
          status: "unmapped",
          variant: null,
        });
      }
    },
  );
});

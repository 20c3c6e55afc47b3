import fc from "fast-check";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  absoluteRange,
  cellOf,
  columnIndex,
  columnLetters,
  formatCell,
  formatRange,
  parseCell,
  parseRange,
  quoteSheetName,
  rangeContains,
  rangeToBox,
  sheetOf,
  splitSheetReference,
  type SheetSnapshot,
} from "../../src/core/workbook";
import { shiftFormula } from "../../src/xlsx/formula-shift";

describe("A1 addresses", () => {
  test("column letters at the edges of each width", () => {
    expect([0, 25, 26, 51, 701, 702, MAX_COLUMNS - 1].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(columnIndex("xfd")).toBe(MAX_COLUMNS - 1);
    expect(columnIndex("XFE")).toBeUndefined();
    expect(columnIndex("A1")).toBeUndefined();
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });

  test("letters and indexes round-trip for every column", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        (column) => columnIndex(columnLetters(column)) === column,
      ),
    );
  });

  test("cells round-trip, with or without $", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        (row, column) => {
          const a1 = formatCell({ row, column });
          const absolute = a1.replace(/^([A-Z]+)/, "$$$1$$");
          return parseCell(a1)?.row === row && parseCell(absolute)?.column === column;
        },
      ),
    );
  });

  test("malformed addresses are undefined, never guessed", () => {
    for (const bad of ["", "D0", "14D", "D 14", "D1048577", "XFE1", "A1:B2", "$$A1"])
      expect(parseCell(bad)).toBeUndefined();
    expect(parseRange("A1:B2:C3")).toBeUndefined();
  });

  test("ranges are normalised to top-left first and formatted back", () => {
    const range = parseRange("F9:$A$1");
    expect(range).toEqual({ start: { row: 0, column: 0 }, end: { row: 8, column: 5 } });
    expect(range && formatRange(range)).toBe("A1:F9");
    expect(range && absoluteRange(range)).toBe("$A$1:$F$9");
    expect(range && rangeToBox(range)).toEqual({ row: 0, column: 0, rowCount: 9, columnCount: 6 });
    expect(range && rangeContains(range, { row: 8, column: 5 })).toBe(true);
    expect(range && rangeContains(range, { row: 9, column: 0 })).toBe(false);
    expect(formatRange({ start: { row: 1, column: 1 }, end: { row: 1, column: 1 } })).toBe("B2");
  });

  test("sheet names are quoted in references when needed", () => {
    expect(quoteSheetName("BPU")).toBe("BPU");
    expect(quoteSheetName("BPU-DQE")).toBe("'BPU-DQE'");
    expect(quoteSheetName("L'offre")).toBe("'L''offre'");
    expect(splitSheetReference("'L''offre'!$A$1")).toEqual({ sheet: "L'offre", range: "$A$1" });
    expect(splitSheetReference("$A$1")).toEqual({ range: "$A$1" });
  });
});

describe("snapshot lookups", () => {
  const sheet: SheetSnapshot = {
    name: "BPU",
    visibility: "visible",
    range: { row: 2, column: 1, rowCount: 1, columnCount: 2 },
    cells: [[{ value: { type: "text", value: "1.1" } }, { value: { type: "number", value: 3 } }]],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
  test("cells by address inside and outside the range; sheets by name, case-insensitive", () => {
    expect(cellOf(sheet, "C3").value).toEqual({ type: "number", value: 3 });
    expect(cellOf(sheet, { row: 2, column: 1 }).value).toEqual({ type: "text", value: "1.1" });
    expect(cellOf(sheet, "A1").value).toEqual({ type: "empty" });
    expect(cellOf(sheet, "nonsense").value).toEqual({ type: "empty" });
    expect(sheetOf({ source: "x", sheets: [sheet], names: [] }, "bpu")).toBe(sheet);
  });
});

describe("shared formulas moved to another cell", () => {
  test("relative references move, absolute parts stay, strings and sheet names are untouched", () => {
    expect(shiftFormula("G15*D15", 3, 0)).toBe("G18*D18");
    expect(shiftFormula("ROUND(D15*(1+$E$15),2)+E$15+$E15", 1, 1)).toBe("ROUND(E16*(1+$E$15),2)+F$15+$E16");
    expect(shiftFormula("BPU!E15&\"A1\"&'Q1 2025'!B2", 2, 0)).toBe("BPU!E17&\"A1\"&'Q1 2025'!B4");
    expect(shiftFormula("LOG10(A1)+SUM(A1:B2)", 1, 0)).toBe("LOG10(A2)+SUM(A2:B3)");
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
    expect(shiftFormula("A1", 0, 0)).toBe("A1");
  });
});

describe("parseCell read character by character", () => {
  // The rule as a pattern: 1-3 letters, a row without a leading zero, each optionally after "$", within the sheet.
  const RULE = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
  function byRule(address: string): { row: number; column: number } | undefined {
    const match = RULE.exec(address.trim());
    if (!match) return undefined;
    let column = 0;
    for (const char of match[1].toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
    const row = Number(match[2]);
    return column <= 16_384 && row <= 1_048_576 ? { row: row - 1, column: column - 1 } : undefined;
  }
  const pieces = fc.constantFrom(
    "$",
    "A",
    "z",
    "X",
    "F",
    "D",
    "0",
    "1",
    "9",
    "4",
    " ",
    "é",
    "[",
    "@",
    "`",
    "{",
    "-",
  );
  const addresses = fc.oneof(
    fc.array(pieces, { maxLength: 12 }).map((chars) => chars.join("")),
    fc.string({ maxLength: 12 }),
    fc
      .tuple(fc.stringMatching(/^\$?[A-Za-z]{1,4}\$?$/), fc.integer({ min: 0, max: 20_000_000 }))
      .map(([letters, row]) => `${letters}${row}`),
  );

  test("agrees with the rule on generated addresses, valid and not", () => {
    fc.assert(
      fc.property(addresses, (address) => {
        expect(parseCell(address)).toEqual(byRule(address));
      }),
      { numRuns: 5_000 },
    );
  });

  test("the edges: XFD1048576, XFE1, A1048577, A0, A01, $A$1, lower case", () => {
    expect(parseCell("XFD1048576")).toEqual({ row: 1_048_575, column: 16_383 });
    expect(parseCell("$xfd$1")).toEqual({ row: 0, column: 16_383 });
    for (const bad of ["XFE1", "A1048577", "A0", "A01", "1A", "A", "1", "", "$$A1", "A$$1", "AAAA1"])
      expect(parseCell(bad)).toBeUndefined();
  });
});

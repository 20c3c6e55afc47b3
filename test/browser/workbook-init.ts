import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { formatCell } from "../../src/core/workbook/address";
import type { FakeInit } from "../fakes/excel";

// A workbook read from a file (a public bid), as the strict fake of Excel's initial state: each sheet's values and
// formulas, number formats and merges, and the workbook's defined names. Protection is left off: the fake cannot say
// which cells a protected sheet unlocks, and the bid check does not depend on it.

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export function fakeInitOf(book: WorkbookSnapshot): FakeInit {
  return {
    sheets: book.sheets.map((sheet) => {
      const cells: Record<string, string | number | boolean> = {};
      const numberFormats: Record<string, string> = {};
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const at = formatCell({ row: sheet.range.row + r, column: sheet.range.column + c });
          const { value } = cell;
          if (cell.formula !== undefined) cells[at] = cell.formula;
          else if (value.type === "number" || value.type === "boolean" || value.type === "text")
            cells[at] = value.value;
          if (cell.numberFormat !== undefined) numberFormats[at] = cell.numberFormat;
        }),
      );
      return {
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility],
        cells,
        numberFormats,
        merges: [...sheet.merges],
      };
    }),
    names: book.names
      .filter((name) => name.sheet === undefined)
      .map((name) => ({ name: name.name, formula: `=${name.ref}` })),
  };
}

import { columnLetters } from "../../src/core/workbook/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { FakeInit } from "../fakes/excel";

// A workbook read from a file (the xlsx door's snapshot) as the strict fake of Excel's starting state, so the pane is
// tested on the buyers' real tenders: the file's name, values, formulas, number formats, unlocked and coloured cells,
// merges, hidden rows and columns, protection, pivot tables and defined names. The fake does not calculate: formula
// cells hold no value.

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

type SheetInit = NonNullable<FakeInit["sheets"]>[number];

function sheetInit(sheet: SheetSnapshot): SheetInit {
  const cells: Record<string, number | string | boolean> = {};
  const numberFormats: Record<string, string> = {};
  const formats: Record<string, Record<string, string | boolean>> = {};
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const a1 = `${columnLetters(sheet.range.column + c)}${sheet.range.row + r + 1}`;
      if (cell.formula !== undefined) cells[a1] = cell.formula;
      else if (["number", "text", "boolean"].includes(cell.value.type))
        cells[a1] = (cell.value as { value: number | string | boolean }).value;
      if (cell.numberFormat) numberFormats[a1] = cell.numberFormat;
      const format = {
        ...(cell.locked === false ? { "protection.locked": false } : {}),
        ...(cell.fill ? { "fill.color": `#${cell.fill}` } : {}),
      };
      if (Object.keys(format).length > 0) formats[a1] = format;
    }),
  );
  return {
    name: sheet.name,
    visibility: VISIBILITY[sheet.visibility],
    cells,
    numberFormats,
    formats,
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns,
    protected: sheet.protected === true,
    ...(sheet.pivotTables ? { pivotTables: sheet.pivotTables } : {}),
  };
}

/** The file opened in Excel: the workbook takes the file's name (`book.source`), as Excel shows it. */
export function fakeInitOf(book: WorkbookSnapshot): FakeInit {
  return {
    ...(book.source ? { name: book.source } : {}),
    sheets: book.sheets.map(sheetInit),
    names: book.names
      .filter((name) => name.sheet === undefined && !name.name.startsWith("_xlnm."))
      .map((name) => ({ name: name.name, formula: `=${name.ref}` })),
  };
}

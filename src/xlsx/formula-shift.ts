// Shared formulas store their text once, on the master cell; the other cells of the group hold only an index.
// Their formula is the master's with relative references moved by the cell's offset, as Excel does on display.

import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "../core/workbook/address";

// A cell reference not preceded by a name character or "!"-less sheet text, and not followed by "(" (a function
// like LOG10) or more name characters. Quoted strings and quoted sheet names are split out first.
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

function shiftReference(
  whole: string,
  columnFixed: string,
  letters: string,
  rowFixed: string,
  digits: string,
  rowOffset: number,
  columnOffset: number,
): string {
  const column = columnIndex(letters);
  if (column === undefined) return whole;
  const newColumn = columnFixed ? column : column + columnOffset;
  const newRow = rowFixed ? Number(digits) - 1 : Number(digits) - 1 + rowOffset;
  if (newColumn < 0 || newColumn >= MAX_COLUMNS || newRow < 0 || newRow >= MAX_ROWS) return "#REF!";
  return `${columnFixed}${columnLetters(newColumn)}${rowFixed}${newRow + 1}`;
}

/** The master formula text with its relative A1 references moved by (rowOffset, columnOffset). */
export function shiftFormula(formula: string, rowOffset: number, columnOffset: number): string {
  if (rowOffset === 0 && columnOffset === 0) return formula;
  // Odd-indexed pieces are string literals or quoted sheet names: left as they are.
  const pieces = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return pieces
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (whole, cf: string, letters: string, rf: string, digits: string) =>
            shiftReference(whole, cf, letters, rf, digits, rowOffset, columnOffset),
          ),
    )
    .join("");
}

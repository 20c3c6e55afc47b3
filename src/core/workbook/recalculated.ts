// Which sheets' formulas may give another result once a fill is written: the sheets written into, and every sheet
// whose formulas refer to one of those — by the sheet's name, through a defined name on it, or a table on it — step
// by step (a DQE sheet reading the BPU, a summary reading the DQE). A file door drops the results those formulas
// saved, so a program that does not recalculate as it opens (LibreOffice, as it is set up out of the box; a file
// viewer) shows no amount or total of the old prices, and every program computes them anew.

import type { WorkbookSnapshot } from "./snapshot";

/** Every formula's text of a sheet, upper-cased once: references are looked for in it. */
function formulasOf(book: WorkbookSnapshot): Map<string, string[]> {
  const formulas = new Map<string, string[]>();
  for (const sheet of book.sheets) {
    const texts: string[] = [];
    for (const row of sheet.cells)
      for (const cell of row) if (cell.formula !== undefined) texts.push(cell.formula.toUpperCase());
    formulas.set(sheet.name, texts);
  }
  return formulas;
}

/** How a formula names a sheet: BPU!D15, 'Bordereau 2026'!D15 (an apostrophe in the name doubled). */
function sheetMentions(name: string): string[] {
  const upper = name.toUpperCase();
  return [`${upper}!`, `'${upper.replace(/'/g, "''")}'!`];
}

const WORD = /[A-Z0-9_.\\]/;

/** A defined name used as a word of the formula, not as part of a longer name or address. */
function usesName(formula: string, name: string): boolean {
  for (let at = formula.indexOf(name); at >= 0; at = formula.indexOf(name, at + 1)) {
    const before = formula[at - 1];
    const after = formula[at + name.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after)))
      return true;
  }
  return false;
}

/**
 * The sheets (their names as the workbook has them, in its order) whose formulas' saved results may change when the
 * `edited` sheets are written. A reference the text of a formula does not show (INDIRECT built from pieces, a range
 * of sheets named by its ends) is not followed.
 */
export function sheetsToRecalculate(book: WorkbookSnapshot, edited: readonly string[]): string[] {
  const formulas = formulasOf(book);
  const dirty = new Set(edited.map((name) => name.toUpperCase()));
  for (let grew = true; grew;) {
    grew = false;
    const words = [
      ...[...dirty].flatMap((name) => sheetMentions(name)),
      ...book.names
        .filter((name) =>
          [...dirty].some((sheet) => sheetMentions(sheet).some((m) => name.ref.toUpperCase().includes(m))),
        )
        .map((name) => name.name.toUpperCase()),
    ];
    const tables = book.sheets
      .filter((sheet) => dirty.has(sheet.name.toUpperCase()))
      .flatMap((sheet) => (sheet.tables ?? []).map((table) => `${table.name.toUpperCase()}[`));
    for (const sheet of book.sheets) {
      if (dirty.has(sheet.name.toUpperCase())) continue;
      const refers = (formulas.get(sheet.name) ?? []).some(
        (formula) =>
          words.some((word) => (word.endsWith("!") ? formula.includes(word) : usesName(formula, word))) ||
          tables.some((table) => formula.includes(table)),
      );
      if (refers) {
        dirty.add(sheet.name.toUpperCase());
        grew = true;
      }
    }
  }
  return book.sheets.filter((sheet) => dirty.has(sheet.name.toUpperCase())).map((sheet) => sheet.name);
}

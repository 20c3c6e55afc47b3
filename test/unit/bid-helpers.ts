import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Finding } from "../../src/core/findings";
import type { VatCategory } from "../../src/core/grid/catalogue";
import { variantCategories } from "../../src/core/schedule/parts";
import { readVariant } from "../../src/core/variant";
import { parseCell } from "../../src/core/workbook/address";
import type { CellSnapshot, SheetSnapshot } from "../../src/core/workbook/snapshot";
import { FIXTURES } from "./pricing-helpers";

// Tampering with a bid in memory: the snapshot of a real fixture, one cell or one row changed, as a bidder would
// have left it (a formula typed over, a row inserted) — things the fill door rightly refuses to write.

function locate(sheet: SheetSnapshot, a1: string): { r: number; c: number } {
  const ref = parseCell(a1);
  if (!ref) throw new Error(`bad address ${a1}`);
  return { r: ref.row - sheet.range.row, c: ref.column - sheet.range.column };
}

/** The sheet with one cell replaced. */
export function withCell(sheet: SheetSnapshot, a1: string, cell: CellSnapshot): SheetSnapshot {
  const { r, c } = locate(sheet, a1);
  const cells = sheet.cells.map((row, i) => (i === r ? row.map((old, j) => (j === c ? cell : old)) : row));
  return { ...sheet, cells };
}

/** The sheet with the cell's value replaced, its formula and format kept. */
export function withValue(sheet: SheetSnapshot, a1: string, value: CellSnapshot["value"]): SheetSnapshot {
  const { r, c } = locate(sheet, a1);
  return withCell(sheet, a1, { ...sheet.cells[r][c], value });
}

/** The sheet with the cell's formula dropped and its value kept: a typed value over a formula. */
export function withoutFormula(sheet: SheetSnapshot, a1: string): SheetSnapshot {
  const { r, c } = locate(sheet, a1);
  const old = sheet.cells[r][c];
  return withCell(sheet, a1, {
    value: old.value,
    ...(old.numberFormat !== undefined ? { numberFormat: old.numberFormat } : {}),
    ...(old.fill !== undefined ? { fill: old.fill } : {}),
    ...(old.locked !== undefined ? { locked: old.locked } : {}),
  });
}

/** The sheet with a row (1-based) inserted before `row`, holding `texts` by column index. */
export function withRowInserted(sheet: SheetSnapshot, row: number, texts: readonly string[]): SheetSnapshot {
  const r = row - 1 - sheet.range.row;
  const fresh: CellSnapshot[] = Array.from({ length: sheet.range.columnCount }, (_v, c) =>
    texts[c] ? { value: { type: "text", value: texts[c] } } : { value: { type: "empty" } },
  );
  const cells = [...sheet.cells.slice(0, r), fresh, ...sheet.cells.slice(r)];
  return { ...sheet, cells, range: { ...sheet.range, rowCount: sheet.range.rowCount + 1 } };
}

/** The sheet with a row (1-based) deleted. */
export function withRowRemoved(sheet: SheetSnapshot, row: number): SheetSnapshot {
  const r = row - 1 - sheet.range.row;
  const cells = [...sheet.cells.slice(0, r), ...sheet.cells.slice(r + 1)];
  return { ...sheet, cells, range: { ...sheet.range, rowCount: sheet.range.rowCount - 1 } };
}

/** The VAT category each mapped, single-category line of t-departement.xlsx should be billed in, by row. */
export function departementVat(): Record<number, VatCategory> {
  const expected = JSON.parse(
    readFileSync(path.join(FIXTURES, "tenders", "t-departement.expected.json"), "utf8"),
  ) as { lines: { row: number; expect: string; variant?: unknown }[] };
  const out: Record<number, VatCategory> = {};
  for (const line of expected.lines) {
    const variant = line.expect === "mapped" ? readVariant(line.variant).variant : null;
    const categories = variant ? variantCategories(variant) : [];
    if (categories.length === 1) out[line.row] = categories[0];
  }
  return out;
}

/** Code and cell of each finding, for exact comparisons. */
export const where = (findings: readonly Finding[]): [string, string | undefined][] =>
  findings.map((finding) => [finding.code, finding.location?.cell]);

import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { BidPrices, CompareLine } from "../../src/core/compare";
import { basisPoints, centsFromEuroNumber, type Cents } from "../../src/core/money";
import { scaledFromNumber } from "../../src/core/money/decimal";
import { cellOf } from "../../src/core/workbook/lookup";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { sheetNamed } from "../helpers/snapshot";
import { FIXTURES } from "./pricing-helpers";

/** Where t-departement.xlsx keeps its lines (tenders/t-departement.expected.json): header row 13, prices in D. */
export const DEPARTEMENT = {
  sheet: "BPU-DQE",
  headerRow: 13,
  lastRow: 44,
  columns: { ref: "A", designation: "B", unit: "C", priceHt: "D", vat: "E", priceTtc: "F", quantity: "G" },
  amountHt: "H",
} as const;

export async function readFixtureSheet(relative: string): Promise<SheetSnapshot> {
  const file = path.join(FIXTURES, relative);
  const book = await readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  return sheetNamed(book, DEPARTEMENT.sheet);
}

/** Euros of a JSON fixture to cents, read from the number's decimal text (never multiplied as a float). */
export function cents(euros: number): Cents {
  const result = centsFromEuroNumber(euros);
  if (!result.ok) throw new Error(`not an amount: ${euros}`);
  return result.cents;
}

/** Points with 2 decimals to hundredths: 21.92 → 2192. */
export function hundredths(points: number): number {
  const result = scaledFromNumber(points, 2, Number.MAX_SAFE_INTEGER);
  if (!result.ok) throw new Error(`not a score: ${points}`);
  return result.value;
}

function numberAt(sheet: SheetSnapshot, a1: string): number | null {
  const value = cellOf(sheet, a1).value;
  return value.type === "number" ? value.value : null;
}

/** Rows of the tender below the header whose quantity cell holds a number: the priced lines. */
export function pricedRows(tender: SheetSnapshot): number[] {
  const rows: number[] = [];
  for (let row = DEPARTEMENT.headerRow + 1; row <= DEPARTEMENT.lastRow; row++)
    if (numberAt(tender, `${DEPARTEMENT.columns.quantity}${row}`) !== null) rows.push(row);
  return rows;
}

/** Quantity (column G) and VAT rate (column E, a fraction such as 0.1) of each priced line, from the tender. */
export function scheduleLines(tender: SheetSnapshot, rows: readonly number[]): CompareLine[] {
  return rows.map((row) => {
    const rate = scaledFromNumber(numberAt(tender, `E${row}`) ?? NaN, 4, 10_000);
    if (!rate.ok) throw new Error(`no VAT rate in E${row}`);
    return { quantity: numberAt(tender, `G${row}`) as number, vatBp: basisPoints(rate.value) };
  });
}

/** The bid's unit prices HT in column D of the priced rows; blank → null. */
export function bidPrices(name: string, bid: SheetSnapshot, rows: readonly number[]): BidPrices {
  return {
    name,
    unit: rows.map((row) => {
      const price = numberAt(bid, `${DEPARTEMENT.columns.priceHt}${row}`);
      return price === null ? null : cents(price);
    }),
  };
}

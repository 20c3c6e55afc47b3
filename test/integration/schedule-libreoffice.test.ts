import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { roundedScaled } from "../../src/core/bid";
import { numberFromScaled } from "../../src/core/money/decimal";
import { withVat } from "../../src/core/money/round";
import { dqe, lineAmount, priceVariant } from "../../src/core/pricing";
import {
  BIDDER_CELL,
  buildSchedulePlan,
  SCHEDULE_COLUMNS as COL,
  SCHEDULE_NAMES,
  SCHEDULE_SHEET,
  variantCategories,
  type ScheduleLine,
} from "../../src/core/schedule";
import { parseRange, splitSheetReference } from "../../src/core/workbook/address";
import { cellOf } from "../../src/core/workbook/lookup";
import type { CellEdit } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { readVariant, type Variant } from "../../src/core/variant";
import { t } from "../../src/i18n";
import { fillWorkbookFile, readWorkbookFile, writeWorkbookFile } from "../../src/xlsx/node-files";
import { recalculateMany, type RecalcSheet } from "../helpers/libreoffice";
import { sheetNamed } from "../helpers/snapshot";
import { loadGrid } from "../unit/pricing-helpers";
import { sampleLines } from "../unit/schedule-helpers";

// The standard schedule written as .xlsx, read back as a mapper would (every line's variant from its hidden
// cells), filled with the reference grid's prices as a bidder would, recalculated by LibreOffice: the totals are
// R7's to the cent.

interface ReadLine {
  readonly row: number;
  readonly variant: Variant;
  readonly category: string;
  readonly quantity: number;
  readonly rate: number;
}

const lines: readonly ScheduleLine[] = sampleLines();
const grid = loadGrid("reference");
let dir: string;
let blank: WorkbookSnapshot;
let read: ReadLine[];
let filled: RecalcSheet;
let partial: RecalcSheet;
const prices = new Map<number, number>();

/** The lines as the tender mapping reads them: the rows of GCT_bpu_table under its header, by their hidden cells. */
function readLines(book: WorkbookSnapshot): ReadLine[] {
  const name = book.names.find((one) => one.name === SCHEDULE_NAMES.table);
  const { sheet, range } = splitSheetReference(name?.ref ?? "");
  const box = parseRange(range);
  if (!box || !sheet) throw new Error(`no ${SCHEDULE_NAMES.table}`);
  const snapshot = sheetNamed(book, sheet);
  const out: ReadLine[] = [];
  for (let row = box.start.row + 2; row <= box.end.row + 1; row++) {
    const text = (column: string) => {
      const value = cellOf(snapshot, `${column}${row}`).value;
      return value.type === "text" ? value.value : "";
    };
    const number = (column: string) => {
      const value = cellOf(snapshot, `${column}${row}`).value;
      return value.type === "number" ? value.value : NaN;
    };
    const variant = readVariant(JSON.parse(text(COL.variant))).variant;
    if (!variant) throw new Error(`row ${row}: unreadable variant`);
    out.push({
      row,
      variant,
      category: text(COL.part),
      quantity: number(COL.quantity),
      rate: number(COL.vat),
    });
  }
  return out;
}

/** The row of the missing-prices count, found by its label. */
function missingRow(sheet: RecalcSheet): number {
  const label = t("fr", "schedule.total.missing");
  return sheet.rows.findIndex((row) => row[1] === label) + 1;
}

const cents = (value: unknown): number => {
  if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
  return roundedScaled(value, 2) as number;
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "schedule-lo-"));
  const written = path.join(dir, "bordereau.xlsx");
  await writeWorkbookFile(written, buildSchedulePlan({ lines, lang: "fr", title: "Consultation test" }));
  blank = await readWorkbookFile(written);
  read = readLines(blank);
  const edits: CellEdit[] = read.map((line) => {
    const result = priceVariant(grid, line.variant);
    if (!result.ok) throw new Error(`row ${line.row}: not priceable`);
    const part = result.byVat.find((one) => one.category === line.category);
    prices.set(line.row, part?.ht ?? NaN);
    return {
      sheet: SCHEDULE_SHEET,
      cell: `${COL.priceHt}${line.row}`,
      value: numberFromScaled(part?.ht ?? NaN, 2),
    };
  });
  const bidder = { sheet: SCHEDULE_SHEET, cell: BIDDER_CELL, value: '=HYPERLINK("x")' };
  await fillWorkbookFile(written, path.join(dir, "offre.xlsx"), [...edits, bidder]);
  await fillWorkbookFile(written, path.join(dir, "partielle.xlsx"), edits.slice(1));
  const [full, part] = await recalculateMany([
    path.join(dir, "offre.xlsx"),
    path.join(dir, "partielle.xlsx"),
  ]);
  filled = full.sheet(SCHEDULE_SHEET);
  partial = part.sheet(SCHEDULE_SHEET);
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a reader finds 100 % of the lines as the variants that made them, with the category of their part", () => {
  const expected = lines.flatMap((line) =>
    variantCategories(line.variant).map((category) => ({
      variant: line.variant,
      category,
      quantity: line.quantity,
    })),
  );
  expect(read.map(({ variant, category, quantity }) => ({ variant, category, quantity }))).toEqual(expected);
  expect(read.length).toBe(10);
});

test("each line's TTC and amount are R6 and R7 to the cent", () => {
  for (const line of read) {
    const price = prices.get(line.row) as number;
    const rate = roundedScaled(line.rate, 4) as number;
    expect([line.row, cents(filled.cell(`${COL.priceTtc}${line.row}`))]).toEqual([
      line.row,
      withVat(price, rate),
    ]);
    expect([line.row, cents(filled.cell(`${COL.amountHt}${line.row}`))]).toEqual([
      line.row,
      lineAmount(line.quantity, price),
    ]);
  }
});

test("totals HT, VAT per rate and TTC are R7's (dqe) to the cent; no price is missing", () => {
  const result = dqe(
    read.map((line) => ({
      quantity: line.quantity,
      unitHt: prices.get(line.row) as number,
      vatBp: roundedScaled(line.rate, 4) as number,
    })),
  );
  const amountAt = (name: string) => {
    const ref = blank.names.find((one) => one.name === name)?.ref ?? "";
    return cents(filled.cell(splitSheetReference(ref).range.replace(/\$/g, "")));
  };
  expect(amountAt(SCHEDULE_NAMES.totalHt)).toBe(result.totalHt);
  expect(amountAt(SCHEDULE_NAMES.totalVat)).toBe(result.totalVat);
  expect(amountAt(SCHEDULE_NAMES.totalTtc)).toBe(result.totalTtc);
  const rows = filled.rows.map((_row, index) => index + 1);
  const byRate = result.byRate.map(({ rate, ht, vat }) => {
    const base = rows.find(
      (row) => filled.cell(`F${row}`) === numberFromScaled(rate, 4) && row > 18,
    ) as number;
    return {
      rate,
      ht: cents(filled.cell(`H${base}`)),
      vat: cents(filled.cell(`H${base + 1}`)),
      expected: { ht, vat },
    };
  });
  for (const one of byRate) expect({ ht: one.ht, vat: one.vat }).toEqual(one.expected);
  expect(byRate.map((one) => one.rate)).toEqual([1000, 2000]);
  expect(filled.cell(`H${missingRow(filled)}`)).toBe(0);
});

test("the parts of a split line add up to the variant's own price (R6)", () => {
  for (const line of lines) {
    const result = priceVariant(grid, line.variant);
    if (!result.ok) throw new Error("not priceable");
    const parts = read.filter(
      (one) => one.variant === line.variant || JSON.stringify(one.variant) === JSON.stringify(line.variant),
    );
    const ht = parts.reduce((sum, part) => sum + (prices.get(part.row) as number), 0);
    const ttc = parts.reduce((sum, part) => sum + cents(filled.cell(`${COL.priceTtc}${part.row}`)), 0);
    expect({ ht, ttc }).toEqual({ ht: result.ht, ttc: result.ttc });
  }
});

test("the bidder's name stays text; a blank price leaves its line blank and is counted", () => {
  expect(filled.cell(BIDDER_CELL)).toBe('=HYPERLINK("x")');
  expect(partial.cell(`${COL.amountHt}9`)).toBeNull();
  expect(partial.cell(`H${missingRow(partial)}`)).toBe(1);
});

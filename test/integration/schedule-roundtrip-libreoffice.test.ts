import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { ABSURD_UNIT_PRICE, roundedScaled } from "../../src/core/bid";
import { defaultVat } from "../../src/core/grid";
import { cents, type Cents } from "../../src/core/money";
import { numberFromScaled } from "../../src/core/money/decimal";
import { dqe, priceVariant, type DqeLine } from "../../src/core/pricing";
import {
  SCHEDULE_NAMES,
  readScheduleLines,
  variantCategories,
  type ScheduleLine,
} from "../../src/core/schedule";
import { splitSheetReference } from "../../src/core/workbook/address";
import type { CellEdit } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { checkBid } from "../../src/usecases/check-bid";
import { makeSchedule } from "../../src/usecases/make-schedule";
import { mapTender, type MappedLine } from "../../src/usecases/map-tender";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { recalculateMany, type RecalcSheet } from "../helpers/libreoffice";
import { expectValidWorkbook } from "../helpers/ooxml";
import { loadGrid, variantArbitrary } from "../unit/pricing-helpers";

// Schedules made from random sets of lines (fast-check) are read back by the tender mapping at 100 %: every row is
// mapped to exactly the variant that made it, with the VAT part its price cell asks for. Filled from the reference
// grid by the fill door (each mapped price cell, priceVariant's part), the bids check clean against their schedule
// but for the lines the grid cannot price (left blank: the missing price, nothing else), and LibreOffice's totals
// are R7's (dqe) to the cent.

const grid = loadGrid("reference");
const RATES = defaultVat();

const rawLineArbitrary = fc.record({
  variant: variantArbitrary.map((variant) => ({ ...variant, basis: "HT" as const })),
  quantity: fc.oneof(
    fc.integer({ min: 1, max: 5000 }),
    fc.integer({ min: 1, max: 400_000 }).map((thousandths) => thousandths / 1000),
  ),
  numbered: fc.boolean(),
});

/** A list of lines the schedule accepts: variants the standard refuses are dropped, numbers given to some. */
const linesArbitrary = fc.array(rawLineArbitrary, { minLength: 1, maxLength: 14 }).map((raws) =>
  raws
    .map(({ variant, quantity }) => ({ variant, quantity }))
    .filter((line) => readScheduleLines([line]).findings.length === 0)
    .map((line, index) => (raws[index]?.numbered ? { ...line, ref: `L-${index + 1}` } : line)),
);

interface Case {
  readonly lines: readonly ScheduleLine[];
  readonly blank: WorkbookSnapshot;
  readonly mapped: readonly MappedLine[];
  readonly filled: WorkbookSnapshot;
  readonly dqeLines: readonly DqeLine[];
  readonly blanks: number;
  recalculated?: RecalcSheet;
}

let dir: string;
const cases: Case[] = [];
const SAMPLES = fc.sample(
  linesArbitrary.filter((lines) => lines.length > 0),
  { numRuns: 12, seed: 20_261_129 },
);

/** The part of the variant's price the cell asks, from the grid; null when the grid cannot price the variant. */
function partPrice(line: MappedLine): Cents | null {
  const result = line.variant ? priceVariant(grid, line.variant) : null;
  if (!result?.ok) return null;
  return result.byVat.find((part) => part.category === line.priceCells[0]?.part)?.ht ?? null;
}

async function makeCase(raw: unknown, index: number): Promise<Case> {
  const made = makeSchedule({ lines: raw, lang: index % 2 === 0 ? "fr" : "en", title: `Lot ${index}` });
  if (!made.plan) throw new Error(`refused: ${JSON.stringify(made.findings)}`);
  const bytes = await writeWorkbook(made.plan);
  if (index < 2) await expectValidWorkbook(bytes, `bordereau-${index}.xlsx`);
  const blank = await readWorkbook(bytes, `bordereau-${index}.xlsx`);
  const { mapping, findings } = mapTender({ book: blank });
  if (!mapping) throw new Error(`no table in schedule ${index}: ${JSON.stringify(findings)}`);
  const edits: CellEdit[] = [];
  const dqeLines: DqeLine[] = [];
  let blanks = 0;
  for (const line of mapping.lines) {
    const price = partPrice(line);
    const category = line.priceCells[0]?.part ?? "repas";
    if (price === null) blanks += 1;
    else {
      const { sheet, cell } = line.priceCells[0];
      edits.push({ sheet, cell, value: numberFromScaled(price, 2) });
      dqeLines.push({ quantity: line.quantity as number, unitHt: price, vatBp: RATES[category] });
    }
  }
  const filled = await fillWorkbookBytes(bytes, "offre.xlsx", edits);
  const file = path.join(dir, `offre-${index}.xlsx`);
  await fs.writeFile(file, filled.data);
  return {
    lines: made.lines,
    blank,
    mapped: mapping.lines,
    filled: await readWorkbook(filled.data, `offre-${index}.xlsx`),
    dqeLines,
    blanks,
  };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "schedule-roundtrip-"));
  for (const [index, raw] of SAMPLES.entries()) cases.push(await makeCase(raw, index));
  const books = await recalculateMany(cases.map((_one, index) => path.join(dir, `offre-${index}.xlsx`)));
  books.forEach((book, index) => (cases[index].recalculated = book.sheet(book.sheetNames[0])));
}, 300_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("the samples cover split lines, lines billed alone, fractional quantities and unpriceable lines", () => {
  const all = cases.flatMap((one) => one.lines);
  expect(all.some((line) => variantCategories(line.variant).length > 1)).toBe(true);
  expect(all.some((line) => line.variant.extras.length === 0 && line.variant.guests === undefined)).toBe(
    true,
  );
  expect(all.some((line) => !Number.isInteger(line.quantity))).toBe(true);
  expect(cases.some((one) => one.blanks > 0)).toBe(true);
  expect(all.length).toBeGreaterThan(40);
});

test("the mapping reads 100 % of each schedule's rows as the variant that made them, part by part", () => {
  for (const one of cases) {
    const expected = one.lines.flatMap((line) =>
      variantCategories(line.variant).map((category) => ({
        status: "mapped",
        variant: line.variant,
        part: category,
        quantity: line.quantity,
      })),
    );
    const read = one.mapped.map((line) => ({
      status: line.status,
      variant: line.variant,
      part: line.priceCells[0]?.part,
      quantity: line.quantity,
    }));
    expect(read).toEqual(expected);
    expect(one.mapped.every((line) => line.priceCells.length === 1)).toBe(true);
  }
});

test("each filled bid checks clean against its schedule with the grid, but for the prices the grid lacks", () => {
  for (const one of cases) {
    const result = checkBid({ original: one.blank, bid: one.filled, grid });
    if (result.kind !== "checked") throw new Error("unusable");
    // A flat price for a large event may pass 10 000 € a unit: the core's warning then, and only then.
    const absurd = result.findings.filter((finding) => finding.code === "bid.price.absurd");
    for (const finding of absurd) expect(finding.params?.price).toBeGreaterThan(ABSURD_UNIT_PRICE);
    expect(result.findings.filter((finding) => !absurd.includes(finding)).map((f) => f.code)).toEqual(
      Array.from({ length: one.blanks }, () => "bid.price.missing"),
    );
    expect(result.gridLines).toBe(one.mapped.length - one.blanks);
  }
});

test("LibreOffice's totals HT, VAT and TTC are R7's (dqe) to the cent; blank prices are counted", () => {
  const centsOf = (value: unknown) => {
    if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
    return cents(roundedScaled(value, 2) as number);
  };
  for (const one of cases) {
    const sheet = one.recalculated as RecalcSheet;
    const at = (name: string) => {
      const ref = one.blank.names.find((item) => item.name === name)?.ref ?? "";
      return splitSheetReference(ref).range.replace(/\$/g, "");
    };
    const expected = dqe(one.dqeLines);
    expect({
      ht: centsOf(sheet.cell(at(SCHEDULE_NAMES.totalHt))),
      vat: centsOf(sheet.cell(at(SCHEDULE_NAMES.totalVat))),
      ttc: centsOf(sheet.cell(at(SCHEDULE_NAMES.totalTtc))),
    }).toEqual({ ht: expected.totalHt, vat: expected.totalVat, ttc: expected.totalTtc });
    const totalRow = Number(/\d+$/.exec(at(SCHEDULE_NAMES.totalTtc))?.[0]);
    expect(sheet.cell(`H${totalRow + 1}`)).toBe(one.blanks);
  }
});

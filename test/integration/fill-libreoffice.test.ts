import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { basisPoints, cents, type Cents } from "../../src/core/money";
import { dqe, type DqeLine } from "../../src/core/pricing";
import { buildSchedulePlan, SCHEDULE_NAMES } from "../../src/core/schedule";
import { columnLetters, splitSheetReference } from "../../src/core/workbook/address";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { fillTender, type TenderFill } from "../../src/usecases/fill-tender";
import type { TenderMapping } from "../../src/usecases/map-tender";
import { applyFillPlan } from "../../src/xlsx/fill";
import { dropFormulaResults } from "../../src/xlsx/formula-results";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { readTender, sampleGrid, tenderFile } from "../helpers/fill-fixtures";
import { recalculateMany, resave, type RecalcBook } from "../helpers/libreoffice";
import { expectValidWorkbook } from "../helpers/ooxml";
import { cellAt, sheetNamed } from "../helpers/snapshot";
import { TENDER_NAMES } from "../helpers/tender-expectations";
import { ALL_VARIANTS, rewriteXlsx } from "../helpers/xlsx-variants";
import { entriesOf } from "../unit/xlsx-package";
import { sampleLines } from "../unit/schedule-helpers";

// The three public tenders and a buyer's standard schedule answered from the reference grid, then opened by
// LibreOffice with recalculation forced: the prices are those of the report, the DQE totals those of R7 (dqe()),
// and nothing but the price cells changed (and the results the formulas had saved from the old prices, dropped).
// Opened by LibreOffice as a user has it (no recalculation forced), every formula shows the same figures. The same tenders saved by LibreOffice, or written as other programs
// write them, read and fill the same.

interface Case {
  readonly name: string;
  readonly input: Uint8Array;
  readonly book: WorkbookSnapshot;
  readonly mapping: TenderMapping;
  readonly fill: TenderFill;
  readonly output: Uint8Array;
  readonly file: string;
}

const grid = sampleGrid("reference");
let dir = "";
const cases = new Map<string, Case>();
let recalculated = new Map<string, RecalcBook>();
let asOpened = new Map<string, RecalcBook>();

async function answer(name: string, input: Uint8Array): Promise<Case> {
  const { book, mapping } = await readTender(input, `${name}.xlsx`);
  const fill = fillTender({ book, mapping, grid });
  const { data } = await applyFillPlan(input, `${name}.xlsx`, fill.plan);
  const file = path.join(dir, `rempli-${name}.xlsx`);
  await fs.writeFile(file, data);
  return { name, input, book, mapping, fill, output: data, file };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-fill-lo-"));
  for (const name of TENDER_NAMES)
    cases.set(name, await answer(name, new Uint8Array(await fs.readFile(tenderFile(name)))));
  const schedule = await writeWorkbook(buildSchedulePlan({ lines: sampleLines(), lang: "fr" }));
  cases.set("schedule", await answer("schedule", schedule));
  const files = [...cases.values()].map((one) => one.file);
  const books = await recalculateMany(files);
  recalculated = new Map([...cases.keys()].map((name, index) => [name, books[index]]));
  const opened = await recalculateMany(files, { asOpened: true });
  asOpened = new Map([...cases.keys()].map((name, index) => [name, opened[index]]));
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function get(name: string): Case {
  const found = cases.get(name);
  if (!found) throw new Error(name);
  return found;
}

/** LibreOffice's euros (15 significant digits) to cents, compared at the cent. */
function centsOf(value: unknown): Cents {
  if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
  return cents(Math.round(value * 100));
}

function numberIn(book: WorkbookSnapshot, sheet: string, a1: string): number {
  const value = cellAt(sheetNamed(book, sheet), a1).value;
  if (value.type !== "number") throw new Error(`${sheet}!${a1} holds no number`);
  return value.value;
}

describe.each([...TENDER_NAMES, "schedule"])("%s answered from the reference grid", (name) => {
  test("LibreOffice reads back every price the report gives, in its cell", () => {
    const { fill } = get(name);
    const sheet = recalculated.get(name)?.sheet(fill.report.sheet);
    const cells = fill.report.filled.flatMap((line) => line.cells);
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells)
      expect([cell.cell, centsOf(sheet?.cell(cell.cell))]).toEqual([cell.cell, cell.amount]);
  });

  test("only the price cells changed: values, formulas and styles of every other cell, every other zip entry", async () => {
    const { input, output, book, fill } = get(name);
    const after = await readWorkbook(output, `${name}.xlsx`);
    const targets = new Set(fill.plan.edits.map((edit) => `${edit.sheet}!${edit.cell}`));
    for (const sheet of book.sheets) {
      const out = sheetNamed(after, sheet.name);
      expect([out.merges, out.hiddenRows, out.hiddenColumns, out.protected, out.visibility]).toEqual([
        sheet.merges,
        sheet.hiddenRows,
        sheet.hiddenColumns,
        sheet.protected,
        sheet.visibility,
      ]);
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const a1 = `${columnLetters(sheet.range.column + c)}${sheet.range.row + r + 1}`;
          const now = cellAt(out, a1);
          const style = (one: typeof cell) => [one.numberFormat, one.fill, one.locked, one.formula];
          if (targets.has(`${sheet.name}!${a1}`)) expect(style(now)).toEqual(style(cell));
          // A formula of a sheet the prices feed keeps everything but the result it had saved.
          else if (cell.formula !== undefined && fill.plan.recalculate.includes(sheet.name))
            expect([a1, now]).toEqual([a1, { ...cell, value: { type: "empty" } }]);
          else expect([a1, now]).toEqual([a1, cell]);
        }),
      );
    }
    expect(after.names).toEqual(book.names);
    const before = await entriesOf(input);
    const entries = await entriesOf(output);
    expect([...entries.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter(
      (part) => !Buffer.from(before.get(part) ?? []).equals(Buffer.from(entries.get(part) ?? [])),
    );
    expect(
      changed.filter((part) => part !== "xl/workbook.xml" && !/^xl\/worksheets\/sheet\d+\.xml$/.test(part)),
    ).toEqual([]);
    // In the sheet's XML, every <c> but the targets keeps its bytes, style index included; targets keep their style.
    for (const part of changed.filter((one) => one.startsWith("xl/worksheets/"))) {
      const xml = (map: Map<string, Uint8Array>) => Buffer.from(map.get(part) ?? []).toString("utf8");
      const cellsOf = (text: string) =>
        new Map(
          [...text.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m]),
        );
      const was = cellsOf(dropFormulaResults(xml(before)));
      const now = cellsOf(xml(entries));
      for (const [ref, match] of was) {
        const target = [...targets].some((one) => one.endsWith(`!${ref}`));
        if (target)
          expect(/\ss="(\d+)"/.exec(now.get(ref)?.[2] ?? "")?.[1]).toBe(/\ss="(\d+)"/.exec(match[2])?.[1]);
        else expect(now.get(ref)?.[0]).toBe(match[0]);
      }
    }
    await expectValidWorkbook(output, `rempli-${name}.xlsx`);
  });

  test("opened by LibreOffice as a user has it, every formula shows the new prices' figures, as recalculated", () => {
    const { fill, book } = get(name);
    expect(fill.plan.recalculate).toContain(fill.report.sheet);
    for (const sheet of book.sheets) {
      const opened = asOpened.get(name)?.sheet(sheet.name);
      const computed = recalculated.get(name)?.sheet(sheet.name);
      expect([sheet.name, opened?.rows]).toEqual([sheet.name, computed?.rows]);
    }
  });

  test("the same fill twice gives the same bytes; the input is never modified", async () => {
    const { input, output, mapping, book } = get(name);
    const hash = sha256(input);
    const again = await applyFillPlan(input, `${name}.xlsx`, fillTender({ book, mapping, grid }).plan);
    expect(Buffer.from(again.data).equals(Buffer.from(output))).toBe(true);
    expect(sha256(input)).toBe(hash);
    if (name !== "schedule") expect(sha256(new Uint8Array(await fs.readFile(tenderFile(name))))).toBe(hash);
  });
});

/** The DQE lines of the filled prices: quantity × unit price HT at the line's rate (R7). */
function dqeLines(
  fill: TenderFill,
  quantityOf: (row: number) => number,
  rateOf: (row: number) => number,
): DqeLine[] {
  return fill.report.filled.map((line) => ({
    quantity: quantityOf(line.row),
    unitHt: line.cells[0].amount,
    vatBp: basisPoints(Math.round(rateOf(line.row) * 10_000)),
  }));
}

describe("DQE totals recalculated by LibreOffice are R7's", () => {
  test("t-departement: the total HT of the DQE on the same sheet", () => {
    const { book, fill, mapping } = get("t-departement");
    const sheet = mapping.sheet;
    expect(cellAt(sheetNamed(book, sheet), "H46").formula).toBe("=SUM(H15:H44)");
    const quantity = mapping.columns.quantity ?? "?";
    const lines = dqeLines(
      fill,
      (row) => numberIn(book, sheet, `${quantity}${row}`),
      (row) => numberIn(book, sheet, `E${row}`),
    );
    const total = dqe(lines).totalHt;
    expect(total).toBeGreaterThan(0);
    expect(centsOf(recalculated.get("t-departement")?.sheet(sheet).cell("H46"))).toBe(total);
  });

  test("t-etablissement: the DQE sheet, whose prices are formulas on the BPU", () => {
    const { book, fill } = get("t-etablissement");
    const dqeSheet = sheetNamed(book, "DQE");
    expect(cellAt(dqeSheet, "F21").formula).toBe("=SUM(F6:F19)");
    const quantities = new Map<number, number>();
    for (let row = 1; row <= dqeSheet.range.rowCount; row++) {
      const link = /^=BPU!E(\d+)$/.exec(cellAt(dqeSheet, `E${row}`).formula ?? "");
      if (link) quantities.set(Number(link[1]), numberIn(book, "DQE", `D${row}`));
    }
    const lines = dqeLines(
      fill,
      (row) => quantities.get(row) ?? Number.NaN,
      () => 0.1,
    );
    expect(centsOf(recalculated.get("t-etablissement")?.sheet("DQE").cell("F21"))).toBe(dqe(lines).totalHt);
  });

  test("a standard schedule: total HT, VAT per rate on the totals and total TTC", () => {
    const { book, fill, mapping } = get("schedule");
    const quantity = mapping.columns.quantity ?? "?";
    const lines = fill.report.filled.map((line) => ({
      quantity: numberIn(book, mapping.sheet, `${quantity}${line.row}`),
      unitHt: line.cells[0].amount,
      vatBp: basisPoints(Math.round(numberIn(book, mapping.sheet, `F${line.row}`) * 10_000)),
    }));
    const want = dqe(lines);
    const named = (name: string) => {
      const ref = book.names.find((one) => one.name === name)?.ref ?? "";
      const { sheet, range } = splitSheetReference(ref);
      return centsOf(
        recalculated
          .get("schedule")
          ?.sheet(sheet ?? "")
          .cell(range.replace(/\$/g, "")),
      );
    };
    expect([
      named(SCHEDULE_NAMES.totalHt),
      named(SCHEDULE_NAMES.totalVat),
      named(SCHEDULE_NAMES.totalTtc),
    ]).toEqual([want.totalHt, want.totalVat, want.totalTtc]);
  });
});

describe.each(TENDER_NAMES)("%s as other programs store it", (name) => {
  /** What the reading and the fill say, without the file's name. */
  const gist = (one: Pick<Case, "mapping" | "fill">) => ({
    sheet: one.mapping.sheet,
    lines: one.mapping.lines.map((line) => [
      line.row,
      line.status,
      line.variant && JSON.stringify(line.variant),
    ]),
    edits: one.fill.plan.edits,
    left: one.fill.report.left.map((line) => [line.row, line.why.kind]),
  });

  test("saved again by LibreOffice, and rewritten in every spelling of the XML: same reading, same fill", async () => {
    const original = get(name);
    const resaved = path.join(dir, `lo-${name}.xlsx`);
    await resave(tenderFile(name), resaved);
    const inputs: [string, Uint8Array][] = [
      ["libreoffice", new Uint8Array(await fs.readFile(resaved))],
      ["rewritten", await rewriteXlsx(original.input, ALL_VARIANTS)],
    ];
    for (const [how, input] of inputs) {
      const other = await answer(`${name}-${how}`, input);
      expect([how, gist(other)]).toEqual([how, gist(original)]);
      const back = await readWorkbook(other.output, other.file);
      for (const edit of other.fill.plan.edits)
        expect([how, edit.cell, cellAt(sheetNamed(back, edit.sheet), edit.cell).value]).toEqual([
          how,
          edit.cell,
          { type: "number", value: edit.value },
        ]);
    }
    await expectValidWorkbook(
      new Uint8Array(await fs.readFile(path.join(dir, `rempli-${name}-libreoffice.xlsx`))),
    );
  }, 120_000);
});

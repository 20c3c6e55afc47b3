import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CellEdit } from "../../src/core/workbook/plan";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import { dropFormulaResults } from "../../src/xlsx/formula-results";
import { fillWorkbookFile, readWorkbookFile } from "../../src/xlsx/node-files";
import { recalculateMany, resave, type RecalcBook } from "../helpers/libreoffice";
import { entriesOf } from "../unit/xlsx-package";
import { cellAt } from "../helpers/snapshot";

const SHARED = path.resolve(__dirname, "../../../shared");

interface ExpectedTender {
  readonly sheet: string;
  readonly price_columns: Readonly<Record<string, string>>;
  readonly lines: readonly { row: number; ref: string }[];
}

interface Case {
  readonly name: string;
  readonly source: string;
  readonly expected: ExpectedTender;
  readonly input: string;
  readonly output: string;
  readonly prices: Map<number, number>;
}

function numberAt(sheet: SheetSnapshot, a1: string): number {
  const value = cellAt(sheet, a1).value;
  if (value.type !== "number") throw new Error(`${a1} is not a number`);
  return value.value;
}

/** Euros from LibreOffice (15 significant digits) to integer cents. */
function cents(value: unknown): number {
  if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
  return Math.round(value * 100);
}

/** A distinct price per line, in cents, with half cents impossible by construction. */
function priceFor(row: number): number {
  return 1000 + row * 137;
}

let dir: string;
const cases: Case[] = [];
let books: RecalcBook[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-fill-lo-"));
  const sources: [string, string, string][] = [
    ["t-mairie", "t-mairie.xlsx", "t-mairie"],
    ["t-departement", "t-departement.xlsx", "t-departement"],
    ["t-etablissement", "t-etablissement.xlsx", "t-etablissement"],
    ["t-departement saved by LibreOffice", "lo-departement.xlsx", "t-departement"],
  ];
  for (const [name, file, expectedName] of sources) {
    const input = path.join(dir, file);
    if (file.startsWith("lo-")) await resave(path.join(SHARED, "fixtures/tenders/t-departement.xlsx"), input);
    else await fs.copyFile(path.join(SHARED, "fixtures/tenders", file), input);
    const expected = JSON.parse(
      await fs.readFile(path.join(SHARED, "fixtures/tenders", `${expectedName}.expected.json`), "utf8"),
    ) as ExpectedTender;
    const prices = new Map(expected.lines.map((line) => [line.row, priceFor(line.row)]));
    cases.push({ name, source: file, expected, input, output: path.join(dir, `filled-${file}`), prices });
  }
  for (const c of cases) {
    const column = Object.values(c.expected.price_columns)[0];
    const edits: CellEdit[] = [...c.prices].map(([row, price]) => ({
      sheet: c.expected.sheet,
      cell: `${column}${row}`,
      value: price / 100,
    }));
    const { report } = await fillWorkbookFile(c.input, c.output, edits);
    expect(report.refused).toEqual([]);
  }
  books = await recalculateMany(cases.map((c) => c.output));
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("filled tenders, recalculated by LibreOffice", () => {
  test.each([0, 1, 2, 3])(
    "case %i: untouched parts byte-identical, structure kept, refs stay text",
    async (index) => {
      const c = cases[index];
      const before = await entriesOf(new Uint8Array(await fs.readFile(c.input)));
      const after = await entriesOf(new Uint8Array(await fs.readFile(c.output)));
      expect([...after.keys()]).toEqual([...before.keys()]);
      const changed = [...before.keys()].filter(
        (p) => !Buffer.from(before.get(p) ?? []).equals(Buffer.from(after.get(p) ?? [])),
      );
      expect(
        changed.filter((p) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(p) && p !== "xl/workbook.xml"),
      ).toEqual([]);
      const priceColumn = Object.values(c.expected.price_columns)[0];
      const targets = new Set([...c.prices.keys()].map((row) => `${priceColumn}${row}`));
      for (const part of changed.filter((p) => p.startsWith("xl/worksheets/"))) {
        const text = (entries: Map<string, Uint8Array>) =>
          Buffer.from(entries.get(part) ?? []).toString("utf8");
        // Outside sheetData (validations, merges, protection, columns, print setup…) nothing moved.
        const frame = (xml: string) =>
          xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension [^>]*\/>/, "");
        expect(frame(text(after))).toBe(frame(text(before)));
        expect(frame(text(before))).toMatch(/<sheetProtection /);
        // Every cell but the targets is byte-identical but for the results its formula saved from the old prices.
        const cells = (xml: string) =>
          [...xml.matchAll(/<c r="([A-Z]+\d+)"(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/c>)/g)]
            .filter((match) => !targets.has(match[1]))
            .map((match) => match[0]);
        expect(cells(text(after))).toEqual(cells(dropFormulaResults(text(before))));
        expect(cells(text(before)).length).toBeGreaterThan(100);
      }
      const inBook = await readWorkbookFile(c.input);
      const outBook = await readWorkbookFile(c.output);
      for (const sheet of inBook.sheets) {
        const out = outBook.sheets.find((s) => s.name === sheet.name);
        expect(out?.merges).toEqual(sheet.merges);
        expect(out?.protected).toBe(sheet.protected);
        expect(out?.hiddenColumns).toEqual(sheet.hiddenColumns);
        expect(out?.cells.map((r) => r.map((cell) => cell.locked))).toEqual(
          sheet.cells.map((r) => r.map((cell) => cell.locked)),
        );
      }
      const book = books[index];
      const recalculated = book.sheet(c.expected.sheet);
      const column = Object.values(c.expected.price_columns)[0];
      for (const line of c.expected.lines) {
        expect(recalculated.cell(`A${line.row}`)).toBe(line.ref);
        expect(cents(recalculated.cell(`${column}${line.row}`))).toBe(c.prices.get(line.row));
      }
    },
  );

  test.each([1, 3])(
    "case %i (t-departement): TTC, amounts and totals recomputed from the new prices",
    async (index) => {
      const c = cases[index];
      const snapshot = (await readWorkbookFile(c.output)).sheets[0];
      const sheet = books[index].sheet("BPU-DQE");
      let totalHt = 0;
      let totalTtc = 0;
      for (const [row, price] of c.prices) {
        const quantity = numberAt(snapshot, `G${row}`);
        const vatBasisPoints = Math.round(numberAt(snapshot, `E${row}`) * 10_000);
        const ttc = Math.floor((price * (10_000 + vatBasisPoints) + 5_000) / 10_000);
        expect(cents(sheet.cell(`F${row}`))).toBe(ttc);
        expect(cents(sheet.cell(`H${row}`))).toBe(quantity * price);
        expect(cents(sheet.cell(`I${row}`))).toBe(quantity * ttc);
        totalHt += quantity * price;
        totalTtc += quantity * ttc;
      }
      expect(totalHt).toBeGreaterThan(0);
      expect(cents(sheet.cell("H46"))).toBe(totalHt);
      expect(cents(sheet.cell("I47"))).toBe(totalTtc);
      expect(cents(sheet.cell("I48"))).toBe(totalTtc - totalHt);
    },
  );

  test("t-etablissement: the DQE sheet's prices and amounts follow the BPU", async () => {
    const c = cases[2];
    const dqeSnapshot = (await readWorkbookFile(c.output)).sheets.find((s) => s.name === "DQE");
    if (!dqeSnapshot) throw new Error("no DQE");
    const dqe = books[2].sheet("DQE");
    let total = 0;
    let lines = 0;
    for (
      let row = dqeSnapshot.range.row + 1;
      row <= dqeSnapshot.range.row + dqeSnapshot.range.rowCount;
      row++
    ) {
      const link = /^=BPU!E(\d+)$/.exec(cellAt(dqeSnapshot, `E${row}`).formula ?? "");
      if (!link) continue;
      const price = c.prices.get(Number(link[1]));
      if (price === undefined) throw new Error(`DQE row ${row} points at an unpriced BPU row ${link[1]}`);
      const quantity = numberAt(dqeSnapshot, `D${row}`);
      expect(cents(dqe.cell(`E${row}`))).toBe(price);
      expect(cents(dqe.cell(`F${row}`))).toBe(quantity * price);
      total += quantity * price;
      lines++;
    }
    expect(lines).toBe(c.expected.lines.length);
    expect(cents(dqe.cell("F21"))).toBe(total);
  });
});

import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sampleGrids } from "../../src/cli/demo/sample-grids";
import { REGISTER_SHEETS, registerNames, type Collection } from "../../src/core/collection";
import { cents } from "../../src/core/money";
import { quartileInc, sortedCents } from "../../src/core/observatory";
import { columnLetters, type CellPlan, type WorkbookPlan } from "../../src/core/workbook";
import { t, type Lang } from "../../src/i18n";
import { collectGrids, collectJson, readReturnedGrid, registerPlan } from "../../src/usecases/collect-grids";
import { writeWorkbook } from "../../src/xlsx/write";
import { recalculateMany, type RecalcBook } from "../helpers/libreoffice";
import { expectValidWorkbook } from "../helpers/ooxml";

// The register workbook passes the OOXML schemas and Excel's unwritten rules (new file, English, and under the
// names left free in a workbook that already has the register's), LibreOffice opens it, its insertion formulas
// recalculate to the core's totals, and its observatory figures are the JSON's. LibreOffice's QUARTILE.INC agrees
// with ours at the cent on random lists, half cents included.

const TODAY = "2026-12-01";
let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-register-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function sampleCollection(count: number): Collection {
  const samples = sampleGrids({
    count,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 6,
  });
  const grids = samples.map(({ name, json }, index) => {
    // One company name a spreadsheet would take for a formula: it must stay text.
    const value =
      index === 0
        ? { ...json, entreprise: { ...(json.entreprise as object), raison_sociale: "=1+1" } }
        : json;
    return readReturnedGrid({ kind: "json", file: `${name}.json`, value }, { today: TODAY });
  });
  return collectGrids(grids, { today: TODAY });
}

function cellsOf(plan: WorkbookPlan, sheet: string): readonly CellPlan[] {
  const found = plan.sheets.find((one) => one.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.cells;
}

describe("the register workbook", () => {
  const collection = sampleCollection(40);
  const books: { lang: Lang; plan: WorkbookPlan; file: string }[] = [];
  let recalculated: RecalcBook[] = [];

  beforeAll(async () => {
    for (const lang of ["fr", "en"] as const) {
      const plan = registerPlan(collection, { lang });
      const file = path.join(dir, `registre-${lang}.xlsx`);
      await fs.writeFile(file, await writeWorkbook(plan));
      books.push({ lang, plan, file });
    }
    recalculated = await recalculateMany(books.map((book) => book.file));
  }, 240_000);

  test("passes the schemas and Excel's rules, in French, in English, and beside an existing register", async () => {
    for (const book of books)
      await expectValidWorkbook(await fs.readFile(book.file), path.basename(book.file));
    const first = registerNames("fr");
    const taken = { sheets: Object.values(first.sheets), names: Object.values(first.tables) };
    const beside = registerPlan(collection, { lang: "fr", taken });
    expect(beside.sheets.map((sheet) => sheet.name)).toEqual(
      REGISTER_SHEETS.map((sheet) => `${first.sheets[sheet]} (2)`),
    );
    await expectValidWorkbook(await writeWorkbook(beside), "registre-2.xlsx");
  });

  test("LibreOffice recalculates the insertion sheet to the core's totals", () => {
    books.forEach((book, index) => {
      const sheet = recalculated[index].sheet(registerNames(book.lang).sheets.insertion);
      const rows = sheet.rows;
      const find = (label: string, after = 0) => rows.findIndex((row, at) => at >= after && row[0] === label);
      const { insertion } = collection;
      for (const group of insertion.byType) {
        const row = find(group.group) + 1;
        expect([sheet.cell(`B${row}`), sheet.cell(`C${row}`)]).toEqual([group.structures, group.hours]);
      }
      const total = find(t(book.lang, "collect.insertion.total")) + 1;
      expect([sheet.cell(`B${total}`), sheet.cell(`C${total}`)]).toEqual([
        insertion.total.structures,
        insertion.total.hours,
      ]);
      for (const group of insertion.byDepartment) {
        const row = find(group.group, total) + 1;
        expect([sheet.cell(`B${row}`), sheet.cell(`C${row}`)]).toEqual([group.structures, group.hours]);
      }
      expect(insertion.byDepartment.length).toBeGreaterThan(2);
    });
  });

  test("the observatory's figures are the JSON's, withheld ones empty; grid texts stay text", () => {
    const json = collectJson(collection);
    books.forEach((book, index) => {
      const names = registerNames(book.lang);
      const sheet = recalculated[index].sheet(names.sheets.observatory);
      for (const line of json.lines) {
        const row = sheet.rows.findIndex((cells) => cells[7] === line.id) + 1;
        expect(row).toBeGreaterThan(0);
        expect([
          sheet.cell(`C${row}`),
          sheet.cell(`D${row}`),
          sheet.cell(`E${row}`),
          sheet.cell(`F${row}`),
        ]).toEqual([line.count, line.q1, line.median, line.q3]);
      }
      expect(json.lines.some((line) => line.median !== null)).toBe(true);
      const grids = recalculated[index].sheet(names.sheets.grids);
      expect(grids.cell("B2")).toBe("=1+1");
      expect(cellsOf(book.plan, names.sheets.grids).find((cell) => cell.cell === "B2")?.write).toEqual({
        kind: "text",
        value: "=1+1",
      });
    });
  });
});

test("LibreOffice's QUARTILE.INC, rounded to the cent, equals ours on random lists", async () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lists = Array.from({ length: 60 }, (_, index) => {
    const length = 5 + (index % 17);
    // Half the lists are consecutive cents, where quarter positions fall on half cents and rounding matters.
    const base = 500 + Math.floor(random() * 5000);
    return Array.from({ length }, (_, i) =>
      index % 2 === 0 ? base + i : base + Math.floor(random() * 3000),
    );
  });
  const cells: CellPlan[] = [];
  lists.forEach((values, column) => {
    const col = columnLetters(column);
    values.forEach((value, row) =>
      cells.push({ cell: `${col}${row + 5}`, write: { kind: "number", value: value / 100 } }),
    );
    [1, 2, 3].forEach((k, row) =>
      cells.push({
        cell: `${col}${row + 1}`,
        write: {
          kind: "formula",
          formula: `=ROUND(QUARTILE.INC(${col}5:${col}${values.length + 4},${k}),2)`,
        },
      }),
    );
  });
  const file = path.join(dir, "quartiles.xlsx");
  await fs.writeFile(file, await writeWorkbook({ sheets: [{ name: "Q", cells }], styles: {} }));
  const [book] = await recalculateMany([file]);
  const sheet = book.sheet("Q");
  lists.forEach((values, column) => {
    const sorted = sortedCents(values.map((value) => cents(value)));
    const col = columnLetters(column);
    [1, 2, 3].forEach((k, row) => {
      const ours = quartileInc(sorted, k as 1 | 2 | 3).cents / 100;
      expect({ list: column, k, value: sheet.cell(`${col}${row + 1}`) }).toEqual({
        list: column,
        k,
        value: ours,
      });
    });
  });
}, 240_000);

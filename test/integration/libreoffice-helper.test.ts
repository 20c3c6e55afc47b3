import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { recalculate, recalculateMany, resave } from "../helpers/libreoffice";
import { miniXlsx } from "../helpers/mini-xlsx";

const SHARED = path.resolve(__dirname, "../../../shared");

describe("LibreOffice recalculation helper", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-lo-test-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("recalculates formulas whose cached values are stale, with Excel's ROUND on half cents", async () => {
    const file = path.join(dir, "stale.xlsx");
    const cells = {
      A1: 22.25,
      A2: 1.1,
      A3: { formula: "ROUND(A1*A2,2)", cached: 999 },
      B1: { formula: "ROUND(1.005,2)", cached: 0 },
      B2: { formula: "ROUND(-0.285,2)" },
      C1: "1.1",
      D1: { formula: "Prix*2" },
    };
    await fs.writeFile(file, await miniXlsx(cells, { Prix: "Feuil1!$A$1" }));
    const sheet = (await recalculate(file)).sheet("Feuil1");
    expect(sheet.cell("A3")).toBe(24.48);
    expect(sheet.cell("B1")).toBe(1.01);
    expect(sheet.cell("B2")).toBe(-0.29);
    expect(sheet.cell("C1")).toBe("1.1");
    expect(sheet.cell("D1")).toBe(44.5);
    expect(sheet.cell("Z99")).toBeNull();
  });

  it("reads every sheet of several buyers' workbooks in one run", async () => {
    const expected = JSON.parse(
      await fs.readFile(path.join(SHARED, "fixtures/bids/expected-comparison.json"), "utf8"),
    ) as { bids: { file: string; total_ht: number | null }[] };
    const complete = expected.bids.filter((bid) => bid.total_ht !== null);
    const books = await recalculateMany(complete.map((bid) => path.join(SHARED, "fixtures/bids", bid.file)));
    books.forEach((book, index) => {
      const sheet = book.sheet("BPU-DQE");
      const totalRow = sheet.rows.find((row) => row[0]?.startsWith("MONTANT TOTAL HT"));
      const total = totalRow?.map(Number).find((value) => value > 0);
      expect(total).toBeCloseTo(complete[index].total_ht as number, 2);
    });
  });

  it("re-saves a workbook as LibreOffice users do, keeping values and formulas", async () => {
    const source = path.join(dir, "source.xlsx");
    const saved = path.join(dir, "saved.xlsx");
    await fs.writeFile(
      source,
      await miniXlsx({ A1: 12.5, A2: { formula: "A1*4" }, B1: "Cocktail 8 pièces" }),
    );
    await resave(source, saved);
    expect((await fs.readFile(saved)).subarray(0, 2).toString()).toBe("PK");
    const sheet = (await recalculate(saved)).sheet("Feuil1");
    expect(sheet.cell("A2")).toBe(50);
    expect(sheet.cell("B1")).toBe("Cocktail 8 pièces");
  });
});

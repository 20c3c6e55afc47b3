import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx/node-files";
import { recalculateMany, resave, type RecalcBook } from "../helpers/libreoffice";
import { entryText } from "../unit/xlsx-package";
import { FULL_PLAN } from "../unit/xlsx-plans";

/** n / d rounded half away from zero, for positive integers (Excel's ROUND on exact values). */
function divRound(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

function cents(value: unknown): number {
  if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
  return Math.round(value * 100);
}

let dir: string;
let written: string;
let resaved: string;
let recalculated: RecalcBook;
let mine: WorkbookSnapshot;
let theirs: WorkbookSnapshot;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-write-lo-"));
  written = path.join(dir, "plan.xlsx");
  resaved = path.join(dir, "resaved.xlsx");
  await writeWorkbookFile(written, FULL_PLAN);
  [recalculated] = await recalculateMany([written]);
  await resave(written, resaved);
  mine = await readWorkbookFile(written);
  theirs = await readWorkbookFile(resaved);
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a workbook written from a plan, opened by LibreOffice", () => {
  test("formulas recalculate to the expected amounts; texts stay texts", () => {
    const bpu = recalculated.sheet("BPU");
    // C4 = 22.25, D4 = 10 %: ROUND(22.25 × 1.1, 2) = 24.475 → 24.48 (half away from zero).
    expect(cents(bpu.cell("E4"))).toBe(divRound(2225 * 11_000, 10_000));
    // C5 = 1.005 (in thousandths: 1005), D5 = 5.5 %: 1.060275 → 1.06.
    expect(cents(bpu.cell("E5"))).toBe(divRound(1005 * 10_550, 10 * 10_000));
    expect(cents(bpu.cell("G4"))).toBe(2225 * 12);
    expect(cents(bpu.cell("G5"))).toBe((1005 * 300) / 10);
    expect(cents(bpu.cell("G6"))).toBe(2225 * 12 + (1005 * 300) / 10);
    expect(cents(recalculated.sheet("Comparaison des offres").cell("B4"))).toBe(cents(bpu.cell("G6")));
    expect(bpu.cell("A4")).toBe("1.1");
    expect(bpu.cell("B4")).toBe("=pas une formule");
    expect(bpu.cell("H4")).toBe(true);
    expect([...recalculated.sheetNames].sort()).toEqual([
      "BPU",
      "Comparaison des offres",
      "Interne",
      "Listes",
    ]);
  });

  test("after LibreOffice saves it again, structure, locks and names are still there", () => {
    for (const sheet of mine.sheets) {
      const again = theirs.sheets.find((s) => s.name === sheet.name);
      // LibreOffice has no "very hidden": it saves such a sheet as hidden.
      expect(again?.visibility).toBe(sheet.visibility === "veryHidden" ? "hidden" : sheet.visibility);
      expect(again?.merges).toEqual(sheet.merges);
      expect(again?.protected).toBe(sheet.protected);
      expect(again?.hiddenColumns).toEqual(sheet.hiddenColumns);
      expect(again?.hiddenRows).toEqual(sheet.hiddenRows);
    }
    const bpuMine = mine.sheets[0];
    const bpuTheirs = theirs.sheets[0];
    const unlocked = (book: typeof bpuMine) =>
      book.cells.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          cell.locked === false ? [`${r + book.range.row},${c + book.range.column}`] : [],
        ),
      );
    expect(unlocked(bpuTheirs)).toEqual(expect.arrayContaining(unlocked(bpuMine)));
    expect(unlocked(bpuMine).length).toBeGreaterThan(0);
    const scoped = (names: WorkbookSnapshot["names"]) =>
      names.map((name) => `${name.sheet ?? ""}!${name.name}=${name.ref}`).sort();
    expect(scoped(theirs.names)).toEqual(scoped(mine.names));
  });

  test("after LibreOffice saves it again, validations, conditional formats, table and chart are still there", async () => {
    const data = new Uint8Array(await fs.readFile(resaved));
    const bpu = await entryText(data, "xl/worksheets/sheet1.xml");
    for (const type of ["decimal", "whole", "textLength", "list", "custom"])
      expect(bpu).toContain(`type="${type}"`);
    expect(bpu).toContain('prompt="Prix HT en euros"');
    expect(bpu).toContain("Un montant entre 0 et 10 000 €");
    expect(bpu).toContain('type="cellIs"');
    expect(bpu).toContain("<colorScale>");
    expect(bpu).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/);
    const comparison = await entryText(data, "xl/worksheets/sheet2.xml");
    expect(comparison).toContain("<tablePart ");
    expect(comparison).toContain("<drawing ");
  });
});

import { findingMessage } from "../../src/core/finding-message";
import { createExcelHost } from "../../src/excel";
import { fillTender } from "../../src/usecases/fill-tender";
import { saveMyGrid, type KeyValueStore } from "../../src/usecases/my-grid";
import { checkOpenReady, fillOpenTender, readOpenTender } from "../../src/taskpane/actions/answerTender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import type { Lang } from "../../src/i18n";
import { cellAt, createFakeExcel, findSheet } from "../fakes/excel";
import { fakeInitOf } from "../helpers/fake-init";
import { readTender, sampleGrid, smallTenderPlan, tenderBytes } from "../helpers/fill-fixtures";
import { withPivotTable } from "../helpers/pivot-workbook";
import { TENDER_NAMES } from "../helpers/tender-expectations";
import { bpuLayout, workbookOf } from "../helpers/tender-layouts";

// The pane's actions on the strict fake of Excel holding the buyers' real tenders: the Excel door reads the same
// table and lines as the file door, the fill writes the same prices as grille fill in one Excel.run whose syncs do
// not grow with the lines, and only the price cells change.

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The file opened in the fake under its own name; `lang` is the host's (the pane's language). */
async function inFake(bytes: Uint8Array, name: string, excelApi = "1.17", lang?: Lang) {
  const book = await readWorkbook(bytes, name);
  const fake = createFakeExcel(fakeInitOf(book), { requirements: { ExcelApi: excelApi } });
  const store = memoryStore();
  saveMyGrid(store, sampleGrid("reference"));
  return { fake, host: createExcelHost(fake.Excel, fake.Office, lang), store };
}

/** Every cell of the fake as plain values, to compare before and after. */
function cellsOf(fake: ReturnType<typeof createFakeExcel>) {
  return fake.state.sheets.flatMap((sheet) =>
    [...sheet.cells].map(([key, cell]) => [sheet.name, key, cell.kind, cell.value, cell.formula ?? null]),
  );
}

describe.each(TENDER_NAMES)("%s open in Excel", (name) => {
  test("read, mapped and filled as grille fill does it; nothing but the prices changes", async () => {
    const file = await readTender(tenderBytes(name), `${name}.xlsx`);
    const { fake, host, store } = await inFake(tenderBytes(name), `${name}.xlsx`);
    const session = await readOpenTender(host, store);
    expect(session.source.kind).toBe("mine");
    const gist = (lines: typeof file.mapping.lines) =>
      lines.map((line) => [
        line.row,
        line.status,
        JSON.stringify(line.variant),
        line.priceCells.map((c) => c.cell),
      ]);
    expect(gist(session.mapping?.lines ?? [])).toEqual(gist(file.mapping.lines));
    const mapping = session.mapping;
    if (!mapping) throw new Error("no table");
    const before = cellsOf(fake);
    fake.resetStats();
    const outcome = await fillOpenTender(host, mapping, sampleGrid("reference"), false);
    if (outcome.kind !== "filled") throw new Error("not filled");
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    const expected = fillTender({ ...file, grid: sampleGrid("reference") }).report;
    const cells = (report: typeof expected) =>
      report.filled.flatMap((line) => line.cells.map((c) => [c.cell, c.amount]));
    expect(cells(outcome.report)).toEqual(cells(expected));
    expect(outcome.report.left.map((line) => [line.row, line.why.kind])).toEqual(
      expected.left.map((line) => [line.row, line.why.kind]),
    );
    const sheet = findSheet(fake.state, mapping.sheet);
    if (!sheet) throw new Error("sheet");
    for (const [cell, amount] of cells(expected))
      expect(cellAt(sheet, String(cell)).value).toBe(Number(amount) / 100);
    const targets = new Set(cells(expected).map(([cell]) => cell));
    const changed = cellsOf(fake).filter(
      (entry) => !before.some((old) => JSON.stringify(old) === JSON.stringify(entry)),
    );
    expect(changed).toHaveLength(targets.size);
    expect((await checkOpenReady(host, mapping.sheet)).ready).toBe(true);
  });
});

test("filling 10 or 1 000 lines takes the same syncs, reading included", async () => {
  const syncs: number[] = [];
  for (const lines of [10, 1_000]) {
    const bytes = await writeWorkbook(
      workbookOf(bpuLayout({ lines, notes: ["Prix HT, livraison en sus."] }).sheet),
    );
    const { fake, host, store } = await inFake(bytes, "bpu.xlsx");
    fake.resetStats();
    const session = await readOpenTender(host, store);
    if (!session.mapping) throw new Error("no table");
    const outcome = await fillOpenTender(host, session.mapping, sampleGrid("reference"), false);
    if (outcome.kind !== "filled") throw new Error("not filled");
    expect(outcome.report.filled.length).toBeGreaterThan(lines / 2);
    syncs.push(fake.stats.syncs);
  }
  expect(syncs[0]).toBe(syncs[1]);
  // Two actions: reading the whole workbook (2 syncs), then reading the table's sheet, deciding and writing (3).
  expect(syncs[0]).toBe(5);
});

// The file door's pivot rule (hostile-workbooks.test.ts › "pivot tables"), in Excel: the same t-mairie.xlsx with a
// pivot table, opened in the strict fake (which refuses a value typed into a pivot table's cell).
describe("a pivot table in the workbook open in Excel", () => {
  /** Reads and fills t-mairie with or without a pivot table; the syncs are those of the fill alone. */
  async function fillMairie(bytes: Uint8Array, excelApi?: string) {
    const { fake, host, store } = await inFake(bytes, "t-mairie.xlsx", excelApi);
    const session = await readOpenTender(host, store);
    if (!session.mapping) throw new Error("no table");
    fake.resetStats();
    const outcome = await fillOpenTender(host, session.mapping, sampleGrid("reference"), false);
    if (outcome.kind !== "filled") throw new Error("not filled");
    const sheet = findSheet(fake.state, session.mapping.sheet);
    if (!sheet) throw new Error("sheet");
    return { session, outcome, sheet, syncs: fake.stats.syncs };
  }

  test("price cells inside a pivot table are never typed into in Excel either: refused, named, in the same syncs", async () => {
    const plain = await fillMairie(tenderBytes("t-mairie"));
    const { session, outcome, sheet, syncs } = await fillMairie(await withPivotTable("C13:D14"));
    expect(session.book.sheets[0].pivotTables).toEqual([{ name: "TCD1", range: "C13:D14" }]);
    const refused = outcome.door.refused.filter((one) => one.finding.code === "workbook.fill.pivotTable");
    expect(refused.map((one) => one.finding.location?.cell)).toEqual(["D13", "D14"]);
    // The message names the workbook as Excel does (the file's name), the sheet and the cell, as the file door's.
    expect(findingMessage(refused[0].finding, "fr")).toBe(
      "t-mairie.xlsx, feuille « BPU », cellule D13 : la cellule fait partie du tableau croisé dynamique « TCD1 », qu'Excel réécrit à chaque actualisation ; rien n'a été écrit. Saisissez ce prix vous-même là où l'acheteur l'attend, ou demandez-lui une cellule de saisie hors du tableau croisé.",
    );
    expect(outcome.report.left.map((line) => line.row)).toEqual(
      expect.arrayContaining([13, 14]) as unknown as number[],
    );
    expect(cellAt(sheet, "D13").kind).toBe("empty");
    expect(cellAt(sheet, "D15").value).toBe(cellAt(plain.sheet, "D15").value);
    expect(typeof cellAt(sheet, "D15").value).toBe("number");
    expect(outcome.door.findings).toEqual([]);
    expect(syncs).toBe(plain.syncs);
    expect(syncs).toBeLessThanOrEqual(3);
  });

  test("Excel without ExcelApi 1.8 cannot place pivot tables: the fill goes on and a warning names them", async () => {
    const plain = await fillMairie(tenderBytes("t-mairie"), "1.7");
    const { session, outcome, syncs } = await fillMairie(await withPivotTable("F3:G8"), "1.7");
    expect(session.book.sheets[0].pivotTables).toBeUndefined();
    expect(outcome.report.filled.length).toBe(plain.outcome.report.filled.length);
    expect(outcome.door.findings).toEqual([
      expect.objectContaining({ code: "excel.pivotTables.unplaced", severity: "warning" }),
    ]);
    expect(findingMessage(outcome.door.findings[0], "fr")).toBe(
      "Feuille « BPU » : cette version d'Excel ne dit pas quelles cellules couvrent ses tableaux croisés dynamiques (TCD1) (ExcelApi 1.8 requis) ; les prix ont été remplis sans vérifier qu'aucun n'y tombe. Vérifiez qu'aucune cellule remplie n'en fait partie (Excel la réécrirait à la prochaine actualisation), ou remplissez le fichier avec la ligne de commande, qui les voit.",
    );
    expect(plain.outcome.door.findings).toEqual([]);
    expect(syncs).toBe(plain.syncs);
  });
});

test("the same reference on two lines, open in Excel: the pane's reading says it with both cells, and fills each", async () => {
  const repeated = smallTenderPlan(
    [
      { designation: "Cocktail 8 pièces", unit: "personne" },
      { designation: "Plateau-repas classique", unit: "plateau" },
      { designation: "Buffet froid", unit: "personne" },
    ],
    { refs: { A6: "1.1" } },
  );
  const { host, store } = await inFake(await writeWorkbook(repeated), "bpu.xlsx");
  const session = await readOpenTender(host, store);
  const said = session.findings.filter((finding) => finding.code === "tender.refRepeated");
  expect(said.map((finding) => [finding.location?.cell, finding.params?.cells])).toEqual([["A4", "A4, A6"]]);
  if (!session.mapping) throw new Error("no table");
  const outcome = await fillOpenTender(host, session.mapping, sampleGrid("reference"), false);
  if (outcome.kind !== "filled") throw new Error("not filled");
  expect(outcome.report.filled.map((line) => line.row)).toEqual([4, 5, 6]);
});

// Findings about cells start with the workbook's name: in the pane it is Excel's (Workbook.name), read in a sync the
// action makes anyway; an Excel too old to give it (before ExcelApi 1.7) gets the catalog's label instead.
describe("the pane's fill names the open workbook in its refusals", () => {
  /**
   * t-mairie read in the pane, then a formula typed into the price cell D13 before the fill (which reads the sheet
   * again and leaves it); the syncs are the fill's.
   */
  async function fillWithFormula(excelApi: string, lang?: Lang) {
    const opened = await inFake(tenderBytes("t-mairie"), "t-mairie.xlsx", excelApi, lang);
    const session = await readOpenTender(opened.host, opened.store);
    if (!session.mapping) throw new Error("no table");
    await opened.fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("BPU").getRange("D13").formulas = [["=C13*2"]];
      await context.sync();
    });
    opened.fake.resetStats();
    const outcome = await fillOpenTender(opened.host, session.mapping, sampleGrid("reference"), false);
    if (outcome.kind !== "filled") throw new Error("not filled");
    const refused = outcome.door.refused.filter((one) => one.finding.code === "workbook.fill.formulaCell");
    expect(refused.map((one) => one.finding.location?.cell)).toEqual(["D13"]);
    const sheet = findSheet(opened.fake.state, "BPU");
    expect(sheet && cellAt(sheet, "D13").formula).toBe("=C13*2");
    return { finding: refused[0].finding, syncs: opened.fake.stats.syncs };
  }

  /** The syncs of the same fill with no cell refused, on the same host. */
  async function plainFillSyncs(excelApi: string): Promise<number> {
    const plain = await inFake(tenderBytes("t-mairie"), "t-mairie.xlsx", excelApi);
    const session = await readOpenTender(plain.host, plain.store);
    if (!session.mapping) throw new Error("no table");
    plain.fake.resetStats();
    await fillOpenTender(plain.host, session.mapping, sampleGrid("reference"), false);
    return plain.fake.stats.syncs;
  }

  test("a formula cell refused: the message starts with the workbook's name, in the same syncs", async () => {
    const { finding, syncs } = await fillWithFormula("1.17");
    expect(findingMessage(finding, "fr")).toBe(
      "t-mairie.xlsx, feuille « BPU », cellule D13 : la cellule contient une formule de l'acheteur ; elle n'a pas été modifiée. Remplissez plutôt les cellules de saisie dont elle dépend.",
    );
    // Reading the table's sheet (2 syncs, the name with the first), then writing (1).
    expect(syncs).toBe(3);
    expect(syncs).toBe(await plainFillSyncs("1.17"));
  });

  test.each([
    ["fr", "Ce classeur, feuille « BPU », cellule D13 : "],
    ["en", 'This workbook, sheet "BPU", cell D13: '],
  ] as const)(
    "an Excel without ExcelApi 1.7 cannot give the name: the label in the host's language (%s)",
    async (lang, start) => {
      const { finding, syncs } = await fillWithFormula("1.6", lang);
      expect(findingMessage(finding, lang).startsWith(start)).toBe(true);
      expect(syncs).toBe(await plainFillSyncs("1.6"));
    },
  );
});

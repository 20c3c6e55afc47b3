import { findingMessage } from "../../src/core/finding-message";
import type { CellPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { fillReportJson } from "../../src/usecases/fill-report-json";
import { fillTender } from "../../src/usecases/fill-tender";
import { mapTender, type MapTenderResult } from "../../src/usecases/map-tender";
import { applyFillPlan } from "../../src/xlsx/fill";
import { workbookExtension } from "../../src/xlsx/package";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import {
  readTender,
  sampleGrid,
  smallTenderPlan,
  tenderBytes,
  type SmallLine,
} from "../helpers/fill-fixtures";
import { bpuLayout, notesSheet, workbookOf } from "../helpers/tender-layouts";
import { withMacros } from "../helpers/macro-workbook";
import { withPivotTable } from "../helpers/pivot-workbook";
import { entriesOf } from "./xlsx-package";

// Buyers' workbooks as strangers send them, each built in the test from real bytes (the public t-mairie.xlsx, or a
// schedule written by our writer and read back from its file): macros, hundreds of sheets, a price cell merged with
// its neighbour, the same reference twice, a pivot table, no-break spaces and lookalike letters, a designation of
// thousands of characters. Each is read, mapped and filled without a crash, a guess or a lost cell, and what cannot
// be done is said with its row.

const REFERENCE = sampleGrid("reference");
const LINES: readonly SmallLine[] = [
  { designation: "Cocktail 8 pièces", unit: "personne" },
  { designation: "Plateau-repas classique", unit: "plateau" },
  { designation: "Buffet froid", unit: "personne" },
];

async function mapPlan(
  plan: WorkbookPlan,
  file = "acheteur.xlsx",
): Promise<MapTenderResult & { bytes: Uint8Array }> {
  const bytes = await writeWorkbook(plan);
  return { ...mapTender({ book: await readWorkbook(bytes, file) }), bytes };
}

const withCells = (plan: WorkbookPlan, change: (cell: CellPlan) => CellPlan): WorkbookPlan => ({
  ...plan,
  sheets: plan.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(change) })),
});

describe("a schedule with macros (.xlsm)", () => {
  test("read and mapped like the same .xlsx; filled with its macros kept byte for byte, never run; still an .xlsm", async () => {
    const plain = tenderBytes("t-mairie");
    const macro = await withMacros(plain);
    const { book, mapping } = await readTender(macro, "t-mairie.xlsm");
    expect(mapping.lines).toEqual((await readTender(plain, "t-mairie.xlsx")).mapping.lines);
    const filled = fillTender({ book, mapping, grid: REFERENCE });
    expect(filled.plan.edits.length).toBeGreaterThan(10);
    const { data } = await applyFillPlan(macro, "t-mairie.xlsm", filled.plan);
    const before = await entriesOf(macro);
    const after = await entriesOf(data);
    for (const part of ["xl/vbaProject.bin", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"])
      expect(Buffer.from(after.get(part)!).equals(Buffer.from(before.get(part)!))).toBe(true);
    expect(await workbookExtension(data, "réponse")).toBe(".xlsm");
    expect(await workbookExtension(plain, "t-mairie.xlsx")).toBe(".xlsx");
  });
});

describe("many sheets", () => {
  test("200 sheets: the price table is found on the last one, in bounded time", async () => {
    const layout = bpuLayout({ lines: 12 });
    const notes = Array.from({ length: 199 }, (_v, i) => ({
      ...notesSheet([`Annexe ${i + 1}`]),
      name: `Annexe ${i + 1}`,
    }));
    const started = Date.now();
    const { mapping, findings } = await mapPlan(workbookOf(...notes, layout.sheet));
    expect(mapping?.sheet).toBe("BPU");
    expect(mapping?.lines.map((line) => line.row)).toEqual(layout.lines.map((line) => line.row));
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe("merged cells across the price column", () => {
  test("a line whose price cell is merged with the unit's is listed and said; nothing is typed into the merge", async () => {
    const plan = smallTenderPlan(LINES);
    const merged = { ...plan, sheets: [{ ...plan.sheets[0], merges: ["C5:D5"] }] };
    const { mapping, findings, bytes } = await mapPlan(merged);
    if (!mapping) throw new Error(JSON.stringify(findings));
    expect(mapping.lines.map((line) => [line.row, line.priceCells.map((cell) => cell.cell)])).toEqual([
      [4, ["D4"]],
      [5, []],
      [6, ["D6"]],
    ]);
    const said = findings.find((finding) => finding.code === "tender.mergedPrice");
    expect(said).toMatchObject({ severity: "warning", params: { rows: "5" } });
    expect(findingMessage(said!, "fr")).toMatch(
      /^1 ligne dont la cellule de prix est fusionnée avec sa voisine, où rien ne peut être saisi : ligne 5\. Cette ligne reste sans prix/,
    );
    const book = await readWorkbook(bytes, "acheteur.xlsx");
    const filled = fillTender({ book, mapping, grid: REFERENCE });
    expect(filled.plan.edits.map((edit) => edit.cell)).toEqual(["D4", "D6"]);
    const left = fillReportJson(filled.report, "fr").left;
    expect(left).toEqual([
      expect.objectContaining({ row: 5, reason: "aucune cellule de prix à remplir sur cette ligne." }),
    ]);
  });

  test("a section heading merged across the whole table stays a heading", async () => {
    const plan = smallTenderPlan(LINES);
    const heading = withCells(plan, (cell) =>
      cell.cell === "A5"
        ? { cell: "A5", write: { kind: "text", value: "2 – Repas" } }
        : cell.cell.endsWith("5")
          ? { ...cell, write: { kind: "empty" } }
          : cell,
    );
    const { mapping } = await mapPlan({ ...heading, sheets: [{ ...heading.sheets[0], merges: ["A5:D5"] }] });
    expect(mapping?.lines.map((line) => line.row)).toEqual([4, 6]);
  });
});

describe("references and text as buyers type them", () => {
  test("the same reference on two lines: each row read and filled in its own cell, none taken for the other", async () => {
    const plan = withCells(smallTenderPlan([...LINES, LINES[0]]), (cell) =>
      cell.cell === "A7" ? { ...cell, write: { kind: "text", value: "1.1" } } : cell,
    );
    const { mapping, findings, bytes } = await mapPlan(plan);
    if (!mapping) throw new Error("no table");
    expect(mapping.lines.map((line) => [line.row, line.ref, line.status])).toEqual([
      [4, "1.1", "mapped"],
      [5, "1.2", "mapped"],
      [6, "1.3", "mapped"],
      [7, "1.1", "mapped"],
    ]);
    const repeated = findings.filter((finding) => finding.code === "tender.refRepeated");
    expect(repeated).toEqual([
      expect.objectContaining({
        severity: "warning",
        location: { file: "acheteur.xlsx", sheet: "BPU", cell: "A4" },
      }),
    ]);
    expect(findingMessage(repeated[0], "fr")).toBe(
      "La référence « 1.1 » figure sur 2 lignes (A4, A7) : chacune est lue comme une ligne à part et reçoit son propre prix, dans sa propre cellule. Vérifiez auprès de l'acheteur qu'il s'agit bien de 2 prestations différentes.",
    );
    expect(findingMessage(repeated[0], "en")).toBe(
      'Reference "1.1" is on 2 lines (A4, A7): each is read as a line of its own and gets its own price, in its own cell. Check with the buyer that these are indeed 2 different items.',
    );
    const filled = fillTender({ book: await readWorkbook(bytes, "acheteur.xlsx"), mapping, grid: REFERENCE });
    expect(filled.plan.edits.map((edit) => edit.cell)).toEqual(["D4", "D5", "D6", "D7"]);
    expect(filled.plan.edits[3].value).toBe(filled.plan.edits[0].value);
  });

  test("no-break and narrow no-break spaces in headers and designations read as spaces", async () => {
    const plain = await mapPlan(smallTenderPlan(LINES));
    const spaced = withCells(smallTenderPlan(LINES), (cell) =>
      cell.write.kind === "text"
        ? {
            ...cell,
            write: {
              kind: "text",
              value: cell.write.value.replace(/ /g, "\u00a0").replace(/-/g, "\u202f-\u202f"),
            },
          }
        : cell,
    );
    const result = await mapPlan(spaced);
    expect(result.mapping?.columns).toEqual(plain.mapping?.columns);
    expect(result.mapping?.lines.map((line) => [line.row, line.status, line.variant])).toEqual(
      plain.mapping?.lines.map((line) => [line.row, line.status, line.variant]),
    );
  });

  test("lookalike letters (Cyrillic С, Greek ο) never drop a line: each is listed with a reading or a question", async () => {
    const lookalike = smallTenderPlan([
      { designation: "\u0421ocktail 8 pi\u00e8ces", unit: "personne" },
      { designation: "Plateau-repas classique", unit: "plateau" },
      { designation: "Buffet fr\u03bfid", unit: "personne" },
    ]);
    const { mapping } = await mapPlan(lookalike);
    expect(mapping?.lines.map((line) => line.row)).toEqual([4, 5, 6]);
    for (const line of mapping?.lines ?? [])
      expect(["mapped", "uncertain", "unmapped"]).toContain(line.status);
  });

  test("a designation of 5 000 characters is left to the caterer with its reason, in bounded time", async () => {
    const long = smallTenderPlan([
      { designation: `Cocktail 8 pièces ${"et encore ".repeat(500)}`, unit: "personne" },
    ]);
    const started = Date.now();
    const { mapping } = await mapPlan(long);
    expect(mapping?.lines).toHaveLength(1);
    expect(mapping?.lines[0]).toMatchObject({ status: "unmapped", reason: { code: "tooLong" } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("pivot tables", () => {
  test("a pivot table and its cache elsewhere in the workbook: read around, kept byte for byte by a fill", async () => {
    const bytes = await withPivotTable("F3:G8");
    const { book, mapping } = await readTender(bytes, "t-mairie.xlsx");
    expect(book.sheets[0].pivotTables).toEqual([{ name: "TCD1", range: "F3:G8" }]);
    expect(mapping.lines).toEqual((await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx")).mapping.lines);
    const { data } = await applyFillPlan(
      bytes,
      "t-mairie.xlsx",
      fillTender({ book, mapping, grid: REFERENCE }).plan,
    );
    const before = await entriesOf(bytes);
    const after = await entriesOf(data);
    for (const part of [...before.keys()].filter((name) => /pivot|_rels/.test(name)))
      expect(Buffer.from(after.get(part)!).equals(Buffer.from(before.get(part)!))).toBe(true);
  });

  test("price cells inside a pivot table are never typed into (a refresh would erase them): refused, named", async () => {
    const { book, mapping } = await readTender(await withPivotTable("C13:D14"), "t-mairie.xlsx");
    const { plan } = fillTender({ book, mapping, grid: REFERENCE });
    expect(plan.edits.map((edit) => edit.cell)).not.toContain("D13");
    expect(plan.edits.map((edit) => edit.cell)).toContain("D15");
    const refused = plan.refused.filter((refusal) => refusal.finding.code === "workbook.fill.pivotTable");
    expect(refused.map((refusal) => refusal.finding.location?.cell)).toEqual(["D13", "D14"]);
    expect(findingMessage(refused[0].finding, "fr")).toBe(
      "t-mairie.xlsx, feuille « BPU », cellule D13 : la cellule fait partie du tableau croisé dynamique « TCD1 », qu'Excel réécrit à chaque actualisation ; rien n'a été écrit. Saisissez ce prix vous-même là où l'acheteur l'attend, ou demandez-lui une cellule de saisie hors du tableau croisé.",
    );
  });
});

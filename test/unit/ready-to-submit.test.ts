import { findingMessage } from "../../src/core/finding-message";
import { buildSchedulePlan } from "../../src/core/schedule";
import { buildTemplatePlan } from "../../src/core/template";
import { parseCell } from "../../src/core/workbook/address";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { checkReadyToSubmit } from "../../src/usecases/ready-to-submit";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { tenderBytes } from "../helpers/fill-fixtures";
import { sampleLines } from "./schedule-helpers";

// "Prêt à déposer": nothing in the workbook sent back leads to the caterer's own grid: its sheets (hidden ones
// above all), its names, formulas computed on it, links to another workbook. The buyer's own standard schedule
// (GCT_bpu_… names, the standard's name in a cell) is the buyer's, never a trace.

/** A sheet of formulas and values by A1 address, as a door would read it. */
function sheet(
  name: string,
  cells: Record<string, string | number>,
  visibility: SheetSnapshot["visibility"] = "visible",
): SheetSnapshot {
  const refs = Object.keys(cells).map((a1) => {
    const ref = parseCell(a1);
    if (!ref) throw new Error(a1);
    return ref;
  });
  const rows = Math.max(...refs.map((ref) => ref.row)) + 1;
  const columns = Math.max(...refs.map((ref) => ref.column)) + 1;
  const grid: CellSnapshot[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => ({ value: { type: "empty" } }) as CellSnapshot),
  );
  Object.values(cells).forEach((raw, index) => {
    const { row, column } = refs[index];
    grid[row][column] =
      typeof raw === "string" && raw.startsWith("=")
        ? { value: { type: "number", value: 1 }, formula: raw }
        : typeof raw === "number"
          ? { value: { type: "number", value: raw } }
          : { value: { type: "text", value: raw } };
  });
  return {
    name,
    visibility,
    range: { row: 0, column: 0, rowCount: rows, columnCount: columns },
    cells: grid,
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

const codes = (book: WorkbookSnapshot) =>
  checkReadyToSubmit(book, "BPU").findings.map((f) => [
    f.code,
    f.location?.sheet ?? null,
    f.location?.cell ?? null,
  ]);

test("a buyer's tender as it came: ready", async () => {
  const book = await readWorkbook(tenderBytes("t-departement"), "t-departement.xlsx");
  expect(checkReadyToSubmit(book, "BPU-DQE")).toEqual({ ready: true, findings: [] });
});

test("a buyer's standard schedule (GCT_bpu_ names, the standard's name in a cell): ready", async () => {
  const book = await readWorkbook(
    await writeWorkbook(buildSchedulePlan({ lines: sampleLines(), lang: "fr" })),
    "bpu.xlsx",
  );
  expect(book.names.map((name) => name.name)).toContain("GCT_bpu_table");
  expect(checkReadyToSubmit(book, "BPU-DQE")).toEqual({ ready: true, findings: [] });
});

test("the grid created in the buyer's workbook: each of its sheets, the hidden one above all, and its names", async () => {
  const template = buildTemplatePlan({ lang: "fr" });
  const sheets = template.sheets.map((one) =>
    one.name === "Prix" ? { ...one, visibility: "hidden" as const } : one,
  );
  const bpu = { name: "BPU", cells: [{ cell: "A1", write: { kind: "text" as const, value: "Bordereau" } }] };
  const book = await readWorkbook(
    await writeWorkbook({ ...template, sheets: [bpu, ...sheets] }),
    "reponse.xlsx",
  );
  const findings = checkReadyToSubmit(book, "BPU").findings;
  expect(findings.map((f) => [f.code, f.location?.sheet ?? null])).toEqual([
    ["answer.ready.gridSheet", "Lisez-moi"],
    ["answer.ready.gridSheet", "Identité"],
    ["answer.ready.hiddenGridSheet", "Prix"],
    ["answer.ready.gridSheet", "TVA"],
    ["answer.ready.gridSheet", "Simulateur"],
    ["answer.ready.gridNames", null],
  ]);
  expect(findingMessage(findings[2], "fr")).toBe(
    "La feuille masquée « Prix » contient votre grille de prix : l'acheteur la verrait en l'affichant. Affichez-la (clic droit sur un onglet → Afficher), puis supprimez-la.",
  );
  expect(findingMessage(findings[5], "en")).toMatch(
    /^\d+ defined names of your grid are still in the workbook \(GCT_/,
  );
});

test("prices computed on the grid, by sheet or by name, and links to another workbook: each sheet's cells named", () => {
  const book: WorkbookSnapshot = {
    source: "reponse.xlsx",
    sheets: [
      sheet("BPU", {
        A1: "Bordereau",
        D4: "='Prix'!D5",
        D5: "=Prix!$D$6*1",
        D6: "=GCT_cocktail_formule_8",
        D7: "=[1]Prix!$D$7",
        D8: "='C:\\grilles\\[ma-grille.xlsx]Prix'!D8",
        D9: "=SUM(Table1[Prix])+Tarifs!B2",
        D10: "=GCT_bpu_total_ht",
        D11: 12.5,
      }),
      sheet("Prix", { A1: "Prix", D5: 9.6 }, "veryHidden"),
      sheet("Tarifs", { B2: 3 }),
    ],
    names: [
      { name: "GCT_cocktail_formule_8", ref: "Prix!$D$5" },
      { name: "GCT_bpu_table", ref: "BPU!$A$1:$D$11" },
      { name: "Tarif_ancien", ref: "[2]Tarifs!$B$2" },
    ],
  };
  expect(codes(book)).toEqual([
    ["answer.ready.hiddenGridSheet", "Prix", null],
    ["answer.ready.gridNames", null, null],
    ["answer.ready.externalNames", null, null],
    ["answer.ready.gridFormulas", "BPU", "D4"],
    ["answer.ready.externalFormulas", "BPU", "D7"],
  ]);
  const [, names, external, onGrid, links] = checkReadyToSubmit(book, "BPU").findings;
  expect(names.params).toMatchObject({ count: 1, names: "GCT_cocktail_formule_8" });
  expect(external.params).toMatchObject({ count: 1, names: "Tarif_ancien" });
  expect(onGrid.params).toMatchObject({ sheet: "BPU", count: 3, cells: "D4, D5, D6" });
  expect(links.params).toMatchObject({ count: 2, cells: "D7, D8" });
  expect(findingMessage(onGrid, "fr")).toBe(
    "Feuille « BPU » : 3 cellules calculées sur votre grille (D4, D5, D6) : remplacez-les par leurs valeurs (Copier, puis Collage spécial → Valeurs).",
  );
});

test("a long list of cells is cut after five", () => {
  const cells = Object.fromEntries(
    Array.from({ length: 8 }, (_, index) => [`D${index + 4}`, `=[1]Prix!D${index + 4}`]),
  );
  const book: WorkbookSnapshot = { source: "r.xlsx", sheets: [sheet("BPU", cells)], names: [] };
  expect(checkReadyToSubmit(book).findings[0].params).toMatchObject({
    count: 8,
    cells: "D4, D5, D6, D7, D8…",
  });
});

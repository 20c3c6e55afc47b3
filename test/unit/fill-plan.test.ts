// The core's fill plan on hand-made snapshots: each rule refuses with its own finding (code, severity, location, a
// message in French and English that says what to do), and the accepted edits come out as the doors write them.

import {
  EMPTY_CELL,
  MAX_CELL_TEXT,
  buildFillPlan,
  parseCell,
  sheetsToRecalculate,
  type CellEdit,
  type CellSnapshot,
  type FillPlan,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/workbook";
import { LANGS, t } from "../../src/i18n";

interface SheetSpec {
  readonly cells?: Readonly<Record<string, CellSnapshot>>;
  readonly merges?: readonly string[];
  readonly tables?: readonly TableSnapshot[];
  readonly protected?: boolean;
}

/** A snapshot covering A1:J20 with the given cells; every other cell is empty and, like Excel's default, locked. */
function sheet(name: string, spec: SheetSpec = {}): SheetSnapshot {
  const cells: CellSnapshot[][] = Array.from({ length: 20 }, () =>
    Array.from({ length: 10 }, () => ({ ...EMPTY_CELL, locked: true })),
  );
  for (const [a1, cell] of Object.entries(spec.cells ?? {})) {
    const ref = parseCell(a1);
    if (!ref) throw new Error(a1);
    cells[ref.row][ref.column] = cell;
  }
  return {
    name,
    visibility: "visible",
    range: { row: 0, column: 0, rowCount: 20, columnCount: 10 },
    cells,
    merges: spec.merges ?? [],
    hiddenRows: [],
    hiddenColumns: [],
    protected: spec.protected ?? false,
    ...(spec.tables ? { tables: spec.tables } : {}),
  };
}

const input = (value: CellSnapshot["value"] = { type: "empty" }): CellSnapshot => ({ value, locked: false });
const number = (value: number): CellSnapshot["value"] => ({ type: "number", value });

const BOOK: WorkbookSnapshot = {
  source: "dce.xlsx",
  names: [],
  sheets: [
    sheet("BPU", {
      protected: true,
      merges: ["B2:D2"],
      cells: {
        A1: { value: { type: "text", value: "Bordereau" }, locked: true },
        B2: input(),
        C2: input(),
        D5: input(),
        D6: input(number(12.5)),
        E5: { value: number(0), formula: "=ROUND(D5*1.1,2)", locked: false },
        // An array formula over F5:F6: the snapshot gives both cells the formula, as both doors read them.
        F5: { value: number(1), formula: "=TRANSPOSE(H1:I1)", locked: false },
        F6: { value: number(2), formula: "=TRANSPOSE(H1:I1)", locked: false },
        G5: { value: { type: "empty" } },
      },
    }),
    sheet("DQE", {
      tables: [
        {
          name: "Lignes",
          range: "A3:C8",
          hasHeader: true,
          hasTotals: true,
          columns: ["Réf", "Désignation", "Prix"],
        },
        { name: "SansEntete", range: "E3:E5", hasHeader: false, hasTotals: false, columns: ["Colonne1"] },
      ],
      cells: { B4: { value: { type: "text", value: "Repas" } } },
    }),
  ],
};

function plan(wanted: readonly CellEdit[], overwrite = false): FillPlan {
  return buildFillPlan(BOOK, wanted, { overwrite });
}

/** The one refusal of a single edit: its code, severity, location and params. */
function refusalOf(edit: CellEdit, overwrite = false) {
  const result = plan([edit], overwrite);
  expect(result.edits).toEqual([]);
  expect(result.refused).toHaveLength(1);
  expect(result.refused[0].edit).toBe(edit);
  return result.refused[0].finding;
}

describe("buildFillPlan refuses, each with its finding", () => {
  const cases: [string, CellEdit, string, Record<string, string>][] = [
    ["a sheet the workbook lacks", { sheet: "Annexe", cell: "A1", value: 1 }, "sheetMissing", {}],
    ["a malformed address", { sheet: "BPU", cell: "D0", value: 1 }, "badAddress", {}],
    ["a range instead of a cell", { sheet: "BPU", cell: "D5:D6", value: 1 }, "badAddress", {}],
    ["NaN", { sheet: "BPU", cell: "D5", value: Number.NaN }, "badValue", {}],
    ["Infinity", { sheet: "BPU", cell: "D5", value: Number.POSITIVE_INFINITY }, "badValue", {}],
    [
      "text over Excel's 32 767 characters",
      { sheet: "BPU", cell: "D5", value: "x".repeat(MAX_CELL_TEXT + 1) },
      "textTooLong",
      {},
    ],
    ["the buyer's formula", { sheet: "BPU", cell: "E5", value: 3 }, "formulaCell", {}],
    ["the first cell of an array formula", { sheet: "BPU", cell: "F5", value: 3 }, "formulaCell", {}],
    ["another cell of an array formula", { sheet: "BPU", cell: "F6", value: 3 }, "formulaCell", {}],
    [
      "a cell inside a merge, not its first",
      { sheet: "BPU", cell: "C2", value: "x" },
      "insideMerge",
      { merge: "B2:D2", anchor: "B2" },
    ],
    ["a locked cell of a protected sheet", { sheet: "BPU", cell: "A3", value: "x" }, "lockedCell", {}],
    [
      "a protected sheet's cell whose lock the snapshot does not know",
      { sheet: "BPU", cell: "G5", value: "x" },
      "lockedCell",
      {},
    ],
    [
      "a cell beyond the snapshot's range of a protected sheet",
      { sheet: "BPU", cell: "Z99", value: "x" },
      "lockedCell",
      {},
    ],
    [
      "a table's header cell",
      { sheet: "DQE", cell: "C3", value: "Prix HT" },
      "tableHeader",
      { table: "Lignes", column: "Prix" },
    ],
    [
      "a table's totals-row cell",
      { sheet: "DQE", cell: "C8", value: 10 },
      "tableTotals",
      { table: "Lignes" },
    ],
    ["a cell that holds a value", { sheet: "BPU", cell: "D6", value: 13 }, "notEmpty", {}],
    ["a value cleared without overwrite", { sheet: "DQE", cell: "B4", value: null }, "notEmpty", {}],
  ];

  test.each(cases)("%s", (_title, edit, reason, params) => {
    const finding = refusalOf(edit);
    const sheetName = edit.sheet;
    expect(finding).toEqual({
      code: `workbook.fill.${reason}`,
      messageKey: `workbook.fill.${reason}`,
      severity: reason === "notEmpty" ? "warning" : "error",
      location: { file: "dce.xlsx", sheet: sheetName, cell: edit.cell },
      params: { file: "dce.xlsx", sheet: sheetName, cell: edit.cell, ...params },
    });
    for (const lang of LANGS) {
      const text = t(lang, finding.messageKey, finding.params);
      expect(text).not.toMatch(/[[{]/);
      expect(text).toContain("dce.xlsx");
      for (const value of Object.values(params)) expect(text).toContain(value);
    }
  });

  test("the messages say what to do next", () => {
    const fr = (edit: CellEdit, overwrite = false) => {
      const finding = refusalOf(edit, overwrite);
      return t("fr", finding.messageKey, finding.params);
    };
    expect(fr({ sheet: "BPU", cell: "C2", value: "x" })).toContain("Remplissez B2.");
    expect(fr({ sheet: "BPU", cell: "A3", value: "x" })).toContain("cellules prévues pour la saisie");
    expect(fr({ sheet: "BPU", cell: "D6", value: 13 })).toContain("écraser les valeurs existantes");
    expect(fr({ sheet: "DQE", cell: "C3", value: "x" })).toContain("« Prix » du tableau « Lignes »");
  });
});

describe("buildFillPlan accepts", () => {
  test("input cells of a protected sheet, a merge's first cell, table rows, a header-less table's first row", () => {
    const wanted: CellEdit[] = [
      { sheet: "BPU", cell: "D5", value: 24.5 },
      { sheet: "BPU", cell: "B2", value: "Traiteur du Parc" },
      { sheet: "DQE", cell: "C4", value: 12 },
      { sheet: "DQE", cell: "A7", value: "R7", asText: false },
      { sheet: "DQE", cell: "E3", value: true },
    ];
    expect(plan(wanted)).toEqual({
      edits: [
        { sheet: "BPU", cell: "D5", value: 24.5 },
        { sheet: "BPU", cell: "B2", value: "Traiteur du Parc" },
        { sheet: "DQE", cell: "C4", value: 12 },
        { sheet: "DQE", cell: "A7", value: "R7" },
        { sheet: "DQE", cell: "E3", value: true },
      ],
      refused: [],
      recalculate: ["BPU", "DQE"],
    });
  });

  test("edits come out as the doors write them: the workbook's sheet name, D14, an empty text as a clear", () => {
    const result = plan([
      { sheet: "bpu", cell: "$d$5", value: 10, asText: true },
      { sheet: "Bpu", cell: "B2", value: "" },
    ]);
    expect(result.edits).toEqual([
      { sheet: "BPU", cell: "D5", value: 10, asText: true },
      { sheet: "BPU", cell: "B2", value: null },
    ]);
  });

  test("text of exactly 32 767 characters", () => {
    expect(plan([{ sheet: "BPU", cell: "D5", value: "é".repeat(MAX_CELL_TEXT) }]).refused).toEqual([]);
  });

  test("a cell that holds a value, when overwrite is asked; never a formula, even then", () => {
    const result = plan(
      [
        { sheet: "BPU", cell: "D6", value: 13 },
        { sheet: "BPU", cell: "E5", value: 1 },
      ],
      true,
    );
    expect(result.edits).toEqual([{ sheet: "BPU", cell: "D6", value: 13 }]);
    expect(result.refused.map((refusal) => refusal.finding.code)).toEqual(["workbook.fill.formulaCell"]);
  });
});

describe("buildFillPlan takes the edits in order", () => {
  test("a second value for a cell the plan already fills is kept out unless overwrite", () => {
    const twice: CellEdit[] = [
      { sheet: "BPU", cell: "D5", value: 1 },
      { sheet: "BPU", cell: "D5", value: 2 },
    ];
    expect(plan(twice).edits).toEqual([twice[0]]);
    expect(plan(twice).refused.map((refusal) => refusal.finding.code)).toEqual(["workbook.fill.notEmpty"]);
    expect(plan(twice, true).edits).toEqual(twice);
  });

  test("a cell the plan clears can be filled again; clearing an empty cell needs no overwrite", () => {
    const refill: CellEdit[] = [
      { sheet: "BPU", cell: "D6", value: null },
      { sheet: "BPU", cell: "D6", value: 3 },
    ];
    expect(plan(refill, true).edits).toEqual(refill);
    const clearFirst: CellEdit[] = [
      { sheet: "BPU", cell: "D5", value: null },
      { sheet: "BPU", cell: "D5", value: 2 },
    ];
    expect(plan(clearFirst).edits).toEqual(clearFirst);
  });

  test("the first rule that refuses names the reason: a formula before a lock, a merge before a kept value", () => {
    const book: WorkbookSnapshot = {
      ...BOOK,
      sheets: [
        sheet("S", {
          protected: true,
          merges: ["A1:B1"],
          cells: {
            A2: { value: number(1), formula: "=1", locked: true },
            B1: { value: number(5), locked: true },
          },
        }),
      ],
    };
    const codes = buildFillPlan(book, [
      { sheet: "S", cell: "A2", value: 2 },
      { sheet: "S", cell: "B1", value: 2 },
      { sheet: "S", cell: "B1", value: Number.NaN },
    ]).refused.map((refusal) => refusal.finding.code);
    expect(codes).toEqual([
      "workbook.fill.formulaCell",
      "workbook.fill.insideMerge",
      "workbook.fill.badValue",
    ]);
  });
});

describe("sheetsToRecalculate: the sheets whose formulas the written prices may change", () => {
  const formula = (text: string): CellSnapshot => ({ value: number(0), formula: text });
  const book: WorkbookSnapshot = {
    source: "dce.xlsx",
    names: [
      { name: "PrixBPU", ref: "'BPU 2026'!$D$5:$D$9" },
      { name: "Taux", ref: "Paramètres!$B$1" },
    ],
    sheets: [
      sheet("BPU 2026", { cells: { E5: formula("=ROUND(D5*1.1,2)") } }),
      // Refers to the BPU by its quoted name: its amounts follow the prices.
      sheet("DQE", { cells: { E5: formula("='BPU 2026'!D5*C5") } }),
      // Refers to the DQE only: changes through it.
      sheet("Synthèse", { cells: { B2: formula("=SUM(DQE!E5:E9)") } }),
      // Through a defined name on the BPU (and not through a longer name that merely starts the same).
      sheet("Analyse", { cells: { B2: formula("=AVERAGE(PrixBPU)") } }),
      sheet("Autre", { cells: { B2: formula("=SUM(PrixBPUX)+Taux"), C2: formula("=TODAY()") } }),
      sheet("Paramètres", { cells: { B1: input(number(0.1)) } }),
      sheet("Lignes", {
        tables: [{ name: "TabPrix", range: "A1:B5", hasHeader: true, hasTotals: false, columns: ["a", "b"] }],
      }),
      // A table on a sheet written into is referred to by its name.
      sheet("Tableau", { cells: { A1: formula("=SUM(TabPrix[b])") } }),
    ],
  };

  test("the sheets written, those referring to them by name, defined name or table, step by step", () => {
    expect(sheetsToRecalculate(book, ["BPU 2026"])).toEqual(["BPU 2026", "DQE", "Synthèse", "Analyse"]);
    expect(sheetsToRecalculate(book, ["lignes"])).toEqual(["Lignes", "Tableau"]);
    expect(sheetsToRecalculate(book, ["Paramètres"])).toEqual(["Autre", "Paramètres"]);
  });

  test("a fill plan names them; a plan that writes nothing names none", () => {
    const written = buildFillPlan(BOOK, [{ sheet: "BPU", cell: "D5", value: 24.5 }]);
    expect(written.recalculate).toEqual(["BPU"]);
    expect(buildFillPlan(BOOK, [{ sheet: "BPU", cell: "E5", value: 1 }]).recalculate).toEqual([]);
  });
});

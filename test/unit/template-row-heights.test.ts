import { buildTemplatePlan, TEMPLATE_SHEETS } from "../../src/core/template";
import { STYLE } from "../../src/core/template/styles";
import { fitRowHeights, wrappedLines, type SheetPlan } from "../../src/core/workbook";

// Rows of wrapped text get the height their text needs at their column's width (the PDF test checks the outcome).

test("words wrap greedily; a word longer than a line is cut; each paragraph starts a line", () => {
  expect(wrappedLines("", 10)).toBe(1);
  expect(wrappedLines("un deux trois", 13)).toBe(1);
  expect(wrappedLines("un deux trois", 12)).toBe(2);
  expect(wrappedLines("abcdefghijklmnopqrstuvwxy", 10)).toBe(3);
  expect(wrappedLines("un\ndeux", 40)).toBe(2);
});

test("a row gets the height of its longest wrapped text, never lower than the one given, one-line rows untouched", () => {
  const sheet: SheetPlan = {
    name: "S",
    columns: [{ column: "A", width: 10 }],
    rows: [{ row: 1, height: 30 }],
    cells: [
      { cell: "A1", write: { kind: "text", value: "court" }, style: "wrap" },
      { cell: "A2", write: { kind: "text", value: "un texte bien plus long que la colonne" }, style: "wrap" },
      { cell: "A3", write: { kind: "text", value: "un texte bien plus long que la colonne" } },
    ],
  };
  const fitted = fitRowHeights(sheet, { wrap: { alignment: { wrapText: true } } });
  expect(fitted.rows?.find((row) => row.row === 1)?.height).toBe(30);
  expect(fitted.rows?.find((row) => row.row === 2)?.height).toBeGreaterThan(45);
  expect(fitted.rows?.some((row) => row.row === 3)).toBe(false);
});

test("the read-me's rules and the identity's list of structure types get rows taller than one line", () => {
  const plan = buildTemplatePlan({ lang: "fr" });
  const sheet = (name: string) => plan.sheets.find((one) => one.name === name);
  const tall = (name: string) => (sheet(name)?.rows ?? []).filter((row) => (row.height ?? 0) > 20).length;
  expect(tall(TEMPLATE_SHEETS.fr.readme)).toBeGreaterThan(5);
  expect(tall(TEMPLATE_SHEETS.fr.identity)).toBeGreaterThan(1);
});

test("a text merged across one row wraps at the merged width; a hidden column's text never makes its row taller", () => {
  const long = "une note de bas de page assez longue pour tenir sur deux lignes de cette largeur-là";
  const sheet: SheetPlan = {
    name: "S",
    columns: [
      { column: "A", width: 20 },
      { column: "B", width: 20 },
      { column: "C", width: 20 },
      { column: "D", width: 20, hidden: true },
    ],
    merges: ["A1:C1", "A3:C4"],
    cells: [
      { cell: "A1", write: { kind: "text", value: long }, style: "wrap" },
      { cell: "D2", write: { kind: "text", value: long }, style: "wrap" },
      { cell: "A3", write: { kind: "text", value: long }, style: "wrap" },
    ],
  };
  const fitted = fitRowHeights(sheet, { wrap: { alignment: { wrapText: true } } });
  // 84 characters at 48 a line (3 columns of 20 × 0.8): two lines; at one column's 16 a line it would be six.
  expect(fitted.rows).toEqual([{ row: 1, height: 33 }]);
});

test.each(["fr", "en"] as const)(
  "%s: on the identity, prices and VAT sheets each entry's cells sit at the top of its row, the value beside the label's first line",
  (lang) => {
    const plan = buildTemplatePlan({ lang });
    const sheets = TEMPLATE_SHEETS[lang];
    for (const name of [sheets.identity, sheets.prices, sheets.vat]) {
      const sheet = plan.sheets.find((one) => one.name === name) as SheetPlan;
      const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, "");
      // Entry rows are those with a standard id in column E.
      const entryRows = new Set(
        sheet.cells.filter((cell) => cell.style === STYLE.id).map((cell) => rowOf(cell.cell)),
      );
      const cells = sheet.cells.filter((cell) => entryRows.has(rowOf(cell.cell)));
      expect(cells.length).toBe(entryRows.size * 5);
      const misaligned = cells.filter((cell) => plan.styles[cell.style ?? ""]?.alignment?.vertical !== "top");
      expect([name, misaligned.map((cell) => cell.cell)]).toEqual([name, []]);
    }
  },
);

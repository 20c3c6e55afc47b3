import {
  buildTemplatePlan,
  SIMULATOR_FIRST_ROW,
  SIMULATOR_ROWS,
  TEMPLATE_SHEETS,
} from "../../src/core/template";
import { STYLE } from "../../src/core/template/styles";
import { t } from "../../src/i18n";
import { loadFixtureGrid } from "./template-snapshot";
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

describe.each(["fr", "en"] as const)("the %s simulator", (lang) => {
  const plan = buildTemplatePlan({ lang });
  const sheet = plan.sheets.find((one) => one.name === TEMPLATE_SHEETS[lang].simulator) as SheetPlan;
  const lastRow = SIMULATOR_FIRST_ROW + SIMULATOR_ROWS.length - 1;
  const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ""));

  test("each variant is one bordered line: label, delivery, prices and unit side by side at the top", () => {
    const cells = sheet.cells.filter(
      (cell) => rowOf(cell.cell) >= SIMULATOR_FIRST_ROW && rowOf(cell.cell) <= lastRow,
    );
    expect(cells).toHaveLength(SIMULATOR_ROWS.length * 5);
    const style = (cell: { style?: string }) => plan.styles[cell.style ?? ""];
    expect(
      cells.filter((cell) => style(cell)?.alignment?.vertical !== "top").map((cell) => cell.cell),
    ).toEqual([]);
    const boxed = (cell: { style?: string }) =>
      ["top", "bottom", "left", "right"].every((side) => style(cell)?.border?.[side as "top"] !== undefined);
    expect(cells.filter((cell) => !boxed(cell)).map((cell) => cell.cell)).toEqual([]);
    // Every text fits one line at its column's width: no row twice as tall as its content.
    const tall = (sheet.rows ?? []).filter((row) => row.row >= SIMULATOR_FIRST_ROW && row.row <= lastRow);
    expect(tall).toEqual([]);
  });

  test("the footnote wraps across the printed columns, in a row tall enough for its lines", () => {
    const note = sheet.cells.find(
      (cell) => cell.write.kind === "text" && cell.write.value === t(lang, "template.sim.note"),
    );
    expect(note?.cell).toBe(`A${lastRow + 2}`);
    expect(sheet.merges).toContain(`A${lastRow + 2}:E${lastRow + 2}`);
    expect(sheet.print?.area).toBe(`A1:E${lastRow + 2}`);
    expect(plan.styles[note?.style ?? ""]?.alignment?.wrapText).toBe(true);
    // At least one line per printed width of characters, 15 pt a line: two lines here, in either language.
    const printed = (sheet.columns ?? []).reduce((sum, column) => sum + (column.width ?? 0), 0);
    const lines = Math.ceil(t(lang, "template.sim.note").length / printed);
    expect(lines).toBe(2);
    const height = sheet.rows?.find((row) => row.row === lastRow + 2)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(15 * lines);
  });
});

test.each([
  ["fr", "traiteur-a", "Conventionnement DREETS ACI n° 093-2021-0147"],
  ["en", "traiteur-b", "ESAT Les Ateliers du Val de Bièvre – Traiteur"],
] as const)(
  "%s identity from %s: a value longer than its column wraps in a row tall enough (%s)",
  async (lang, name, value) => {
    const plan = buildTemplatePlan({ lang, grid: (await loadFixtureGrid(name)).grid });
    const sheet = plan.sheets.find((one) => one.name === TEMPLATE_SHEETS[lang].identity) as SheetPlan;
    const cell = sheet.cells.find((one) => one.write.kind === "text" && one.write.value === value);
    expect(cell?.cell).toMatch(/^D\d+$/);
    const width = sheet.columns?.find((column) => column.column === "D")?.width ?? 0;
    expect(plan.styles[cell?.style ?? ""]?.alignment?.wrapText).toBe(true);
    const height = sheet.rows?.find((row) => row.row === Number(cell?.cell.slice(1)))?.height ?? 15;
    // At least one line per column width of characters, 15 pt a line.
    expect(height).toBeGreaterThanOrEqual(15 * Math.ceil(value.length / width));
    expect(value.length).toBeGreaterThan(width * 0.8);
  },
);

// The rules Excel enforces on opening a file that no schema states: the writer refuses a plan that breaks one,
// before writing anything, and what it accepts passes the workbook validator.
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { EXCEL_LIMITS } from "../../src/xlsx/write/excel-limits";
import { expectValidWorkbook } from "../helpers/ooxml";
import { entryText } from "./xlsx-package";

function text(cell: string, value: string): CellPlan {
  return { cell, write: { kind: "text", value } };
}

function book(sheet: Partial<SheetPlan>, extra: Partial<WorkbookPlan> = {}): WorkbookPlan {
  return { styles: {}, sheets: [{ name: "BPU", cells: [], ...sheet }], ...extra };
}

function sheets(...names: string[]): WorkbookPlan {
  return { styles: {}, sheets: names.map((name) => ({ name, cells: [] })) };
}

describe("cell texts: at most 32 767 characters", () => {
  test("32 767 characters are written and read as they are", async () => {
    const bytes = await writeWorkbook(book({ cells: [text("A1", "é".repeat(EXCEL_LIMITS.cellText))] }));
    await expectValidWorkbook(bytes, "longest.xlsx");
    expect(await entryText(bytes, "xl/sharedStrings.xml")).toContain("é".repeat(EXCEL_LIMITS.cellText));
  });

  test("32 768 characters: the plan is refused, naming the cell and the limit", async () => {
    const plan = book({ cells: [text("B7", "x".repeat(EXCEL_LIMITS.cellText + 1))] });
    await expect(writeWorkbook(plan)).rejects.toThrow(
      /cell BPU!B7: a text of 32768 characters is over the 32767/,
    );
  });

  test("a formula over 8 192 characters is refused", async () => {
    const formula = `=${"1+".repeat(4096)}1`;
    await expect(
      writeWorkbook(book({ cells: [{ cell: "A1", write: { kind: "formula", formula } }] })),
    ).rejects.toThrow(/cell BPU!A1: a formula has at most 8192/);
  });
});

describe("sheet names: 1 to 31 characters, none of [ ] : * ? / \\, no apostrophe at either end, unique", () => {
  test("31 characters, spaces, accents and inner apostrophes are accepted", async () => {
    const name = "Comparaison d'offres é € 12345";
    expect(name.length).toBeLessThanOrEqual(31);
    await expectValidWorkbook(await writeWorkbook(sheets("A".repeat(31), name, "Prix (HT)")));
  });

  test.each([
    ["32 characters", "A".repeat(32), /1 to 31 characters/],
    ["an empty name", "", /1 to 31 characters/],
    ...["[", "]", ":", "*", "?", "/", "\\"].map((c) => [`"${c}"`, `Prix${c}HT`, /none of/] as const),
    ["a leading apostrophe", "'Prix", /apostrophe/],
    ["a trailing apostrophe", "Prix'", /apostrophe/],
  ] as const)("%s is refused", async (_label, name, reason) => {
    await expect(writeWorkbook(sheets("Lisez-moi", name))).rejects.toThrow(reason);
  });

  test("two names that differ only by case are refused", async () => {
    await expect(writeWorkbook(sheets("Prix", "PRIX"))).rejects.toThrow(/differ other than by case/);
  });

  test("a workbook without a visible sheet is refused", async () => {
    await expect(
      writeWorkbook({ styles: {}, sheets: [{ name: "A", cells: [], visibility: "hidden" }] }),
    ).rejects.toThrow(/visible/);
  });
});

describe("defined and table names: valid and unique per scope, whatever the case", () => {
  const two = (extra: Partial<WorkbookPlan>, first: Partial<SheetPlan> = {}): WorkbookPlan => ({
    styles: {},
    sheets: [
      { name: "BPU", cells: [text("A1", "Prix"), text("B1", "TVA")], ...first },
      { name: "DQE", cells: [] },
    ],
    ...extra,
  });

  test("one name per scope is fine: workbook, BPU and DQE may each have Total", async () => {
    const plan = two({
      names: [
        { name: "Total", ref: "BPU!$A$1" },
        { name: "Total", ref: "BPU!$A$1", sheet: "BPU" },
        { name: "total", ref: "DQE!$A$1", sheet: "DQE" },
      ],
    });
    await expectValidWorkbook(await writeWorkbook(plan));
  });

  test.each([
    [
      "the same name twice in the workbook",
      [
        { name: "Total", ref: "BPU!$A$1" },
        { name: "TOTAL", ref: "BPU!$A$2" },
      ],
    ],
    [
      "the same name twice on one sheet",
      [
        { name: "prix", ref: "BPU!$A$1", sheet: "BPU" },
        { name: "Prix", ref: "BPU!$A$2", sheet: "BPU" },
      ],
    ],
    ["a print area given twice", [{ name: "_xlnm.Print_Area", ref: "BPU!$A$1:$B$2", sheet: "BPU" }]],
  ])("%s is refused", async (_label, names) => {
    const plan = two({ names }, { print: { area: "A1:B1" } });
    await expect(writeWorkbook(plan)).rejects.toThrow(/defined twice/);
  });

  test.each(["A1", "xfd1048576", "R1C1", "R", "c", "1Prix", "Prix HT", "Prix-HT", ""])(
    "the name %j is refused (a cell reference or not a name)",
    async (name) => {
      await expect(writeWorkbook(two({ names: [{ name, ref: "BPU!$A$1" }] }))).rejects.toThrow(
        /not a valid name/,
      );
    },
  );

  test("a table may not take a defined name's name", async () => {
    const plan = two(
      { names: [{ name: "Lignes", ref: "BPU!$A$1" }] },
      { tables: [{ name: "LIGNES", range: "A1:B2" }] },
    );
    await expect(writeWorkbook(plan)).rejects.toThrow(/table "LIGNES".*defined twice/);
  });
});

describe("table header cells are the column names", () => {
  const table = (cells: CellPlan[]) => book({ cells, tables: [{ name: "Lignes", range: "A1:C3" }] });

  test("the column names are the header texts, exactly", async () => {
    const bytes = await writeWorkbook(
      table([text("A1", "Réf."), text("B1", "Prix & TVA"), text("C1", "Quantité")]),
    );
    await expectValidWorkbook(bytes);
    expect(await entryText(bytes, "xl/tables/table1.xml")).toContain(
      '<tableColumn id="1" name="Réf."/><tableColumn id="2" name="Prix &amp; TVA"/><tableColumn id="3" name="Quantité"/>',
    );
  });

  test.each([
    [
      "a missing header cell",
      [text("A1", "Réf."), text("C1", "Quantité")],
      /header cell holds the column's name/,
    ],
    [
      "a number as header",
      [
        text("A1", "Réf."),
        { cell: "B1", write: { kind: "number", value: 2025 } },
        text("C1", "Q"),
      ] as CellPlan[],
      /header cell holds the column's name/,
    ],
    ["a blank header", [text("A1", "Réf."), text("B1", "  "), text("C1", "Q")], /header cell/],
    [
      "two headers alike but for case",
      [text("A1", "Prix"), text("B1", "PRIX"), text("C1", "Q")],
      /two columns/,
    ],
    ["a line break in a header", [text("A1", "Prix\nHT"), text("B1", "TVA"), text("C1", "Q")], /line break/],
  ])("%s is refused", async (_label, cells, reason) => {
    await expect(writeWorkbook(table(cells))).rejects.toThrow(reason);
  });
});

describe("validation texts stay within Excel's dialog limits", () => {
  const validation = (prompt: { title?: string; message: string }) =>
    book({
      validations: [{ range: "A1", rule: { type: "whole", operator: "greaterThan", min: 0 }, prompt }],
    });

  test("255-character messages and 32-character titles are written", async () => {
    await expectValidWorkbook(
      await writeWorkbook(validation({ title: "T".repeat(32), message: "m".repeat(255) })),
    );
  });

  test.each([
    ["a 33-character title", { title: "T".repeat(33), message: "m" }, /title has at most 32/],
    ["a 256-character message", { message: "m".repeat(256) }, /message has at most 255/],
  ])("%s is refused", async (_label, prompt, reason) => {
    await expect(writeWorkbook(validation(prompt))).rejects.toThrow(reason);
  });
});

describe("style counts match their items", () => {
  test("many styles, number formats, fills, borders and differential formats: every count is right", async () => {
    const styles = Object.fromEntries(
      Array.from({ length: 40 }, (_v, i) => [
        `s${i}`,
        {
          numberFormat: `0.${"0".repeat(i % 5)} "u${i % 7}"`,
          fill: i % 3 ? `0000${(i * 5).toString(16).padStart(2, "0")}` : undefined,
          border: i % 4 ? { bottom: "thin" as const } : undefined,
          font: { bold: i % 2 === 0 },
        },
      ]),
    );
    const cells = Object.keys(styles).map((style, i) => ({
      cell: `A${i + 1}`,
      write: { kind: "number" as const, value: i },
      style,
    }));
    const conditionalFormats = ["s1", "s2", "s3"].map((style) => ({
      type: "cellValue" as const,
      range: "A1:A40",
      operator: "greaterThan" as const,
      values: ["10"],
      style,
    }));
    const bytes = await writeWorkbook(book({ cells, conditionalFormats }, { styles }));
    await expectValidWorkbook(bytes);
    const xml = await entryText(bytes, "xl/styles.xml");
    expect(xml).toContain('<cellXfs count="41">');
    expect(xml).toContain('<dxfs count="3">');
  });
});

// Pure parts of the Excel door: blocks of cell writes, rectangles of styles, batches, text that must stay text,
// requirement sets and their messages.

import fc from "fast-check";
import type { CellPlan, WorkbookPlan } from "../../src/core/workbook";
import { columnLetters } from "../../src/core/workbook";
import {
  FEATURE_REQUIREMENTS,
  cellBlocks,
  checkRequirements,
  chunkByBytes,
  columnWidthPoints,
  excelWouldReinterpret,
  rectangles,
} from "../../src/excel";
import { isMessageKey, t } from "../../src/i18n";
import { REPRESENTATIVE_PLAN } from "../fakes/excel/sample-plans";

describe("cellBlocks", () => {
  const cellArb = fc.record({
    row: fc.integer({ min: 0, max: 60 }),
    column: fc.integer({ min: 0, max: 12 }),
    value: fc.integer(),
  });

  it("covers every planned cell exactly once, leaves the others null, and keeps each block under the budget", () => {
    fc.assert(
      fc.property(
        fc.array(cellArb, { maxLength: 300 }),
        fc.integer({ min: 600, max: 5000 }),
        (cells, maxBytes) => {
          const plans: CellPlan[] = cells.map(({ row, column, value }) => ({
            cell: `${columnLetters(column)}${row + 1}`,
            write: { kind: "number", value },
          }));
          const expected = new Map(plans.map((plan) => [plan.cell, (plan.write as { value: number }).value]));
          const seen = new Map<string, unknown>();
          for (const block of cellBlocks(plans, {}, maxBytes)) {
            expect(block.bytes).toBeLessThanOrEqual(maxBytes);
            block.formulas.forEach((row, r) =>
              row.forEach((input, c) => {
                if (input === null) return;
                const address = `${columnLetters(block.left + c)}${block.top + r + 1}`;
                expect(seen.has(address)).toBe(false);
                seen.set(address, input);
              }),
            );
          }
          expect(seen).toEqual(expected);
        },
      ),
    );
  });

  it("gives '@' to text Excel would misread, the style's format to the rest", () => {
    const [block] = cellBlocks(
      [
        { cell: "A1", write: { kind: "text", value: "1.1" }, style: "price" },
        { cell: "B1", write: { kind: "text", value: "Plateau" }, style: "price" },
        { cell: "C1", write: { kind: "number", value: 2 }, style: "price" },
      ],
      { price: { numberFormat: "0.00" } },
      10_000,
    );
    expect(block.numberFormats).toEqual([["@", "0.00", "0.00"]]);
    expect(block.formulas).toEqual([["1.1", "Plateau", 2]]);
  });
});

describe("rectangles", () => {
  it("stacks identical runs of consecutive rows", () => {
    const cells = [0, 1, 2].flatMap((row) => [2, 3].map((column) => ({ row, column })));
    expect(rectangles([...cells, { row: 5, column: 0 }])).toEqual([
      { top: 0, left: 2, bottom: 2, right: 3 },
      { top: 5, left: 0, bottom: 5, right: 0 },
    ]);
  });
});

describe("chunkByBytes", () => {
  it("keeps order and never exceeds the limit with ops smaller than it", () => {
    const ops = [5, 5, 5, 8, 1, 9].map((bytes) => ({ bytes, apply: () => undefined }));
    expect(chunkByBytes(ops, 10).map((batch) => batch.map((op) => op.bytes))).toEqual([
      [5, 5],
      [5],
      [8, 1],
      [9],
    ]);
  });
});

describe("excelWouldReinterpret", () => {
  it.each([
    "1.1",
    "=not a formula",
    "+33 1 23",
    "-50 %",
    "@x",
    "TRUE",
    "vrai",
    "12/03",
    "50%",
    "€12",
    "#N/A",
    "janv-24",
    " 1",
  ])("protects %j", (text) => expect(excelWouldReinterpret(text)).toBe(true));
  it.each(["Plateau repas", "Plateau 12", "pièce", "BPU", "", "Menu A", "Marseille 13"])(
    "leaves %j alone",
    (text) => expect(excelWouldReinterpret(text)).toBe(false),
  );
});

describe("requirement sets", () => {
  it("has a message in both languages for every feature and outcome", () => {
    for (const { feature } of FEATURE_REQUIREMENTS) {
      for (const outcome of ["missing", "skipped", "notImplemented"]) {
        expect(isMessageKey(`excel.feature.${feature}.${outcome}`)).toBe(true);
      }
    }
    expect(t("fr", "excel.feature.validations.missing", { version: "1.8" })).toContain("ExcelApi 1.8");
    expect(t("en", "excel.feature.validations.missing", { version: "1.8" })).toContain("ExcelApi 1.8");
  });

  it("lists what the representative plan needs, by host version", () => {
    const at = (version: string) => ({
      isSetSupported: (_name: string, wanted: string) =>
        Number(wanted.split(".")[1]) <= Number(version.split(".")[1]),
    });
    expect(checkRequirements(REPRESENTATIVE_PLAN, at("1.8")).findings).toEqual([]);
    const old = checkRequirements(REPRESENTATIVE_PLAN, at("1.3"));
    expect(old.canApply).toBe(false);
    expect(old.findings.map((finding) => finding.messageKey)).toEqual([
      "excel.feature.cells.missing",
      "excel.feature.names.missing",
      "excel.feature.freeze.skipped",
      "excel.feature.validations.missing",
    ]);
  });

  it("skips print layout and charts on hosts without their sets, without refusing the plan", () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ name: "S", cells: [], print: { orientation: "landscape" } }],
    };
    const check = checkRequirements(plan, { isSetSupported: (_name, version) => version !== "1.9" });
    expect(check.canApply).toBe(true);
    expect(check.findings).toEqual([
      expect.objectContaining({
        code: "excel.requirement.skipped",
        severity: "warning",
        messageKey: "excel.feature.print.skipped",
      }),
    ]);
  });
});

describe("column widths", () => {
  it("converts Excel's character width to points (Calibri 11: 7 px per character plus 5 px)", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});

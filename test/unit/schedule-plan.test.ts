import { buildSchedulePlan, SCHEDULE_NAMES, SCHEDULE_SHEET } from "../../src/core/schedule";
import { splitSheetReference, type CellPlan, type WorkbookPlan } from "../../src/core/workbook";
import { t, type Lang } from "../../src/i18n";
import { sampleLines } from "./schedule-helpers";

// The standard schedule as a plan: its rows, what the bidder may type, what the machine reads.

const LANGS: readonly Lang[] = ["fr", "en"];

function cellsOf(plan: WorkbookPlan): Map<string, CellPlan> {
  return new Map(plan.sheets[0].cells.map((cell) => [cell.cell, cell]));
}

const written = (cell: CellPlan | undefined) =>
  cell?.write.kind === "text"
    ? cell.write.value
    : cell?.write.kind === "formula"
      ? cell.write.formula
      : cell?.write;

describe.each(LANGS)("the %s schedule plan", (lang) => {
  const plan = buildSchedulePlan({ lines: sampleLines(), lang, title: "=Consultation 2026-07" });
  const sheet = plan.sheets[0];
  const cells = cellsOf(plan);
  const column = (letter: string) =>
    [...cells.values()].filter((cell) => cell.cell.startsWith(letter) && /^[A-Z]\d+$/.test(cell.cell));

  test("one sheet, one row per line and VAT category, the split lines numbered a, b", () => {
    expect(plan.sheets.map((one) => one.name)).toEqual([SCHEDULE_SHEET]);
    const refs = Array.from({ length: 10 }, (_v, i) => written(cells.get(`A${9 + i}`)));
    expect(refs).toEqual(["1.1a", "1.1b", "1.2", "1.3", "4a", "4b", "2.1", "2.2", "=1+1", "2.4"]);
    const parts = Array.from({ length: 10 }, (_v, i) => written(cells.get(`J${9 + i}`)));
    expect(parts).toEqual([
      "repas",
      "alcool",
      "repas",
      "repas",
      "repas",
      "materiel",
      "repas",
      "repas",
      "alcool",
      "materiel",
    ]);
    expect(written(cells.get("B10"))).toContain(
      t(lang, "schedule.part", {
        category: t(lang, "pricing.vat.alcool"),
        rate: lang === "fr" ? "20\u00a0%" : "20%",
      }),
    );
  });

  test("texts from the buyer (refs, title) are written as text, never as formulas", () => {
    expect(cells.get("A17")?.write).toEqual({ kind: "text", value: "=1+1" });
    expect(cells.get("A2")?.write).toEqual({ kind: "text", value: "=Consultation 2026-07" });
  });

  test("only the price cells and the bidder's name are unlocked, yellow and validated", () => {
    const unlocked = sheet.cells
      .filter((cell) => plan.styles[cell.style ?? ""]?.locked === false)
      .map((cell) => cell.cell);
    expect(unlocked).toEqual(["C6", ...Array.from({ length: 10 }, (_v, i) => `E${9 + i}`)]);
    for (const cell of unlocked) expect(plan.styles[cells.get(cell)?.style ?? ""].fill).toBe("FFF2CC");
    expect(sheet.validations?.map((validation) => [validation.range, validation.rule.type])).toEqual([
      ["E9:E18", "custom"],
      ["C6", "textLength"],
    ]);
    expect(sheet.validations?.[0].rule).toEqual({
      type: "custom",
      formula: "=AND(ISNUMBER(E9),E9>=0,ROUND(E9,2)=E9)",
    });
    expect(sheet.protection).toBeDefined();
  });

  test("TTC and amounts are formulas with ROUND where R6 and R7 put it; VAT per rate on the totals", () => {
    expect(written(cells.get("G9"))).toBe('=IF(E9="","",ROUND(E9*(1+F9),2))');
    expect(written(cells.get("H12"))).toBe('=IF(E12="","",ROUND(D12*E12,2))');
    const formulas = column("H").map((cell) => written(cell));
    expect(formulas).toContain("=SUM($H$9:$H$18)");
    expect(formulas).toContain("=SUMIF($F$9:$F$18,F21,$H$9:$H$18)");
    expect(formulas).toContain("=ROUND(H21*F22,2)");
  });

  test("defined names mark the table, the bidder, the version and the totals", () => {
    const names = new Map((plan.names ?? []).map((name) => [name.name, splitSheetReference(name.ref)]));
    expect(names.get(SCHEDULE_NAMES.table)).toEqual({ sheet: SCHEDULE_SHEET, range: "$A$8:$J$18" });
    expect(names.get(SCHEDULE_NAMES.bidder)?.range).toBe("$C$6");
    expect(written(cells.get(names.get(SCHEDULE_NAMES.version)!.range.replace(/\$/g, "")))).toBe("1.0");
    expect(written(cells.get(names.get(SCHEDULE_NAMES.totalTtc)!.range.replace(/\$/g, "")))).toMatch(
      /^=H\d+\+H\d+$/,
    );
  });

  test("hidden machine columns, A4 landscape print of the visible columns", () => {
    expect(sheet.columns?.filter((one) => one.hidden).map((one) => one.column)).toEqual(["I", "J"]);
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: "8:8",
    });
    expect(sheet.print?.area).toMatch(/^A1:H\d+$/);
    expect(written(cells.get("E8"))).toBe(t(lang, "schedule.header.priceHt"));
  });

  test("a designation longer than its column gets a row tall enough for all its lines; a short one keeps one line", () => {
    const height = (row: number) => sheet.rows?.find((one) => one.row === row)?.height ?? 15;
    const designation = (row: number) => String(written(cells.get(`B${row}`)));
    // At least one line per 58 characters (the column's width), 15 pt a line, whatever the font draws.
    for (let row = 9; row <= 18; row += 1)
      expect(height(row)).toBeGreaterThanOrEqual(15 * Math.ceil(designation(row).length / 58));
    expect(designation(13).length).toBeGreaterThan(2 * 58);
    expect(height(13)).toBeGreaterThanOrEqual(48);
    expect(sheet.rows?.some((one) => one.row === 16)).toBe(false);
  });

  test("every cell of a line sits at the top of its row, so a price faces the first line of its designation", () => {
    const rowCells = sheet.cells.filter((cell) => /^[A-H](9|1[0-8])$/.test(cell.cell));
    expect(rowCells).toHaveLength(80);
    const misaligned = rowCells.filter(
      (cell) => plan.styles[cell.style ?? ""]?.alignment?.vertical !== "top",
    );
    expect(misaligned.map((cell) => cell.cell)).toEqual([]);
  });
});

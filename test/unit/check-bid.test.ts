import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Finding } from "../../src/core/findings";
import { columnIndex, columnLetters } from "../../src/core/workbook/address";
import type { CellEdit } from "../../src/core/workbook/plan";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { numberFromScaled } from "../../src/core/money/decimal";
import { priceVariant } from "../../src/core/pricing";
import { checkBid, type BidCheck } from "../../src/usecases/check-bid";
import { compareTenderBids } from "../../src/usecases/compare-bids";
import { findingMessage } from "../../src/core/finding-message";
import { bidCheckJson } from "../../src/usecases/check-bid-findings";
import { makeSchedule } from "../../src/usecases/make-schedule";
import { mapTender } from "../../src/usecases/map-tender";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { smallTenderPlan } from "../helpers/fill-fixtures";
import { ALL_VARIANTS, rewriteXlsx } from "../helpers/xlsx-variants";
import { withoutFormula, withRowInserted, withRowRemoved, withValue } from "./bid-helpers";
import { FIXTURES, loadGrid } from "./pricing-helpers";
import { SAMPLE_LINES_JSON } from "./schedule-helpers";

// `checkBid` finds the price table of the original itself (no column letters given) and checks the bid's same
// table: the public bids to t-departement.xlsx as they are, then copies tampered as a bidder would leave them —
// prices typed through the fill plan into the file's bytes; locked cells (rates, designations), formulas and rows
// changed in the snapshot (the fill door rightly refuses to write those) — each caught at its cell, and with the
// caterer's grid the prices that are not the grid's.

const SHEET = "BPU-DQE";
const file = (relative: string) => new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
const TENDER = file("tenders/t-departement.xlsx");
const BIDS = Object.fromEntries(["a", "b", "c", "d"].map((name) => [name, file(`bids/bid-${name}.xlsx`)]));

let original: WorkbookSnapshot;
let bidA: WorkbookSnapshot;

beforeAll(async () => {
  original = await readWorkbook(TENDER, "t-departement.xlsx");
  bidA = await readWorkbook(BIDS.a, "bid-a.xlsx");
});

const read = (bytes: Uint8Array, name = "offre.xlsx") => readWorkbook(bytes, name);

/** The bid with its price sheet changed in memory. */
function withSheet(
  book: WorkbookSnapshot,
  change: (sheet: SheetSnapshot) => SheetSnapshot,
): WorkbookSnapshot {
  return { ...book, sheets: book.sheets.map((sheet) => (sheet.name === SHEET ? change(sheet) : sheet)) };
}

/** Typed into the bid's bytes through the core's fill plan, as a bidder would in Excel. */
async function typed(edits: readonly Omit<CellEdit, "sheet">[], bytes = BIDS.a): Promise<WorkbookSnapshot> {
  const wanted = edits.map((edit) => ({ sheet: SHEET, ...edit }));
  const { data, report } = await fillWorkbookBytes(bytes, "bid-a.xlsx", wanted, { overwrite: true });
  expect(report.written).toHaveLength(edits.length);
  return read(data);
}

function checked(result: BidCheck): Extract<BidCheck, { kind: "checked" }> {
  if (result.kind !== "checked") throw new Error(`unusable: ${JSON.stringify(result.findings)}`);
  return result;
}

const where = (findings: readonly Finding[]) => findings.map((f) => [f.code, f.location?.cell]);
const check = (bid: WorkbookSnapshot, grid?: string) =>
  checked(checkBid({ original, bid, ...(grid ? { grid: loadGrid(grid) } : {}) }));

const num = (value: number) => ({ type: "number", value }) as const;

describe("the public bids as they are", () => {
  test.each(["a", "b", "d"])("bid-%s: nothing to report, 25 priced lines, every price read", async (name) => {
    const result = check(await read(BIDS[name], `bid-${name}.xlsx`));
    expect(result).toMatchObject({ sheet: SHEET, bid: `bid-${name}.xlsx`, tender: "t-departement.xlsx" });
    expect(where(result.findings)).toEqual([]);
    expect(result.lines).toHaveLength(25);
    expect(result.lines.every((line) => line.unitHt !== null)).toBe(true);
  });

  test("bid-c: the missing price of line 6.2 (cook), at BPU-DQE!D43", async () => {
    const result = check(await read(BIDS.c, "bid-c.xlsx"));
    expect(where(result.findings)).toEqual([["bid.price.missing", "D43"]]);
    expect(result.findings[0]).toMatchObject({ severity: "error", location: { sheet: SHEET } });
    expect(bidCheckJson({ bid: "bid-c.xlsx", tender: "t.xlsx" }, result.findings, "en")).toEqual({
      bid: "bid-c.xlsx",
      tender: "t.xlsx",
      findings: [
        {
          code: "bid.price.missing",
          severity: "error",
          cell: "BPU-DQE!D43",
          message: findingMessage(result.findings[0], "en"),
        },
      ],
    });
  });

  test.each(ALL_VARIANTS)("bid-c as another writer stores it (%s): the same finding", async (variant) => {
    const result = check(await read(await rewriteXlsx(BIDS.c, variant)));
    expect(where(result.findings)).toEqual([["bid.price.missing", "D43"]]);
  });
});

describe("prices typed into a copy of bid-a through the fill plan", () => {
  test.each<[string, CellEdit["value"], string, string]>([
    ["missing", null, "D15", "bid.price.missing"],
    ["typed as text", "12,50 €", "D16", "bid.price.text"],
    ["negative", -27, "D17", "bid.price.negative"],
    ["with 3 decimals", 1.255, "D18", "bid.price.decimals"],
    ["unreadable", "douze euros", "D20", "bid.price.unreadable"],
  ])("%s → %s at its cell", async (_name, value, cell, code) => {
    const result = check(await typed([{ cell, value }]));
    expect(where(result.findings).filter(([c]) => c === code)).toEqual([[code, cell]]);
  });

  test('"12,50 €" is read as 12.50 with a warning; the price counts', async () => {
    const result = check(await typed([{ cell: "D16", value: "12,50 €" }]));
    const finding = result.findings.find((f) => f.code === "bid.price.text");
    expect(finding).toMatchObject({ severity: "warning", params: { price: 1250 } });
    expect(result.lines.find((line) => line.originalRow === 16)?.unitHt).toBe(1250);
    expect(findingMessage(finding as Finding, "fr")).toContain("12,50 €");
  });

  test("zero and absurd prices are warnings; the buyer's TTC and amount formulas are not held against them", async () => {
    // Typed through the fill plan, as `grille fill` does: the TTC and amount formulas of the line lose the results
    // they had saved from the blank price, so no stale figure disagrees with the price (every program computes them).
    const zero = check(await typed([{ cell: "D17", value: 0 }]));
    expect(where(zero.findings)).toEqual([["bid.price.zero", "D17"]]);
    const absurd = check(await typed([{ cell: "D17", value: 27_000 }]));
    expect(where(absurd.findings)).toEqual([["bid.price.absurd", "D17"]]);
  });
});

describe("formulas and rows changed in the snapshot", () => {
  test("TTC and amount typed over: replaced formulas, the TTC checked against HT × rate", () => {
    const bid = withSheet(bidA, (sheet) =>
      withValue(withoutFormula(withoutFormula(sheet, "F15"), "H15"), "F15", num(13.9)),
    );
    expect(where(check(bid).findings)).toEqual([
      ["bid.ttc.mismatch", "F15"],
      ["bid.formula.replaced", "F15"],
      ["bid.formula.replaced", "H15"],
    ]);
  });

  test("a formula outside the line columns (amount TTC) and under the table (total HT) typed over", () => {
    const bid = withSheet(bidA, (sheet) => withoutFormula(withoutFormula(sheet, "I22"), "H46"));
    const result = check(bid);
    expect(where(result.findings)).toEqual([
      ["bid.formula.replaced", "I22"],
      ["bid.formula.replaced", "H46"],
    ]);
    expect(result.findings[0].params).toMatchObject({ column: "Montant TTC (€)", formula: "=G22*F22" });
    expect(result.findings[1].params).toMatchObject({ column: "amountHt", formula: "=SUM(H15:H44)" });
    expect(findingMessage(result.findings[1], "fr")).toMatch(/^Montant HT : la formule du bordereau/);
  });

  test("an alcohol line billed at 10 %: an unusual rate, and the buyer's rate changed", () => {
    const result = check(withSheet(bidA, (sheet) => withValue(sheet, "E27", num(0.1))));
    expect(where(result.findings)).toEqual([
      ["bid.vat.unusual", "E27"],
      ["bid.cell.changed", "E27"],
      ["bid.ttc.mismatch", "F27"],
    ]);
    expect(result.findings[0].params).toMatchObject({ category: "alcool", rate: 1000 });
  });

  test.each([
    ["B20", { type: "text", value: "Plateau-repas prestige (sans dessert)" }],
    ["C21", { type: "text", value: "personne" }],
    ["G22", num(60)],
  ] as const)("%s changed from the original: an error at the cell", (cell, value) => {
    const result = check(withSheet(bidA, (sheet) => withValue(sheet, cell, value)));
    expect(where(result.findings)).toEqual([["bid.cell.changed", cell]]);
    expect(result.findings[0].severity).toBe("error");
  });

  test("an amount whose cached value disagrees: the corrected amount, the unit price prevailing", () => {
    const result = check(withSheet(bidA, (sheet) => withValue(sheet, "H21", num(2700))));
    expect(where(result.findings)).toEqual([["bid.amount.mismatch", "H21"]]);
    expect(result.findings[0].params).toMatchObject({ amount: 270_000, corrected: 268_500 });
  });

  test("a row added: reported at its cell; a formula typed over below it is found where the row went", () => {
    const bid = withSheet(bidA, (sheet) =>
      withoutFormula(withRowInserted(sheet, 30, ["3.6", "Cocktail de bienvenue", "pers."]), "H47"),
    );
    const result = check(bid);
    expect(where(result.findings)).toEqual([
      ["bid.row.added", "B30"],
      ["bid.formula.replaced", "H47"],
    ]);
    expect(result.lines.find((line) => line.originalRow === 44)).toMatchObject({ bidRow: 45 });
  });

  test("a row removed: reported on the sheet, the line counts as unpriced", () => {
    const result = check(withSheet(bidA, (sheet) => withRowRemoved(sheet, 25)));
    expect(where(result.findings)).toEqual([["bid.row.removed", undefined]]);
    expect(result.lines.find((line) => line.originalRow === 25)).toMatchObject({ bidRow: null });
    expect(bidCheckJson({ bid: "b", tender: "t" }, result.findings, "fr").findings[0].cell).toBe(SHEET);
  });

  test("a column inserted by the bidder: one error, the lines are not checked against shifted columns", () => {
    const bid = withSheet(bidA, (sheet) => withColumnAt(sheet, 3, 12, "Remise (%)"));
    const result = check(bid);
    expect(where(result.findings)).toEqual([["bid.table.columns", undefined]]);
    expect(result.findings[0].params).toMatchObject({ original: "D", changed: "E" });
  });
});

describe("stale prices with the caterer's grid", () => {
  test("bid-b is traiteur A's grid: nothing stale; against the reference grid, each line that differs", async () => {
    const bidB = await read(BIDS.b, "bid-b.xlsx");
    const own = check(bidB, "traiteur-a");
    expect(where(own.findings)).toEqual([]);
    expect(own.gridLines).toBeGreaterThan(20);
    const other = check(bidB, "reference");
    expect(other.findings.every((f) => f.code === "bid.price.stale" && f.severity === "warning")).toBe(true);
    expect(other.findings[0]).toMatchObject({
      location: { sheet: SHEET, cell: "D15" },
      params: { price: 1190, expected: 1240 },
    });
  });

  test("bid-c is traiteur B's grid: only the missing cook price, which its grid does not offer", async () => {
    const result = check(await read(BIDS.c, "bid-c.xlsx"), "traiteur-b");
    expect(where(result.findings)).toEqual([["bid.price.missing", "D43"]]);
  });

  test("a price changed by hand after the fill is stale", async () => {
    const result = check(await typed([{ cell: "D25", value: 6.5 }]), "reference");
    expect(where(result.findings)).toEqual([["bid.price.stale", "D25"]]);
    expect(findingMessage(result.findings[0], "en")).toContain("€6.20");
  });
});

describe("a bid that cannot be checked against this original", () => {
  test("the bid has no sheet of the original's price table", async () => {
    const renamed = { ...bidA, sheets: bidA.sheets.map((sheet) => ({ ...sheet, name: "Offre" })) };
    const result = checkBid({ original, bid: renamed });
    expect(result.kind).toBe("unusable");
    expect(result.findings.map((f) => f.code)).toEqual(["bid.sheet.missing"]);
    expect(findingMessage(result.findings[0], "fr")).toContain("« BPU-DQE »");
  });

  test("another schedule chosen as the original: most lines differ", async () => {
    const renamed = withSheet(bidA, (sheet) =>
      [15, 16, 17, 18, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31].reduce(
        (acc, row) => withValue(acc, `B${row}`, { type: "text", value: `Article ${row}` }),
        sheet,
      ),
    );
    const result = checkBid({ original, bid: renamed });
    expect(result.kind).toBe("unusable");
    expect(result.findings[0]).toMatchObject({
      code: "bid.table.mismatch",
      params: { count: 14, total: 25 },
    });
  });

  test("an original with no price table", async () => {
    const blank = { ...original, sheets: [{ ...original.sheets[0], cells: [] }] };
    const result = checkBid({ original: blank as WorkbookSnapshot, bid: bidA });
    expect(result.kind).toBe("unusable");
    expect(result.findings[0].severity).toBe("error");
  });
});

describe("a bid on the standard schedule (grille bordereau), in English", () => {
  let schedule: WorkbookSnapshot;
  let filled: WorkbookSnapshot;

  beforeAll(async () => {
    const made = makeSchedule({ lines: SAMPLE_LINES_JSON, lang: "en" });
    const bytes = await writeWorkbook(made.plan!);
    schedule = await readWorkbook(bytes, "schedule.xlsx");
    const mapping = mapTender({ book: schedule }).mapping!;
    const grid = loadGrid("reference");
    const edits = mapping.lines.map((line) => {
      const result = priceVariant(grid, line.variant!);
      if (!result.ok) throw new Error("not priceable");
      const part = result.byVat.find((one) => one.category === line.priceCells[0].part)!;
      return { ...line.priceCells[0], value: numberFromScaled(part.ht, 2) };
    });
    filled = await readWorkbook((await fillWorkbookBytes(bytes, "bid.xlsx", edits)).data, "bid.xlsx");
  });

  test("read by its contract: every line mapped, checked clean with the grid that filled it", () => {
    const mapping = mapTender({ book: schedule }).mapping!;
    expect(mapping.lines.every((line) => line.status === "mapped")).toBe(true);
    const result = checked(checkBid({ original: schedule, bid: filled, grid: loadGrid("reference") }));
    expect(where(result.findings)).toEqual([]);
    expect(result.gridLines).toBe(mapping.lines.length);
  });

  test("with another caterer's grid, a stale price on the alcohol part of a split line", () => {
    const result = checked(checkBid({ original: schedule, bid: filled, grid: loadGrid("traiteur-b") }));
    expect(result.findings.every((f) => f.code === "bid.price.stale")).toBe(true);
    expect(where(result.findings)).toContainEqual(["bid.price.stale", "E10"]);
  });

  test("the wine part billed at 10 %: the rate the schedule's part asks (alcool) is checked", () => {
    const bid = withSheetNamed(filled, "BPU-DQE", (sheet) => withValue(sheet, "F10", num(0.1)));
    const result = checked(checkBid({ original: schedule, bid }));
    expect(where(result.findings)).toEqual([
      ["bid.vat.unusual", "F10"],
      ["bid.cell.changed", "F10"],
    ]);
  });

  test("a column inserted before the prices is found where it went", () => {
    const bid = namesShifted(
      withSheetNamed(filled, "BPU-DQE", (sheet) => withColumnAt(sheet, 4, 7, "Discount")),
      "BPU-DQE",
      4,
    );
    const result = checked(checkBid({ original: schedule, bid }));
    expect(where(result.findings)).toEqual([["bid.table.columns", undefined]]);
    expect(result.findings[0].params).toMatchObject({ original: "E", changed: "F" });
  });
});

function withSheetNamed(
  book: WorkbookSnapshot,
  name: string,
  change: (sheet: SheetSnapshot) => SheetSnapshot,
): WorkbookSnapshot {
  return { ...book, sheets: book.sheets.map((sheet) => (sheet.name === name ? change(sheet) : sheet)) };
}

/**
 * A column inserted before `column` (0-based), `header` in 0-based row `headerRow`, as Excel does it: the defined
 * names of the sheet move with their cells.
 */
function withColumnAt(
  sheet: SheetSnapshot,
  column: number,
  headerRow: number,
  header: string,
): SheetSnapshot {
  const c = column - sheet.range.column;
  const cells = sheet.cells.map((row, r) => {
    const fresh: CellSnapshot =
      sheet.range.row + r === headerRow
        ? { value: { type: "text", value: header } }
        : { value: { type: "empty" } };
    return [...row.slice(0, c), fresh, ...row.slice(c)];
  });
  return { ...sheet, cells, range: { ...sheet.range, columnCount: sheet.range.columnCount + 1 } };
}

/** The book's defined names on `sheet` with their columns from `column` (0-based) shifted right by one. */
function namesShifted(book: WorkbookSnapshot, sheet: string, column: number): WorkbookSnapshot {
  const shift = (ref: string) =>
    ref.replace(/\$([A-Z]+)\$(\d+)/g, (whole, letters: string, row: string) => {
      const index = columnIndex(letters) as number;
      return index >= column ? `$${columnLetters(index + 1)}$${row}` : whole;
    });
  const names = book.names.map((name) =>
    name.ref.includes(sheet) ? { ...name, ref: shift(name.ref) } : name,
  );
  return { ...book, names };
}

test("a header changed: still recognised, the cell changed; no longer recognised, said, and the lines checked", () => {
  const renamed = withSheet(bidA, (sheet) => withValue(sheet, "B12", { type: "text", value: "Article" }));
  expect(where(check(renamed).findings)).toEqual([["bid.cell.changed", "B12"]]);
  const lost = withSheet(bidA, (sheet) =>
    withValue(withValue(sheet, "B12", { type: "text", value: "Texte" }), "D15", { type: "empty" }),
  );
  const result = check(lost);
  expect(where(result.findings)).toEqual([
    ["bid.table.header", undefined],
    ["bid.price.missing", "D15"],
  ]);
  expect(result.findings[0].params).toMatchObject({ row: 13 });
});

// The buyer's side of a schedule with the same reference on two lines: bids are matched to the schedule's lines
// by row (the alignment keys each row on its ref AND designation), never by reference alone, so neither "1.1"
// takes the other's price, in the check as in the comparison; a bidder's row removed is the one said.
describe("the same reference on two lines of the schedule", () => {
  const LINES = [
    { designation: "Cocktail 8 pièces", unit: "personne" },
    { designation: "Plateau-repas classique", unit: "plateau" },
    { designation: "Buffet froid", unit: "personne" },
    { designation: "Pause café", unit: "personne" },
  ];
  const PRICES = { D4: 10, D5: 20, D6: 30, D7: 40 };

  /** The schedule (A4 and A7 both "1.1") and a bid priced through the fill plan, both real files. */
  async function repeated(): Promise<{ schedule: WorkbookSnapshot; bid: WorkbookSnapshot }> {
    const schedule = await writeWorkbook(smallTenderPlan(LINES, { refs: { A7: "1.1" } }));
    const edits = Object.entries(PRICES).map(([cell, value]) => ({ sheet: "BPU", cell, value }));
    const { data } = await fillWorkbookBytes(schedule, "bpu.xlsx", edits, { overwrite: false });
    return { schedule: await read(schedule, "bpu.xlsx"), bid: await read(data, "offre.xlsx") };
  }

  const unitPrices = (result: Extract<BidCheck, { kind: "checked" }>) =>
    result.lines.map((line) => [line.originalRow, line.bidRow, line.unitHt]);

  test("each line's price is read from its own row, in the check and in the comparison", async () => {
    const { schedule, bid } = await repeated();
    const result = checked(checkBid({ original: schedule, bid }));
    expect(where(result.findings)).toEqual([]);
    expect(unitPrices(result)).toEqual([
      [4, 4, 1000],
      [5, 5, 2000],
      [6, 6, 3000],
      [7, 7, 4000],
    ]);
    const compared = compareTenderBids({
      tender: schedule,
      bids: [{ file: "offre.xlsx", source: { kind: "workbook", book: bid } }],
      options: { points: 40 },
    });
    if (!compared.ok) throw new Error(JSON.stringify(compared.findings));
    expect(compared.tender.lines.map((line) => [line.row, line.ref])).toEqual([
      [4, "1.1"],
      [5, "1.2"],
      [6, "1.3"],
      [7, "1.1"],
    ]);
    expect(compared.bids[0].unit).toEqual([1000, 2000, 3000, 4000]);
  });

  test("the bidder removed the first 1.1: that line is said removed, unpriced; the other keeps its own price", async () => {
    const { schedule, bid } = await repeated();
    const removed = withSheetNamed(bid, "BPU", (sheet) => withRowRemoved(sheet, 4));
    const result = checked(checkBid({ original: schedule, bid: removed }));
    expect(result.findings.map((finding) => [finding.code, finding.params?.row])).toEqual([
      ["bid.row.removed", 4],
    ]);
    expect(unitPrices(result)).toEqual([
      [4, null, null],
      [5, 4, 2000],
      [6, 5, 3000],
      [7, 6, 4000],
    ]);
  });

  test("two adjacent 1.1 lines, one removed and the other rewritten: which is which is ambiguous, and said, never silent", async () => {
    const schedule = await writeWorkbook(smallTenderPlan(LINES, { refs: { A5: "1.1" } }));
    const edits = Object.entries(PRICES).map(([cell, value]) => ({ sheet: "BPU", cell, value }));
    const { data } = await fillWorkbookBytes(schedule, "bpu.xlsx", edits, { overwrite: false });
    const bid = withSheetNamed(await read(data, "offre.xlsx"), "BPU", (sheet) =>
      withValue(withRowRemoved(sheet, 4), "B4", { type: "text", value: "Plateau-repas du chef" }),
    );
    const result = checked(checkBid({ original: await read(schedule, "bpu.xlsx"), bid }));
    const codes = result.findings.map((finding) => [finding.code, finding.severity]);
    expect(codes).toContainEqual(["bid.row.removed", "error"]);
    expect(codes).toContainEqual(["bid.cell.changed", "error"]);
    // The lines below the pair keep their own prices.
    expect(unitPrices(result).slice(2)).toEqual([
      [6, 5, 3000],
      [7, 6, 4000],
    ]);
  });

  test("the bidder rewrote the second 1.1 line: said at its cell, and the first 1.1 keeps its own price", async () => {
    const { schedule, bid } = await repeated();
    const rewritten = withSheetNamed(bid, "BPU", (sheet) =>
      withValue(sheet, "B7", { type: "text", value: "Cocktail 8 pièces" }),
    );
    const result = checked(checkBid({ original: schedule, bid: rewritten }));
    expect(where(result.findings)).toEqual([["bid.cell.changed", "B7"]]);
    expect(unitPrices(result)).toEqual([
      [4, 4, 1000],
      [5, 5, 2000],
      [6, 6, 3000],
      [7, 7, 4000],
    ]);
  });
});

describe("the comparison reads a bid exactly as the check does", () => {
  /** The bid's findings in a comparison with bid-b beside it, and whether it was compared at all. */
  const compared = (bid: WorkbookSnapshot) => {
    const result = compareTenderBids({
      tender: original,
      bids: [
        { file: "offre.xlsx", source: { kind: "workbook", book: bid } },
        { file: "bid-b.xlsx", source: { kind: "workbook", book: bidA } },
      ],
      options: { points: 40 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    return { kind: result.bids[0].kind, findings: where(result.bids[0].findings) };
  };

  test.each([
    [
      "a column inserted: refused, with the check's one finding",
      (sheet: SheetSnapshot) => withColumnAt(sheet, 3, 12, "Remise (%)"),
    ],
    [
      "a header changed",
      (sheet: SheetSnapshot) => withValue(sheet, "B12", { type: "text", value: "Article" }),
    ],
    [
      "a row added",
      (sheet: SheetSnapshot) => withRowInserted(sheet, 30, ["3.6", "Cocktail de bienvenue", "pers."]),
    ],
    ["a row removed", (sheet: SheetSnapshot) => withRowRemoved(sheet, 25)],
    ["the total typed over its formula", (sheet: SheetSnapshot) => withoutFormula(sheet, "H46")],
  ])("%s", (_case, change) => {
    const bid = withSheet(bidA, change);
    const checkedFindings = where(check(bid).findings);
    expect(checkedFindings.length).toBeGreaterThan(0);
    const moved = checkedFindings.some(([code]) => code === "bid.table.columns");
    expect(compared(bid)).toEqual({ kind: moved ? "unreadable" : "schedule", findings: checkedFindings });
  });
});

describe("worded for who reads it", () => {
  test("the bidder checking its own bid reads what to correct; the same findings, codes and cells as the buyer's", async () => {
    const bidC = await read(BIDS.c, "bid-c.xlsx");
    const tampered = withSheet(bidC, (sheet) =>
      withValue(sheet, "B16", { type: "text", value: "Cocktail maison" }),
    );
    const buyer = checked(checkBid({ original, bid: tampered }));
    const bidder = checked(checkBid({ original, bid: tampered, reader: "bidder" }));
    expect(where(bidder.findings)).toEqual(where(buyer.findings));
    expect(bidder.findings.map((f) => f.code)).toEqual(["bid.cell.changed", "bid.price.missing"]);
    expect(bidder.findings.map((f) => f.messageKey)).toEqual([
      "bid.own.cell.changed",
      "bid.own.price.missing",
    ]);
    for (const finding of bidder.findings) {
      const fr = findingMessage(finding, "fr");
      expect(fr).not.toMatch(/candidat/);
      expect(fr).toMatch(/votre offre|Saisissez/);
    }
    expect(findingMessage(buyer.findings[1], "fr")).toContain("à la place du candidat");
  });
});

import * as path from "node:path";
import { checkBidSheet, type BidSheetInput } from "../../src/core/bid";
import type { SheetSnapshot } from "../../src/core/workbook/snapshot";
import {
  departementVat,
  where,
  withCell,
  withoutFormula,
  withRowInserted,
  withRowRemoved,
  withValue,
} from "./bid-helpers";
import { DEPARTEMENT, readFixtureSheet } from "./compare-helpers";

// Each line check of a bid on the public bids to t-departement.xlsx: silent on the bids as they are (but for the
// one blank price of bid-c), and firing at the right cell on a line tampered with.

let tender: SheetSnapshot;
let bidA: SheetSnapshot;
const bids: Record<string, SheetSnapshot> = {};

const FIRST = DEPARTEMENT.headerRow + 1;
const COLUMNS = { ...DEPARTEMENT.columns, amountHt: DEPARTEMENT.amountHt };

beforeAll(async () => {
  tender = await readFixtureSheet(path.join("tenders", "t-departement.xlsx"));
  for (const name of ["bid-a", "bid-b", "bid-c", "bid-d"])
    bids[name] = await readFixtureSheet(path.join("bids", `${name}.xlsx`));
  bidA = bids["bid-a"];
});

function check(bid: SheetSnapshot, extraRows = 0, overrides: Partial<BidSheetInput> = {}) {
  return checkBidSheet({
    file: "bid.xlsx",
    columns: COLUMNS,
    original: { sheet: tender, firstRow: FIRST, lastRow: DEPARTEMENT.lastRow },
    bid: { sheet: bid, firstRow: FIRST, lastRow: DEPARTEMENT.lastRow + extraRows },
    expectedVat: departementVat(),
    ...overrides,
  });
}

describe("the public bids as they are", () => {
  test.each(["bid-a", "bid-b", "bid-d"])("%s: no finding, 25 priced lines, every price read", (name) => {
    const result = check(bids[name]);
    expect(where(result.findings)).toEqual([]);
    expect(result.lines).toHaveLength(25);
    expect(result.lines.every((line) => line.unitHt !== null && line.bidRow === line.originalRow)).toBe(true);
  });

  test("bid-c: only the blank price of line 6.2 (cook), at D43", () => {
    const result = check(bids["bid-c"]);
    expect(where(result.findings)).toEqual([["bid.price.missing", "D43"]]);
    expect(result.findings[0]).toMatchObject({
      severity: "error",
      location: { file: "bid.xlsx", sheet: "BPU-DQE" },
    });
    expect(result.lines.find((line) => line.originalRow === 43)?.unitHt).toBeNull();
  });
});

const text = (value: string) => ({ type: "text", value }) as const;
const num = (value: number) => ({ type: "number", value }) as const;
const empty = { type: "empty" } as const;

describe("a tampered line: the check fires at its cell", () => {
  test("missing price", () => {
    const result = check(withValue(bidA, "D15", empty));
    expect(where(result.findings)).toEqual([["bid.price.missing", "D15"]]);
  });

  test('price typed as text "17,50 €": read as 17.50 with a warning', () => {
    const result = check(withValue(bidA, "D16", text("17,50 €")));
    expect(where(result.findings)).toEqual([["bid.price.text", "D16"]]);
    expect(result.findings[0]).toMatchObject({ severity: "warning", params: { price: 1750 } });
    expect(result.lines.find((line) => line.originalRow === 16)?.unitHt).toBe(1750);
  });

  test.each([
    ["dix euros", "bid.price.unreadable"],
    ["-27", "bid.price.negative"],
  ])('price text "%s" → %s, the line counts as unpriced', (typed, code) => {
    const result = check(withValue(bidA, "D17", text(typed)));
    expect(where(result.findings)).toEqual([[code, "D17"]]);
    expect(result.lines.find((line) => line.originalRow === 17)?.unitHt).toBeNull();
  });

  test("negative, zero and absurd prices (the TTC and amount cached by the bid then disagree too)", () => {
    expect(where(check(withValue(bidA, "D17", num(-27))).findings)).toEqual([["bid.price.negative", "D17"]]);
    expect(where(check(withValue(bidA, "D17", num(0))).findings)).toEqual([
      ["bid.price.zero", "D17"],
      ["bid.ttc.mismatch", "F17"],
      ["bid.amount.mismatch", "H17"],
    ]);
    expect(where(check(withValue(bidA, "D17", num(27_000))).findings)).toEqual([
      ["bid.price.absurd", "D17"],
      ["bid.ttc.mismatch", "F17"],
      ["bid.amount.mismatch", "H17"],
    ]);
  });

  test("more than 2 decimals", () => {
    const result = check(withValue(bidA, "D18", num(1.255)));
    expect(where(result.findings)).toEqual([["bid.price.decimals", "D18"]]);
    expect(result.findings[0].params).toEqual({ text: "1.255" });
  });

  test("TTC inconsistent with HT and the rate beyond rounding; one cent either way is rounding", () => {
    const result = check(withValue(bidA, "F20", num(28.7)));
    expect(where(result.findings)).toEqual([["bid.ttc.mismatch", "F20"]]);
    expect(result.findings[0].params).toEqual({ ttc: 2870, price: 2600, rate: 1000, expected: 2860 });
    // 17.90 × 1.1 = 19.69 exactly; 19.68 or 19.70 is more than rounding, 19.690000000000001 is not.
    expect(where(check(withValue(bidA, "F21", num(19.690000000000001))).findings)).toEqual([]);
    expect(where(check(withValue(bidA, "F21", num(19.7))).findings)).toEqual([["bid.ttc.mismatch", "F21"]]);
  });

  test("a VAT rate unusual for the line: wine at 10 % (changed from the buyer's 20 % too)", () => {
    const result = check(withValue(withValue(bidA, "E27", num(0.1)), "F27", num(3.3)));
    expect(where(result.findings)).toEqual([
      ["bid.vat.unusual", "E27"],
      ["bid.cell.changed", "E27"],
    ]);
    expect(result.findings[0].params).toEqual({ rate: 1000, category: "alcool", rates: "2000" });
  });

  test("a VAT rate unusual for the line: food billed at 20 % when the schedule says repas", () => {
    const result = check(bidA, 0, { expectedVat: { 15: "alcool" } });
    expect(where(result.findings)).toEqual([["bid.vat.unusual", "E15"]]);
  });

  test("amount ≠ quantity × unit price: the unit price prevails, with the corrected amount", () => {
    const result = check(withValue(bidA, "H21", num(2700)));
    expect(where(result.findings)).toEqual([["bid.amount.mismatch", "H21"]]);
    expect(result.findings[0].params).toEqual({
      amount: 270_000,
      quantity: 150,
      price: 1790,
      corrected: 268_500,
    });
  });

  test.each([
    ["B22", text("Buffet chaud (1 plat chaud)")],
    ["C22", text("plateau")],
    ["G22", num(60)],
    ["A22", text("2.3 bis")],
  ])("%s changed from the original", (cell, value) => {
    const result = check(withValue(bidA, cell, value));
    expect(where(result.findings)).toEqual([["bid.cell.changed", cell]]);
    expect(result.findings[0].severity).toBe("error");
  });

  test("extra spaces in a designation are not a change", () => {
    const result = check(
      withValue(bidA, "B22", text("  Buffet chaud  (2 plats chauds, garnitures, desserts) ")),
    );
    expect(where(result.findings)).toEqual([]);
  });

  test("a buyer's formula replaced by a typed value", () => {
    const result = check(withoutFormula(bidA, "H23"));
    expect(where(result.findings)).toEqual([["bid.formula.replaced", "H23"]]);
    expect(result.findings[0].params).toMatchObject({ column: "amountHt", formula: "=G23*D23", value: 9500 });
  });
});

describe("rows added or removed", () => {
  test("a row inserted after 3.5: reported at its cell, every line below still checked against its own", () => {
    const tampered = withRowInserted(bidA, 30, ["3.6", "Cocktail de bienvenue", "pers.", "5"]);
    const result = check(tampered, 1);
    expect(where(result.findings)).toEqual([["bid.row.added", "B30"]]);
    expect(result.findings[0].params).toEqual({ row: 30, text: "3.6 Cocktail de bienvenue" });
    expect(result.lines.find((line) => line.originalRow === 44)).toMatchObject({ bidRow: 45, unitHt: 3800 });
  });

  test("a row removed: the line has no price, the lines below are still paired", () => {
    const result = check(withRowRemoved(bidA, 21), -1);
    expect(where(result.findings)).toEqual([["bid.row.removed", undefined]]);
    expect(result.findings[0].params).toEqual({
      row: 21,
      text: "2.2 Plateau-repas végétarien (menu de saison)",
    });
    expect(result.lines.find((line) => line.originalRow === 21)).toEqual({
      originalRow: 21,
      bidRow: null,
      unitHt: null,
    });
    expect(result.lines.find((line) => line.originalRow === 22)).toMatchObject({ bidRow: 21, unitHt: 2750 });
  });

  test("a designation changed and a row inserted just above it: both reported", () => {
    const changed = withValue(bidA, "B26", text("Pause gourmande"));
    const result = check(withRowInserted(changed, 26, ["3.1 bis", "Jus de fruits frais", "pers."]), 1);
    expect(where(result.findings).sort()).toEqual(
      [
        ["bid.row.added", "B26"],
        ["bid.cell.changed", "B27"],
      ].sort(),
    );
  });
});

test("a price the bidder gave by a formula (=12.4) is read from its value", () => {
  const result = check(withCell(bidA, "D15", { value: num(12.4), formula: "=12.4" }));
  expect(where(result.findings)).toEqual([]);
});

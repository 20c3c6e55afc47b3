import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import type { Finding } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { checkBid, type BidCheck } from "../../src/usecases/check-bid";
import { findingMessage } from "../../src/core/finding-message";
import { compareTenderBids, type CompareBidsResult } from "../../src/usecases/compare-bids";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { FIXTURES } from "./pricing-helpers";

// A bid's unit price as bidders and their programs really leave it, written into the bytes of the public bid-a
// (t-departement's BPU-DQE, price HT in column D, quantity in G): a price typed as text in each French and English
// form, a date or a percentage, a formula error, a formula whose result was never calculated. `grille check`,
// `grille compare` and the pane's checks all read prices through the core's one rule (src/core/bid/cell-values.ts
// and price.ts); each case is either read exactly, with a warning when typed as text, or refused at its cell:
// never guessed.

const SHEET = "BPU-DQE";
const SHEET_PART = "xl/worksheets/sheet1.xml";
const file = (relative: string) => new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
const TENDER = file("tenders/t-departement.xlsx");
const BID_A = file("bids/bid-a.xlsx");

/** Built-in number formats of SpreadsheetML (ECMA-376 Part 1, 18.8.30): 14 a date, 9 a percentage. */
const DATE_FORMAT_ID = 14;
const PERCENT_FORMAT_ID = 9;

/**
 * The package with one cell's XML replaced (`xml` given the style index `s`) and, when `numFmtId` is given, a new
 * cell style of that number format appended to styles.xml.
 */
async function withCellXml(
  bytes: Uint8Array,
  ref: string,
  xml: (style: string) => string,
  numFmtId?: number,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let style = "";
  if (numFmtId !== undefined) {
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const count = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    const xf = `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    zip.file(
      "xl/styles.xml",
      styles
        .replace(`<cellXfs count="${count}"`, `<cellXfs count="${count + 1}"`)
        .replace("</cellXfs>", `${xf}</cellXfs>`),
    );
    style = ` s="${count}"`;
  }
  const sheet = await zip.file(SHEET_PART)!.async("string");
  const cell = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
  expect(sheet).toMatch(cell);
  zip.file(SHEET_PART, sheet.replace(cell, xml(style)));
  return zip.generateAsync({ type: "uint8array" });
}

let original: WorkbookSnapshot;
beforeAll(async () => {
  original = await readWorkbook(TENDER, "t-departement.xlsx");
});

function checked(result: BidCheck): Extract<BidCheck, { kind: "checked" }> {
  if (result.kind !== "checked") throw new Error(`unusable: ${JSON.stringify(result.findings)}`);
  return result;
}

async function checkD16(bytes: Uint8Array) {
  const bid = await readWorkbook(bytes, "offre.xlsx");
  const result = checked(checkBid({ original, bid }));
  const price = result.findings.filter((f) => f.code.startsWith("bid.price.") && f.location?.cell === "D16");
  return { unitHt: result.lines.find((line) => line.originalRow === 16)?.unitHt ?? null, price, bid };
}

const priceText = (text: string) => (style: string) =>
  `<c r="D16"${style} t="inlineStr"><is><t>${text}</t></is></c>`;
const words = (findings: readonly Finding[], lang: "fr" | "en") =>
  findings.map((f) => findingMessage(f, lang));

describe("a unit price typed as text, in every French and English form", () => {
  test.each([
    ["12,50 €", 1250],
    ["12.50", 1250],
    ["1 234,50", 123450],
    ["1\u00a0234,50 €", 123450],
    ["12,5", 1250],
    ["€12.50", 1250],
  ])("%j is read as %i cents, with a warning naming the text", async (text, cents) => {
    const { unitHt, price } = await checkD16(await withCellXml(BID_A, "D16", priceText(text)));
    expect(unitHt).toBe(cents);
    expect(price.map((f) => [f.code, f.severity])).toEqual([["bid.price.text", "warning"]]);
    expect(words(price, "fr")[0]).toContain(`« ${text.trim()} »`);
  });

  test.each(["(12,50)", "12,50 HT", "douze euros", "12,50 € TTC", "-12,50"])(
    "%j is refused at its cell, the line unpriced: never guessed",
    async (text) => {
      const { unitHt, price } = await checkD16(await withCellXml(BID_A, "D16", priceText(text)));
      expect(unitHt).toBeNull();
      expect(price).toHaveLength(1);
      expect(price[0]).toMatchObject({ severity: "error", location: { sheet: SHEET, cell: "D16" } });
      expect(words(price, "fr")[0]).toMatch(/Demandez au candidat de préciser son prix/);
    },
  );
});

describe("a number that is not an amount in euros", () => {
  test("a date or a percentage in the price cell is refused at its cell, never read as euros", async () => {
    const date = await checkD16(
      await withCellXml(BID_A, "D16", (s) => `<c r="D16"${s}><v>45717</v></c>`, DATE_FORMAT_ID),
    );
    const percent = await checkD16(
      await withCellXml(BID_A, "D16", (s) => `<c r="D16"${s}><v>0.5</v></c>`, PERCENT_FORMAT_ID),
    );
    for (const { unitHt, price } of [date, percent]) {
      expect(unitHt).toBeNull();
      expect(price.map((f) => [f.code, f.severity])).toEqual([["bid.price.notAmount", "error"]]);
    }
    expect(words(date.price, "fr")[0]).toMatch(/^La cellule de prix est au format date ou pourcentage/);
    expect(words(percent.price, "en")[0]).toMatch(/^The price cell is formatted as a date or a percentage/);
  });

  test("control: the same numbers in the bid's own € format are read as prices", async () => {
    const { unitHt } = await checkD16(
      await withCellXml(BID_A, "D16", () => `<c r="D16" s="14"><v>12.5</v></c>`),
    );
    expect(unitHt).toBe(1250);
  });
});

describe("formula errors and formulas never calculated where a price should be", () => {
  test.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!"])(
    "%s in the price cell: unreadable at its cell, the line unpriced",
    async (error) => {
      const { unitHt, price } = await checkD16(
        await withCellXml(BID_A, "D16", () => `<c r="D16" t="e"><f>D15/0</f><v>${error}</v></c>`),
      );
      expect(unitHt).toBeNull();
      expect(price.map((f) => f.code)).toEqual(["bid.price.unreadable"]);
      expect(words(price, "fr")[0]).toContain(`« ${error} »`);
    },
  );

  test("a price formula without its cached result is said to be uncomputed, not missing nor read as 0", async () => {
    const { unitHt, price, bid } = await checkD16(
      await withCellXml(BID_A, "D16", () => `<c r="D16"><f>12.5*1</f></c>`),
    );
    expect(bid.sheets[0].cells[15][3]).toMatchObject({ formula: "=12.5*1", value: { type: "empty" } });
    expect(unitHt).toBeNull();
    expect(price.map((f) => [f.code, f.severity])).toEqual([["bid.price.uncomputed", "error"]]);
    expect(words(price, "fr")[0]).toContain("Ouvrez l'offre dans Excel ou LibreOffice, enregistrez-la");
  });

  test("#REF! and #N/A where the schedule's quantity should be: no amount is checked against a guessed quantity", async () => {
    const tender = await withCellXml(TENDER, "G16", () => `<c r="G16" t="e"><f>#REF!*2</f><v>#REF!</v></c>`);
    const book = await readWorkbook(tender, "t-departement.xlsx");
    const { mapping } = mapTender({ book });
    expect(mapping?.lines.find((line) => line.row === 16)).not.toHaveProperty("quantity");
    const bid = await readWorkbook(
      await withCellXml(BID_A, "G16", () => `<c r="G16" t="e"><v>#N/A</v></c>`),
      "b.xlsx",
    );
    const result = checked(checkBid({ original: book, bid }));
    expect(result.findings.filter((f) => f.location?.cell === "H16")).toEqual([]);
    const compared: CompareBidsResult = compareTenderBids({
      tender: book,
      bids: [{ file: "b.xlsx", source: { kind: "workbook", book: bid } }],
      options: { points: 40 },
    });
    if (!compared.ok) throw new Error(JSON.stringify(compared.findings));
    const missing = compared.findings.find((f) => f.code === "compare.tender.quantityMissing");
    expect(missing).toMatchObject({ severity: "warning", params: { rows: expect.stringContaining("16") } });
  });
});

import * as path from "node:path";
import { rowKeyText, sameValue } from "../../src/core/bid";
import type { Finding } from "../../src/core/findings";
import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import {
  compareBid,
  compareTenderBids,
  finishComparison,
  prepareComparison,
  type BidInput,
  type CompareBidsOptions,
} from "../../src/usecases/compare-bids";
import { comparisonJson } from "../../src/usecases/compare/json";
import { comparisonReportHtml } from "../../src/usecases/compare/report/html-report";
import { comparisonWorkbookPlan } from "../../src/usecases/compare/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { escapeXml } from "../../src/xlsx/xml";
import { fixtureBids, readBook, tenderBook, TENDERS_DIR } from "./compare-usecase-helpers";
import { emptySheet } from "../helpers/snapshot";

// Bids compared one at a time as they are read (the command line holds one workbook at a time) give what comparing
// them all at once gives, down to the bytes of the comparison workbook and the text of the report; and the quick
// paths of the text comparison and the XML escaping give what the rules they skip would give.

const OPTIONS: CompareBidsOptions = {
  points: 40,
  method: "lineaire",
  trimmedMean: true,
  today: "2026-11-29",
};

async function bids(): Promise<BidInput[]> {
  const unreadable: Finding = {
    code: "workbook.read.notZip",
    severity: "error",
    location: { file: "abimee.xlsx" },
    messageKey: "workbook.read.notZip",
    params: { file: "abimee.xlsx" },
  };
  const otherSchedule = await readBook(path.join(TENDERS_DIR, "t-mairie.xlsx"));
  return [
    ...(await fixtureBids()),
    { file: "abimee.xlsx", source: { kind: "unreadable", finding: unreadable } },
    { file: "t-mairie.xlsx", source: { kind: "workbook", book: otherSchedule } },
  ];
}

test("one bid at a time: the same comparison, workbook bytes, report and JSON as all bids at once", async () => {
  const tender = await tenderBook();
  const inputs = await bids();
  const atOnce = compareTenderBids({ tender, bids: inputs, options: OPTIONS });
  const start = prepareComparison(tender);
  if (!atOnce.ok || !start.ok) throw new Error("the fixture's schedule is comparable");
  const oneByOne = finishComparison(
    start.prepared,
    inputs.map((bid) => compareBid(start.prepared, bid, OPTIONS)),
    OPTIONS,
  );
  expect(oneByOne).toEqual(atOnce);
  expect(oneByOne.bids.map((bid) => bid.kind)).toEqual([
    "schedule",
    "schedule",
    "schedule",
    "schedule",
    "unreadable",
    "unreadable",
  ]);
  const bytes = async (result: typeof atOnce) =>
    Buffer.from(await writeWorkbook(comparisonWorkbookPlan(result, { lang: "fr" })));
  expect((await bytes(oneByOne)).equals(await bytes(atOnce))).toBe(true);
  const report = { lang: "en" as const, date: "2026-11-29" };
  expect(comparisonReportHtml(oneByOne, report)).toBe(comparisonReportHtml(atOnce, report));
  expect(comparisonJson(oneByOne, "fr")).toEqual(comparisonJson(atOnce, "fr"));
});

test("an original that cannot be compared on says why before any bid is read", () => {
  const empty: WorkbookSnapshot = {
    source: "vide.xlsx",
    sheets: [emptySheet("Feuil1")],
    names: [],
  };
  const start = prepareComparison(empty);
  expect(start.ok).toBe(false);
  expect(start.ok ? [] : start.findings.length).toBeGreaterThan(0);
  expect(compareTenderBids({ tender: empty, bids: [], options: OPTIONS })).toEqual(start);
});

/** The rule as written before its quick path: Unicode NFC, runs of white space as one space, trimmed. */
const normalised = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const textCell = (value: string): CellSnapshot => ({ value: { type: "text", value } });

/** Every kind of character the quick path must tell apart, and texts made of them (a fixed pseudo-random walk). */
const PIECES = [
  "a", "Z", "0", " ", "  ", "\t", "\n", "\u00a0", "\u202f", "\u2009", "\u3000", "\u2028", "\ufeff", "\u0085",
  "é", "e\u0301", "\u0301", "Å", "\u212b", "œ", "Œ", "’", "€", "ß", "\u00ff", "\u0100", "ﬁ", "😀", "\ud800",
  "-", "~", "\u007f", "\u0000",
]; // prettier-ignore

function texts(): string[] {
  const out = [...PIECES, ""];
  let seed = 7;
  for (let n = 0; n < 3000; n++) {
    let text = "";
    for (let length = n % 9; length >= 0; length--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += PIECES[seed % PIECES.length];
    }
    out.push(text);
  }
  return out;
}

test("row keys and changed cells: texts compared as the NFC, space-collapsed rule says, quick path or not", () => {
  const all = texts();
  for (const text of all) expect(rowKeyText([textCell(text)])).toBe(normalised(text));
  for (let index = 1; index < all.length; index++) {
    const [a, b] = [all[index - 1], all[index]];
    const blank = (text: string) => text.trim() === "";
    const expected = blank(a) || blank(b) ? blank(a) && blank(b) : normalised(a) === normalised(b);
    expect(sameValue(textCell(a), textCell(b))).toBe(expected);
    expect(sameValue(textCell(a), textCell(normalised(a)))).toBe(true);
  }
});

test("XML escaping: the same text as dropping what XML cannot hold, then escaping & < > and quotes", () => {
  const invalid =
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const reference = (text: string) =>
    text
      .replace(invalid, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  const samples = [
    ...texts(),
    '=IF(E19="","",ROUND(D19*E19,2))',
    "a & b < c > d \" e ' f",
    "&amp;",
    "\ud83d\ude00 \ud83d \ude00 \uffff \ufffe \u0007",
  ];
  for (const text of samples) expect(escapeXml(text)).toBe(reference(text));
});

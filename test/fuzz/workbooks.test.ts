import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import type { CellSnapshot, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook";
import { reasonText } from "../../src/core/tender/present";
import { checkGridWorkbook } from "../../src/usecases/check-grid";
import { makeTemplate } from "../../src/usecases/make-template";
import { mapTender } from "../../src/usecases/map-tender";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import {
  expectClearFindings,
  expectClearMessage,
  expectRendered,
  fuzzRuns,
  fuzzTimeout,
  hostileText,
  withinBound,
} from "../helpers/fuzz";
import { POOL, bpuLayout, notesSheet, workbookOf } from "../helpers/tender-layouts";

// Strangers' workbooks, damaged on purpose: bytes flipped, files cut short, parts missing or renamed, their XML
// mutated. Reading one either gives a snapshot, which the use cases then read without an exception, or refuses it
// with a WorkbookReadError whose message names the file, in French and English. Each case ends within the bound.
// Then the price-table finder on generated sheets and on real layouts with cells changed at random.

const TENDERS = path.resolve(__dirname, "../../../shared/fixtures/tenders");
const FILE = "offre.xlsx";

let bases: { readonly name: string; readonly bytes: Uint8Array }[] = [];

beforeAll(async () => {
  const layout = bpuLayout({ lines: 14, headerRow: 6, notes: ["Livraison comprise, Paris"], sectionSize: 5 });
  bases = [
    {
      name: "a BPU written by us",
      bytes: await writeWorkbook(workbookOf(layout.sheet, notesSheet(["Prix HT"]))),
    },
    { name: "t-mairie.xlsx", bytes: new Uint8Array(readFileSync(path.join(TENDERS, "t-mairie.xlsx"))) },
    { name: "the template", bytes: await writeWorkbook(makeTemplate({ lang: "fr" })) },
  ];
}, 60_000);

/** What a snapshot must allow: the caterer's and the buyer's use cases read it, and say what they find in words. */
function useSnapshot(book: WorkbookSnapshot): void {
  const mapped = mapTender({ book });
  expectClearFindings(mapped.findings);
  for (const line of mapped.mapping?.lines ?? [])
    for (const lang of ["fr", "en"] as const) expectRendered(reasonText(line.reason, lang), line.reason.key);
  const check = checkGridWorkbook(book, { today: "2026-12-01" });
  if (check.kind !== "notTemplate") expectClearFindings(check.findings);
}

/** Reads the bytes; a refusal must be a WorkbookReadError naming the file; anything else fails the property. */
async function readOrRefuse(bytes: Uint8Array): Promise<void> {
  try {
    const book = await readWorkbook(bytes, FILE);
    useSnapshot(book);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    expectClearMessage(error.messageKey, error.params);
    expect(error.params.file).toBe(FILE);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Byte- and zip-level damage

/**
 * A position anywhere in a file or a part, as a fraction of its length, evenly spread: fc.double spreads over the
 * bits of a double (most draws are below 1e-100), and integers are biased towards small values unless told not to.
 */
const anywhere = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const flips = fc.array(fc.tuple(anywhere, fc.integer({ min: 1, max: 255 })), {
  minLength: 1,
  maxLength: 12,
});

function flipped(bytes: Uint8Array, changes: readonly [number, number][]): Uint8Array {
  const copy = bytes.slice();
  for (const [where, mask] of changes) {
    const at = Math.min(copy.length - 1, Math.floor(where * copy.length));
    copy[at] ^= mask;
  }
  return copy;
}

type ZipDamage = "remove" | "rename" | "empty" | "swap";

async function zipDamaged(
  bytes: Uint8Array,
  damage: ZipDamage,
  pick: number,
  other: number,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const name = names[pick % names.length];
  const second = names[other % names.length];
  if (damage === "remove") zip.remove(name);
  if (damage === "rename") {
    zip.file(
      name.replace(/\.xml$/, ".XML").replace(/\/([^/]+)$/, "/renamed-$1"),
      await zip.file(name)!.async("uint8array"),
    );
    zip.remove(name);
  }
  if (damage === "empty") zip.file(name, "");
  if (damage === "swap") {
    const [a, b] = [await zip.file(name)!.async("uint8array"), await zip.file(second)!.async("uint8array")];
    zip.file(name, b);
    zip.file(second, a);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// ---------------------------------------------------------------------------------------------------------------
// XML-level damage: what a broken or hostile writer puts in a part

const SNIPPETS = [
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="ZZZZ99999999"><v>1</v></c>',
  '<row r="-3"><c r="A0"><v>1</v></c></row>',
  '<row r="1048577"/>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="A1" t="s"><v>-1</v></c>',
  '<c r="B2" t="n"><v>1e400</v></c>',
  '<c r="B2" t="n"><v>NaN</v></c>',
  '<c r="B3" t="d"><v>not a date</v></c>',
  '<c r="B4" t="e"><v>#REF!</v></c>',
  '<c r="B5" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c>',
  '<c r="B6" t="str"><f>1/0</f></c>',
  '<c r="B7" s="99999"><v>3</v></c>',
  '<c r="B8" t="weird"><v>3</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="nonsense"/>',
  '<dimension ref="A1:XFD1048576"/>',
  '<definedName name="x">#REF!</definedName>',
  '<xf numFmtId="99999" fontId="-1"/>',
  "<![CDATA[]]>",
  "<!-- -->",
  "&#0;",
  "&unknown;",
  "\u0000",
  "\ud800",
  "<",
  "]]>",
  "</sheetData>",
  '<x:c xmlns:x="urn:other"/>',
];

const xmlMutation = fc.record({
  part: fc.nat(),
  at: anywhere,
  length: fc.integer({ min: 0, max: 200 }),
  kind: fc.constantFrom("delete", "insert", "duplicate", "replaceAttribute"),
  snippet: fc.oneof(fc.constantFrom(...SNIPPETS), hostileText),
});

type XmlMutation = typeof xmlMutation extends fc.Arbitrary<infer T> ? T : never;

async function xmlDamaged(bytes: Uint8Array, mutation: XmlMutation): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  const part = parts[mutation.part % parts.length];
  const xml = await zip.file(part)!.async("string");
  const at = Math.floor(mutation.at * xml.length);
  let changed = xml;
  if (mutation.kind === "delete") changed = xml.slice(0, at) + xml.slice(at + mutation.length);
  if (mutation.kind === "insert") changed = xml.slice(0, at) + mutation.snippet + xml.slice(at);
  if (mutation.kind === "duplicate") changed = xml.slice(0, at + mutation.length) + xml.slice(at);
  if (mutation.kind === "replaceAttribute") {
    // The next attribute value after `at` becomes the snippet, escaped as an attribute would be.
    const value = mutation.snippet.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    changed = xml.slice(0, at) + xml.slice(at).replace(/="[^"]*"/, `="${value}"`);
  }
  zip.file(part, changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readWorkbook on damaged and hostile workbooks", () => {
  const base = fc.nat().map((n) => n % 2); // the small ones; the template has its own, fewer runs below

  test(
    "bytes flipped anywhere: a snapshot the use cases read, or a WorkbookReadError naming the file",
    async () => {
      await fc.assert(
        fc.asyncProperty(base, flips, async (which, changes) => {
          await withinBound(() => readOrRefuse(flipped(bases[which].bytes, changes)));
        }),
        fuzzRuns(150),
      );
    },
    fuzzTimeout(60_000),
  );

  test(
    "a file cut short anywhere",
    async () => {
      await fc.assert(
        fc.asyncProperty(base, anywhere, async (which, where) => {
          const bytes = bases[which].bytes;
          await withinBound(() => readOrRefuse(bytes.slice(0, Math.floor(where * bytes.length))));
        }),
        fuzzRuns(100),
      );
    },
    fuzzTimeout(60_000),
  );

  test(
    "a part removed, renamed, emptied or swapped with another",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          base,
          fc.constantFrom<ZipDamage>("remove", "rename", "empty", "swap"),
          fc.nat(),
          fc.nat(),
          async (which, damage, pick, other) => {
            const bytes = await zipDamaged(bases[which].bytes, damage, pick, other);
            await withinBound(() => readOrRefuse(bytes));
          },
        ),
        fuzzRuns(100),
      );
    },
    fuzzTimeout(60_000),
  );

  test(
    "a part's XML mutated: text deleted, duplicated, hostile elements and values inserted",
    async () => {
      await fc.assert(
        fc.asyncProperty(base, xmlMutation, async (which, mutation) => {
          const bytes = await xmlDamaged(bases[which].bytes, mutation);
          await withinBound(() => readOrRefuse(bytes));
        }),
        fuzzRuns(250),
      );
    },
    fuzzTimeout(90_000),
  );

  test(
    "the template, its XML mutated: its reader reports, never throws",
    async () => {
      await fc.assert(
        fc.asyncProperty(xmlMutation, async (mutation) => {
          const bytes = await xmlDamaged(bases[2].bytes, mutation);
          await withinBound(() => readOrRefuse(bytes));
        }),
        fuzzRuns(40),
      );
    },
    fuzzTimeout(90_000),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The price-table finder on generated sheets and mutated layouts

const HEADERS = [
  "Réf.",
  "N°",
  "Désignation",
  "Libellé",
  "Unité",
  "U",
  "Quantité",
  "Qté",
  "Prix unitaire HT",
  "P.U. H.T.",
  "PU TTC",
  "Prix TTC",
  "Montant HT",
  "Total",
  "TVA",
  "Observations",
  "Prix HT en euros",
];

const valueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<CellValue>({ type: "empty" }) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS).map((value): CellValue => ({ type: "text", value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...POOL.map((line) => line.designation))
      .map((value): CellValue => ({ type: "text", value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .double({ noNaN: true, min: -1e6, max: 1e9 })
      .map((value): CellValue => ({ type: "number", value })),
  },
  { weight: 1, arbitrary: hostileText.map((value): CellValue => ({ type: "text", value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!")
      .map((value): CellValue => ({ type: "error", value })),
  },
  { weight: 1, arbitrary: fc.boolean().map((value): CellValue => ({ type: "boolean", value })) },
);

const COLUMN = "ABCDEFGHIJ";

function sheetOf(
  name: string,
  rows: readonly (readonly CellValue[])[],
  extra: Partial<SheetSnapshot> = {},
): SheetSnapshot {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const cells: CellSnapshot[][] = rows.map((row) =>
    Array.from({ length: columns }, (_, c) => ({ value: row[c] ?? { type: "empty" } })),
  );
  return {
    name,
    visibility: "visible",
    range: { row: 0, column: 0, rowCount: rows.length, columnCount: columns },
    cells,
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    ...extra,
  };
}

const mergeArb = fc
  .tuple(fc.nat({ max: 9 }), fc.nat({ max: 39 }), fc.nat({ max: 3 }), fc.nat({ max: 3 }))
  .map(([c, r, w, h]) => `${COLUMN[c]}${r + 1}:${COLUMN[Math.min(9, c + w)]}${r + 1 + h}`);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(valueArb, { maxLength: 10 }), { maxLength: 40 }),
    merges: fc.array(mergeArb, { maxLength: 4 }),
    hiddenRows: fc.array(fc.nat({ max: 45 }), { maxLength: 5 }),
    hiddenColumns: fc.array(fc.nat({ max: 10 }), { maxLength: 2 }),
  })
  .map(({ rows, ...extra }) => sheetOf("BPU", rows, extra));

/** Every line the finder returns is a row of the sheet below its header, holding the designation it reports. */
function expectLinesFromTheSheet(book: WorkbookSnapshot): void {
  const mapped = mapTender({ book });
  expectClearFindings(mapped.findings);
  const mapping = mapped.mapping;
  if (!mapping) return;
  const sheet = book.sheets.find((candidate) => candidate.name === mapping.sheet)!;
  const lastRow = sheet.range.row + sheet.range.rowCount;
  for (const line of mapping.lines) {
    expect(line.row).toBeGreaterThan(mapping.headerRow);
    expect(line.row).toBeLessThanOrEqual(lastRow);
    for (const cell of line.priceCells) expect(cell.sheet).toBe(mapping.sheet);
    for (const lang of ["fr", "en"] as const) expectRendered(reasonText(line.reason, lang), line.reason.key);
  }
}

describe("findPriceTable and mapTender on generated and mutated sheets", () => {
  test(
    "random sheets: a table with lines taken from the sheet, or findings in words",
    async () => {
      await fc.assert(
        fc.asyncProperty(sheetArb, async (sheet) => {
          await withinBound(() => expectLinesFromTheSheet({ source: FILE, sheets: [sheet], names: [] }));
        }),
        fuzzRuns(300),
      );
    },
    fuzzTimeout(60_000),
  );

  test(
    "real layouts with cells changed at random (headers blanked, errors in prices, text in quantities)",
    async () => {
      const layouts = await Promise.all(
        [
          bpuLayout({ lines: 30, twoRowHeader: true, headerRow: 8 }),
          bpuLayout({ lines: 40, repeatHeaderEvery: 12, hiddenLines: [3, 9] }),
          bpuLayout({ lines: 25, sectionSize: 6, hiddenColumn: true, sites: ["Site A", "Site B"] }),
        ].map(async (layout) => readWorkbook(await writeWorkbook(workbookOf(layout.sheet)), FILE)),
      );
      const change = fc.record({ row: fc.nat(), column: fc.nat(), value: valueArb });
      await fc.assert(
        fc.asyncProperty(
          fc.nat(),
          fc.array(change, { minLength: 1, maxLength: 25 }),
          async (which, changes) => {
            const book = layouts[which % layouts.length];
            const sheet = book.sheets[0];
            const cells = sheet.cells.map((row) => [...row]);
            for (const { row, column, value } of changes) {
              const r = row % cells.length;
              const c = column % Math.max(1, cells[r].length);
              if (cells[r].length > 0) cells[r][c] = { ...cells[r][c], value };
            }
            const mutatedBook = { ...book, sheets: [{ ...sheet, cells }] };
            await withinBound(() => expectLinesFromTheSheet(mutatedBook));
          },
        ),
        fuzzRuns(200),
      );
    },
    fuzzTimeout(90_000),
  );
});

// The workbook validator itself: it must fail on what Excel would repair, name the part and line, and pass what
// Excel writes (markup compatibility, xml:space). Each case edits one part of a small valid workbook.
import JSZip from "jszip";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { validateWorkbook, type WorkbookFailure } from "../helpers/ooxml";
import { MC_NAMESPACE, prepareForSchema } from "../helpers/markup-compatibility";

const PLAN: WorkbookPlan = {
  styles: { money: { numberFormat: "#,##0.00 €" } },
  sheets: [
    {
      name: "BPU",
      cells: [
        { cell: "A1", write: { kind: "text", value: "Prix" } },
        { cell: "B1", write: { kind: "text", value: "Quantité" } },
        { cell: "A2", write: { kind: "number", value: 12.5 }, style: "money" },
        { cell: "B2", write: { kind: "number", value: 3 } },
        { cell: "C2", write: { kind: "formula", formula: "=A2*B2" }, style: "money" },
      ],
      tables: [{ name: "Lignes", range: "A1:B2" }],
    },
  ],
  names: [{ name: "Prix", ref: "BPU!$A$2" }],
};

const SHEET = "xl/worksheets/sheet1.xml";

/** The plan's workbook with parts replaced or added. */
async function variant(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeWorkbook(PLAN));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const text = (await zip.file(part)?.async("string")) ?? "";
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} not found in ${part}`);
  zip.file(part, next);
}

function summary(failures: readonly WorkbookFailure[]): string[] {
  return failures.map((f) => `${f.part}:${f.line ?? "-"}`);
}

test("the plain workbook is valid: no failure", async () => {
  expect(await validateWorkbook(await writeWorkbook(PLAN))).toEqual([]);
});

describe("schema failures name the part and the line", () => {
  test("an element the schema does not know", async () => {
    const bytes = await variant((zip) => replaceIn(zip, SHEET, "<sheetData>", "<sheetData>\n\n<bogus/>"));
    const failures = await validateWorkbook(bytes, "bad.xlsx");
    expect(summary(failures)).toEqual([`${SHEET}:4`]);
    expect(failures[0]).toMatchObject({ workbook: "bad.xlsx" });
    expect(failures[0].message).toContain("bogus");
  });

  test("an attribute value outside its type, in styles.xml", async () => {
    const bytes = await variant((zip) =>
      replaceIn(zip, "xl/styles.xml", 'numFmtId="0"', 'numFmtId="minus one"'),
    );
    expect(summary(await validateWorkbook(bytes))).toEqual(["xl/styles.xml:2"]);
  });

  test("a part that is not well-formed", async () => {
    const bytes = await variant((zip) => replaceIn(zip, "xl/workbook.xml", "</sheets>", "</sheet>"));
    const failures = await validateWorkbook(bytes);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.part === "xl/workbook.xml" && f.line === 2)).toBe(true);
  });

  test("a part whose namespace has no schema", async () => {
    const bytes = await variant(async (zip) => {
      zip.file("customXml/item1.xml", '<?xml version="1.0"?><data xmlns="urn:example"/>');
    });
    expect(await validateWorkbook(bytes)).toEqual([
      expect.objectContaining({
        part: "customXml/item1.xml",
        message: expect.stringContaining("urn:example"),
      }),
    ]);
  });

  test("relationships, content types and chart parts are checked too", async () => {
    const bytes = await variant(async (zip) => {
      await replaceIn(zip, "_rels/.rels", "<Relationship ", '<Relationship Mode="Sideways" ');
      await replaceIn(zip, "[Content_Types].xml", "<Default ", '<Default Bogus="1" ');
    });
    expect(summary(await validateWorkbook(bytes)).sort()).toEqual(["[Content_Types].xml:2", "_rels/.rels:2"]);
  });
});

describe("what Excel writes passes: markup compatibility and xml:space", () => {
  const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
  const compatible =
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="${MC_NAMESPACE}" ` +
    `xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac">\n` +
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>\n' +
    '<sheetData><row r="1" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row>\n' +
    '</sheetData>\n<mc:AlternateContent><mc:Choice Requires="x14ac">\n<x14ac:future/>\n</mc:Choice>\n' +
    '<mc:Fallback><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></mc:Fallback>\n' +
    "</mc:AlternateContent>\n<x14ac:extra><unknown/></x14ac:extra>\n</worksheet>";

  test("ignorable attributes and elements go, AlternateContent becomes its Fallback; lines stay", () => {
    const prepared = prepareForSchema(compatible);
    expect(prepared.rootNamespace).toBe("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    expect(prepared.xml).not.toMatch(/dyDescent|Ignorable|xml:space|future|AlternateContent|Fallback|extra/);
    expect(prepared.xml).toContain('<pageMargins left="0.7"');
    expect(prepared.xml.split("\n")).toHaveLength(compatible.split("\n").length);
    expect(prepared.xml.split("\n")[7]).toContain("<pageMargins");
  });

  test("such a sheet validates; without mc:Ignorable the same attributes fail", async () => {
    const withSheet = (xml: string) => variant(async (zip) => void zip.file(SHEET, xml));
    expect(await validateWorkbook(await withSheet(compatible))).toEqual([]);
    const strict = compatible.replace(' mc:Ignorable="x14ac"', "");
    const failures = await validateWorkbook(await withSheet(strict));
    expect(failures.map((f) => f.line)).toEqual(expect.arrayContaining([2, 3]));
    expect(failures.some((f) => f.message.includes("dyDescent"))).toBe(true);
  });
});

describe("rules Excel enforces that no schema states", () => {
  test.each([
    [
      "a count that does not match its items",
      (zip: JSZip) => replaceIn(zip, "xl/styles.xml", /<cellXfs count="\d+"/, '<cellXfs count="9"'),
      "xl/styles.xml",
      "cellXfs",
    ],
    [
      "a cell text over 32 767 characters",
      (zip: JSZip) =>
        replaceIn(
          zip,
          SHEET,
          "</row>",
          `<c r="D1" t="inlineStr"><is><t>${"x".repeat(32_768)}</t></is></c></row>`,
        ),
      SHEET,
      "32 767",
    ],
    [
      "a table header cell that differs from its column name",
      (zip: JSZip) => replaceIn(zip, "xl/tables/table1.xml", 'name="Prix"', 'name="Prix HT"'),
      "xl/tables/table1.xml",
      "Prix HT",
    ],
    [
      "a defined name twice in one scope, whatever the case",
      (zip: JSZip) =>
        replaceIn(
          zip,
          "xl/workbook.xml",
          "</definedNames>",
          '<definedName name="PRIX">BPU!$B$2</definedName></definedNames>',
        ),
      "xl/workbook.xml",
      "PRIX",
    ],
    [
      "a table named like a defined name",
      (zip: JSZip) => replaceIn(zip, "xl/tables/table1.xml", 'displayName="Lignes"', 'displayName="prix"'),
      "xl/tables/table1.xml",
      "prix",
    ],
    [
      "a future function without its prefix",
      (zip: JSZip) => replaceIn(zip, SHEET, "<f>A2*B2</f>", "<f>STDEV.S(A2:B2)</f>"),
      SHEET,
      "STDEV.S",
    ],
    [
      "a calcChain entry for a cell without a formula",
      async (zip: JSZip) => {
        zip.file(
          "xl/calcChain.xml",
          '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/><c r="B2"/></calcChain>',
        );
        await replaceIn(
          zip,
          "xl/_rels/workbook.xml.rels",
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        );
      },
      "xl/calcChain.xml",
      "BPU!B2",
    ],
    [
      "a sheet name over 31 characters",
      (zip: JSZip) => replaceIn(zip, "xl/workbook.xml", 'name="BPU"', `name="${"B".repeat(32)}"`),
      "xl/workbook.xml",
      "B".repeat(32),
    ],
  ] as const)("%s", async (_label, edit, part, words) => {
    const failures = await validateWorkbook(await variant(edit));
    expect(failures).toEqual([expect.objectContaining({ part, message: expect.stringContaining(words) })]);
  });
});

test("a missing xmllint fails the check, naming the package to install", async () => {
  const bytes = await writeWorkbook(PLAN);
  const saved = process.env.PATH;
  process.env.PATH = "/nonexistent";
  try {
    await expect(validateWorkbook(bytes)).rejects.toThrow(/xmllint is not installed.*libxml2-utils/);
  } finally {
    process.env.PATH = saved;
  }
});

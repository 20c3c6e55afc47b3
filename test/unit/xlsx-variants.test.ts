import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core/template";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { ALL_VARIANTS, rewriteXlsx, type XlsxVariant } from "../helpers/xlsx-variants";
import { entriesOf, entryText } from "./xlsx-package";

// The same workbook as other writers spell it (Open XML SDK prefixes, CDATA, no `r` attributes, rich text, single
// quotes, a BOM) reads to the same snapshot, cell for cell.

const TENDERS = path.resolve(__dirname, "../../../shared/fixtures/tenders");
const SOURCES = ["t-mairie.xlsx", "t-departement.xlsx", "t-etablissement.xlsx", "template"] as const;
const FORMS: readonly (readonly XlsxVariant[])[] = [...ALL_VARIANTS.map((one) => [one]), ALL_VARIANTS];

const plain = new Map<string, { data: Uint8Array; book: WorkbookSnapshot }>();

beforeAll(async () => {
  for (const source of SOURCES) {
    const data =
      source === "template"
        ? await writeWorkbook(buildTemplatePlan({ lang: "fr" }))
        : new Uint8Array(await fs.readFile(path.join(TENDERS, source)));
    plain.set(source, { data, book: await readWorkbook(data, source) });
  }
});

describe.each(SOURCES)("%s", (source) => {
  test.each(FORMS.map((form) => [form.join("+"), form] as const))(
    "written %s reads the same",
    async (_, form) => {
      const original = plain.get(source);
      if (!original) throw new Error(`${source} not read`);
      const rewritten = await rewriteXlsx(original.data, form);
      expect(await readWorkbook(rewritten, source)).toEqual(original.book);
    },
  );
});

describe("the rewrites change the spelling they promise", () => {
  async function sheetXml(variants: XlsxVariant | readonly XlsxVariant[]): Promise<string> {
    const original = plain.get("t-departement.xlsx");
    if (!original) throw new Error("t-departement.xlsx not read");
    return entryText(await rewriteXlsx(original.data, variants), "xl/worksheets/sheet1.xml");
  }

  test("prefixed: every SpreadsheetML element of every SpreadsheetML part has the x: prefix", async () => {
    const original = plain.get("t-departement.xlsx");
    if (!original) throw new Error("t-departement.xlsx not read");
    const entries = await entriesOf(await rewriteXlsx(original.data, "prefixed"));
    const decoder = new TextDecoder();
    for (const part of [
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
    ]) {
      const xml = decoder.decode(entries.get(part));
      expect(xml).toMatch(
        /^<\?xml[^>]*\?>\n<x:\w+ xmlns:x="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
      );
      // No element is left without a prefix (the others keep theirs: mc:, x14:…).
      expect(xml).not.toMatch(/<\/?(?![\w.-]+:)[A-Za-z]/);
    }
    expect(decoder.decode(entries.get("xl/_rels/workbook.xml.rels"))).toContain("<Relationships ");
  });

  test("cdataStrings, noReferences, richText, singleQuoted, bom", async () => {
    const strings = async (variant: XlsxVariant) => {
      const original = plain.get("t-departement.xlsx");
      if (!original) throw new Error("t-departement.xlsx not read");
      return entryText(await rewriteXlsx(original.data, variant), "xl/sharedStrings.xml");
    };
    // "DÉPARTEMENT DU VAL-DE-SEINE": D as &#68;, É as &#xC9;, … then the second half as CDATA.
    expect(await strings("cdataStrings")).toMatch(
      /^[^]*?<si><t>&#68;&#xC9;(&#x?[0-9A-F]+;)+<!\[CDATA\[[^\]]+\]\]><\/t><\/si>/,
    );
    expect(await sheetXml("cdataStrings")).toMatch(/<f>(&#x?[0-9A-F]+;)+<!\[CDATA\[/);
    const bare = await sheetXml("noReferences");
    expect(bare).toMatch(/<row spans=/);
    expect(bare).toMatch(/<c s="\d+"/);
    expect(bare).not.toMatch(/<c r="B1"/);
    expect(await strings("richText")).toMatch(
      /<si><r><t xml:space="preserve">[^<]+<\/t><\/r><r><rPr><b\/><\/rPr><t xml:space="preserve">[^<]+<\/t><\/r><rPh sb="0" eb="1"><t>ヨミ<\/t><\/rPh><phoneticPr fontId="0"\/><\/si>/,
    );
    expect(await sheetXml("singleQuoted")).toMatch(/^<\?xml version='1\.0'[^>]*\?>\n<worksheet xmlns='/);
    expect((await sheetXml("bom")).charCodeAt(0)).toBe(0xfeff);
  });
});

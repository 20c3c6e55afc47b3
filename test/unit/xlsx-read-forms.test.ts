import JSZip from "jszip";
import { t } from "../../src/i18n";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { cellAt, sheetNamed } from "../helpers/snapshot";
import { rewriteXlsx } from "../helpers/xlsx-variants";
import { buildXlsx } from "./xlsx-package";

// SpreadsheetML as writers other than Excel spell it, read by a namespace-aware parser: each test states the XML.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function readSheet(body: string, extra: { sharedStringItems?: string[]; styles?: string } = {}) {
  const data = await buildXlsx({ ...extra, sheets: [{ name: "S", body }] });
  return sheetNamed(await readWorkbook(data, "forms.xlsx"), "S");
}

async function readError(data: Uint8Array): Promise<WorkbookReadError> {
  const error = await readWorkbook(data, "forms.xlsx").catch((caught: unknown) => caught);
  if (error instanceof WorkbookReadError) return error;
  throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
}

describe('dates stored as ISO 8601 text (t="d")', () => {
  // Excel's 1900 date system: 1900-01-01 is 1; Excel counts a 29 February 1900, so 1900-03-01 is 61 and
  // 2025-01-01 is 45658 (Microsoft's documented serials); 2025-03-14 is 31 + 28 + 13 days later.
  const STYLES = `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`;

  test("read as serial numbers with a date format, time as the fraction of the day", async () => {
    const sheet = await readSheet(
      `<sheetData><row r="1"><c r="A1" t="d"><v>2025-03-14</v></c><c r="B1" t="d"><v>2025-03-14T12:30:00Z</v></c><c r="C1" t="d"><v>1900-01-01</v></c><c r="D1" t="d"><v>1900-03-01</v></c><c r="E1" t="d"><v>18:00</v></c><c r="F1" t="d" s="1"><v>2025-01-01T00:00:00.000</v></c><c r="G1" t="d"><v>14/03/2025</v></c><c r="H1" t="d"><v>2025-02-30</v></c></row></sheetData>`,
      { styles: STYLES },
    );
    expect(cellAt(sheet, "A1")).toEqual({
      value: { type: "number", value: 45658 + 31 + 28 + 13 },
      numberFormat: "yyyy-mm-dd",
      locked: true,
    });
    expect(cellAt(sheet, "B1")).toMatchObject({ numberFormat: "yyyy-mm-dd hh:mm:ss" });
    expect(cellAt(sheet, "B1").value).toEqual({ type: "number", value: 45730 + (12 * 60 + 30) / (24 * 60) });
    expect(cellAt(sheet, "C1").value).toEqual({ type: "number", value: 1 });
    expect(cellAt(sheet, "D1").value).toEqual({ type: "number", value: 61 });
    expect(cellAt(sheet, "E1")).toMatchObject({
      value: { type: "number", value: 0.75 },
      numberFormat: "hh:mm:ss",
    });
    // The cell's own date format (built-in 14) is kept.
    expect(cellAt(sheet, "F1")).toMatchObject({
      value: { type: "number", value: 45658 },
      numberFormat: "mm-dd-yy",
    });
    // Not ISO 8601, or no such day: kept as the text it holds, for the reader to report.
    expect(cellAt(sheet, "G1").value).toEqual({ type: "text", value: "14/03/2025" });
    expect(cellAt(sheet, "H1").value).toEqual({ type: "text", value: "2025-02-30" });
  });
});

describe("array formulas", () => {
  test("every cell of the array's range has the master's formula, its value kept; a cell not listed is added", async () => {
    const sheet = await readSheet(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="array" ref="C1:C3">A1:A3*2</f><v>2</v></c><c r="D1"><f t="array" ref="D1">SUM(A1:A3*A1:A3)</f><v>14</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="C2"><v>4</v></c><c r="D2"><v>9</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData>`,
    );
    expect(cellAt(sheet, "C1")).toMatchObject({ value: { type: "number", value: 2 }, formula: "=A1:A3*2" });
    expect(cellAt(sheet, "C2")).toMatchObject({ value: { type: "number", value: 4 }, formula: "=A1:A3*2" });
    expect(cellAt(sheet, "C3")).toMatchObject({ value: { type: "empty" }, formula: "=A1:A3*2" });
    expect(cellAt(sheet, "D1").formula).toBe("=SUM(A1:A3*A1:A3)");
    expect(cellAt(sheet, "D2")).toEqual({ value: { type: "number", value: 9 }, locked: true });
    expect(cellAt(sheet, "A2").formula).toBeUndefined();
  });

  test("an array range far larger than the bound is refused, not spread", async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: "S",
          body: `<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:Z100000">1</f><v>1</v></c></row></sheetData>`,
        },
      ],
    });
    const error = await readWorkbook(data, "forms.xlsx", { maxCells: 1000 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe("tooManyCells");
  });
});

describe("XML as any conforming writer may spell it", () => {
  test("entities and character references, in text and in attributes", async () => {
    const data = await buildXlsx({
      sharedStringItems: [`<t>A &amp; B &lt;C&gt; &quot;q&quot; &apos;s&apos; &#233;&#xE9; &#x1F600;</t>`],
      workbookExtra: `<definedNames><definedName name="Zone">&apos;R&amp;D &#233;t&#xE9;&apos;!$A$1</definedName></definedNames>`,
      sheets: [
        { name: "R&D été", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` },
      ],
    });
    const book = await readWorkbook(data, "forms.xlsx");
    expect(cellAt(sheetNamed(book, "R&D été"), "A1").value).toEqual({
      type: "text",
      value: "A & B <C> \"q\" 's' éé \u{1F600}",
    });
    expect(book.names).toEqual([{ name: "Zone", ref: "'R&D été'!$A$1" }]);
  });

  test("CDATA sections in strings and formulas", async () => {
    const sheet = await readSheet(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f><![CDATA[IF(A1<>"",A1&"&",)]]></f><v><![CDATA[<b>&]]></v></c><c r="C1" t="inlineStr"><is><t>x<![CDATA[ < y ]]>z</t></is></c></row></sheetData>`,
      { sharedStringItems: ["<t><![CDATA[<b>1 & 2</b>]]></t>"] },
    );
    expect(cellAt(sheet, "A1").value).toEqual({ type: "text", value: "<b>1 & 2</b>" });
    expect(cellAt(sheet, "B1")).toMatchObject({
      value: { type: "text", value: "<b>&" },
      formula: '=IF(A1<>"",A1&"&",)',
    });
    expect(cellAt(sheet, "C1").value).toEqual({ type: "text", value: "x < y z" });
  });

  test("single-quoted attributes and odd whitespace inside tags", async () => {
    const sheet = await readSheet(
      `<sheetData>\n  <row r='2'\n\thidden = '1' >\n    <c r = 'B2' t='s'\n><v>0</v></c  >\n  </row >\n</sheetData>\n<mergeCells count='1'><mergeCell ref='B2:C2'/></mergeCells>`,
      { sharedStringItems: ["<t>ok</t>"] },
    );
    expect(cellAt(sheet, "B2").value).toEqual({ type: "text", value: "ok" });
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.merges).toEqual(["B2:C2"]);
  });

  test("a byte order mark before every part", async () => {
    const data = await buildXlsx({
      sharedStrings: ["Prix"],
      sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` }],
    });
    const bom = await rewriteXlsx(data, "bom");
    const sheetBytes = await (
      await JSZip.loadAsync(bom)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("uint8array");
    expect(Array.from(sheetBytes?.slice(0, 3) ?? [])).toEqual([0xef, 0xbb, 0xbf]);
    expect(cellAt(sheetNamed(await readWorkbook(bom, "bom.xlsx"), "S"), "A1").value).toEqual({
      type: "text",
      value: "Prix",
    });
  });

  test("rich-text runs read as their text; phonetic runs are skipped", async () => {
    const sheet = await readSheet(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t xml:space="preserve">line </t></r><rPh sb="0" eb="2"><t>イン</t></rPh></is></c></row></sheetData>`,
      {
        sharedStringItems: [
          `<r><t>Cock</t></r><r><rPr><b/></rPr><t>tail</t></r><rPh sb="0" eb="4"><t>カクテル</t></rPh><phoneticPr fontId="1"/>`,
        ],
      },
    );
    expect(cellAt(sheet, "A1").value).toEqual({ type: "text", value: "Cocktail" });
    expect(cellAt(sheet, "B1").value).toEqual({ type: "text", value: "inline " });
  });
});

describe("elements are matched by namespace, not by how they are spelled", () => {
  test("any prefix bound to SpreadsheetML reads; the same names in another namespace do not", async () => {
    const sheet = await readSheet(
      `<ss:sheetData xmlns:ss="${MAIN}"><ss:row ss:foo="1" r="1"><ss:c r="A1"><ss:v>1</ss:v></ss:c><o:c xmlns:o="urn:other" r="B1"><o:v>2</o:v></o:c><c r="C1"><v xmlns="urn:other">3</v></c></ss:row></ss:sheetData>`,
    );
    expect(cellAt(sheet, "A1").value).toEqual({ type: "number", value: 1 });
    expect(cellAt(sheet, "B1").value).toEqual({ type: "empty" });
    expect(sheet.range).toEqual({ row: 0, column: 0, rowCount: 1, columnCount: 3 });
    expect(cellAt(sheet, "C1").value).toEqual({ type: "empty" });
  });

  test("Strict Open XML (purl.oclc.org namespaces), as Excel saves it, reads like Transitional", async () => {
    const transitional = await buildXlsx({
      sharedStrings: ["Prix"],
      sheets: [
        {
          name: "S",
          body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="d"><v>2025-03-14</v></c></row></sheetData><sheetProtection sheet="1"/>`,
        },
      ],
    });
    const zip = await JSZip.loadAsync(transitional);
    for (const [path, entry] of Object.entries(zip.files)) {
      const xml = await entry.async("string");
      zip.file(
        path,
        xml
          .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
          .replaceAll(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
          ),
      );
    }
    const strict = await zip.generateAsync({ type: "uint8array" });
    expect(await readWorkbook(strict, "b.xlsx")).toEqual(await readWorkbook(transitional, "b.xlsx"));
    expect((await readWorkbook(strict, "b.xlsx")).sheets[0].protected).toBe(true);
  });

  test("a part that is not well-formed XML is refused as damaged, naming the part and line", async () => {
    const data = await buildXlsx({
      sheets: [{ name: "S", body: `<sheetData>\n<row r="1"><c r="A1"><v>1</v></row></sheetData>` }],
    });
    const error = await readError(data);
    expect(error.code).toBe("corrupt");
    expect(t("fr", error.messageKey, error.params)).toMatch(
      /^forms\.xlsx : classeur endommagé, lecture impossible \(xl\/worksheets\/sheet1\.xml:2:\d+: .+\)/,
    );
  });
});

describe("tables", () => {
  test("each sheet lists its tables: name, range, header and totals rows, column names", async () => {
    const data = await writeWorkbook({
      styles: {},
      sheets: [
        {
          name: "Offres",
          cells: [
            { cell: "B2", write: { kind: "text", value: "Candidat" } },
            { cell: "C2", write: { kind: "text", value: "Total HT" } },
            { cell: "B3", write: { kind: "text", value: "A" } },
            { cell: "C3", write: { kind: "number", value: 10 } },
            { cell: "B4", write: { kind: "text", value: "Total" } },
            { cell: "C4", write: { kind: "formula", formula: "=SUBTOTAL(109,C3:C3)" } },
          ],
          tables: [{ name: "Offres", range: "B2:C4", totalsRow: true }],
        },
        { name: "Vide", cells: [] },
      ],
    });
    const book = await readWorkbook(data, "tables.xlsx");
    expect(sheetNamed(book, "Offres").tables).toEqual([
      { name: "Offres", range: "B2:C4", hasHeader: true, hasTotals: true, columns: ["Candidat", "Total HT"] },
    ]);
    expect(sheetNamed(book, "Vide").tables).toEqual([]);
  });

  test("a table without a header row, with a prefix, displayName preferred", async () => {
    const data = await buildXlsx({
      prefix: "x",
      sheets: [
        {
          name: "S",
          body: `<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:tableParts count="1"><x:tablePart r:id="rIdT"/></x:tableParts>`,
        },
      ],
    });
    const zip = await JSZip.loadAsync(data);
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/t.xml"/></Relationships>`,
    );
    zip.file(
      "xl/tables/t.xml",
      `<x:table xmlns:x="${MAIN}" id="1" name="Table1" displayName="Prix_2025" ref="A1:B3" headerRowCount="0"><x:tableColumns count="2"><x:tableColumn id="1" name="Colonne1"/><x:tableColumn id="2" name="P&amp;L"/></x:tableColumns></x:table>`,
    );
    const book = await readWorkbook(await zip.generateAsync({ type: "uint8array" }), "t.xlsx");
    expect(book.sheets[0].tables).toEqual([
      { name: "Prix_2025", range: "A1:B3", hasHeader: false, hasTotals: false, columns: ["Colonne1", "P&L"] },
    ]);
  });
});

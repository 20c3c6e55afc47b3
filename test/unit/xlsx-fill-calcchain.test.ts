// A buyer's workbook saved by Excel carries xl/calcChain.xml, the order in which Excel computes its formula
// cells. An entry for a cell that lost its formula makes Excel repair the file. A fill never writes over a formula
// (it refuses formula cells), so the chain stays true; this proves it on a workbook that has one.
import JSZip from "jszip";
import type { CellEdit } from "../../src/core/workbook/plan";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { excelRuleFailures } from "../helpers/excel-rules";
import { expectValidWorkbook } from "../helpers/ooxml";
import { buildXlsx, entryText } from "./xlsx-package";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CHAIN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="C2" i="1"/><c r="C3"/><c r="C4"/><c r="B2" i="2"/></calcChain>`;

/** Two sheets: BPU with prices in B and amounts C = B × 2 (one shared formula); DQE totals the amounts. */
async function bookWithChain(): Promise<Uint8Array> {
  const row = (r: number, first: boolean) =>
    `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}"/>` +
    (first
      ? `<c r="C${r}"><f t="shared" ref="C2:C4" si="0">B2*2</f></c>`
      : `<c r="C${r}"><f t="shared" si="0"/></c>`) +
    "</row>";
  const zip = await JSZip.loadAsync(
    await buildXlsx({
      sharedStrings: ["Ligne"],
      sheets: [
        { name: "BPU", body: `<sheetData>${row(2, true)}${row(3, false)}${row(4, false)}</sheetData>` },
        { name: "DQE", body: '<sheetData><row r="2"><c r="B2"><f>SUM(BPU!C2:C4)</f></c></row></sheetData>' },
      ],
    }),
  );
  zip.file("xl/calcChain.xml", CHAIN);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("filling prices next to formula cells keeps every calcChain entry on a formula", async () => {
  const input = await bookWithChain();
  expect(await excelRuleFailures(input, "in.xlsx")).toEqual([]);
  const edits: CellEdit[] = [
    { sheet: "BPU", cell: "B2", value: 12.5 },
    { sheet: "BPU", cell: "B3", value: 8 },
    { sheet: "BPU", cell: "B5", value: 1 },
    // Formula cells the chain lists, the first and a shared-formula child: both refused.
    { sheet: "BPU", cell: "C2", value: 99 },
    { sheet: "BPU", cell: "C3", value: 99 },
    { sheet: "DQE", cell: "B2", value: 0 },
  ];
  const { data, report } = await fillWorkbookBytes(input, "chain.xlsx", edits);
  expect(report.written.map((edit) => edit.cell)).toEqual(["B2", "B3", "B5"]);
  expect(report.refused.map(({ edit, finding }) => `${edit.sheet}!${edit.cell} ${finding.code}`)).toEqual([
    "BPU!C2 workbook.fill.formulaCell",
    "BPU!C3 workbook.fill.formulaCell",
    "DQE!B2 workbook.fill.formulaCell",
  ]);
  expect(await entryText(data, "xl/calcChain.xml")).toBe(CHAIN);
  expect(await excelRuleFailures(data, "out.xlsx")).toEqual([]);
  await expectValidWorkbook(data, "chain-filled.xlsx");
});

test("control: a chain entry whose cell lost its formula is caught", async () => {
  const zip = await JSZip.loadAsync(await bookWithChain());
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace('<c r="C3"><f t="shared" si="0"/></c>', '<c r="C3"><v>1</v></c>'),
  );
  const failures = await excelRuleFailures(await zip.generateAsync({ type: "uint8array" }), "broken.xlsx");
  expect(failures).toEqual([
    expect.objectContaining({ part: "xl/calcChain.xml", message: expect.stringContaining("BPU!C3") }),
  ]);
});

// Functions newer than the file format are stored with a prefix (_xlfn., and _xlws. for FILTER and SORT):
// written without it, Excel shows #NAME?. The writer adds it wherever it writes a formula.
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { storedFormula, unprefixedFutureFunctions } from "../../src/xlsx/write/future-functions";
import { expectValidWorkbook } from "../helpers/ooxml";
import { entryText } from "./xlsx-package";

// Plan formula → the formula as the file stores it. Source of the prefixes: [MS-XLSX] §2.2.2 Formulas,
// future-function-identifier (see src/xlsx/write/future-functions.ts).
const CASES: readonly (readonly [string, string])[] = [
  ["=QUARTILE.INC(A1:A9,1)", "_xlfn.QUARTILE.INC(A1:A9,1)"],
  ["=STDEV.P(A1:A9)", "_xlfn.STDEV.P(A1:A9)"],
  ["=STDEV.S(A1:A9)", "_xlfn.STDEV.S(A1:A9)"],
  ['=CONCAT("Lot ",A1)', '_xlfn.CONCAT("Lot ",A1)'],
  ['=TEXTJOIN(", ",TRUE,A1:A9)', '_xlfn.TEXTJOIN(", ",TRUE,A1:A9)'],
  ['=IFS(A1>1,"a",TRUE,"b")', '_xlfn.IFS(A1>1,"a",TRUE,"b")'],
  ["=XLOOKUP(A1,B1:B9,C1:C9)", "_xlfn.XLOOKUP(A1,B1:B9,C1:C9)"],
  ["=AGGREGATE(9,6,A1:A9)", "_xlfn.AGGREGATE(9,6,A1:A9)"],
  ['=MAXIFS(A1:A9,B1:B9,">0")', '_xlfn.MAXIFS(A1:A9,B1:B9,">0")'],
  ["=FILTER(A1:A9,B1:B9>0)", "_xlfn._xlws.FILTER(A1:A9,B1:B9>0)"],
  ["=SORT(A1:A9)", "_xlfn._xlws.SORT(A1:A9)"],
  // Nested, lower case, mixed with functions the format always had.
  ["=ROUND(stdev.s(A1:A9)/SUM(A1:A9),2)", "ROUND(_xlfn.STDEV.S(A1:A9)/SUM(A1:A9),2)"],
  ["=IFERROR(Rank.Eq(A1,A1:A9),0)", "IFERROR(_xlfn.RANK.EQ(A1,A1:A9),0)"],
  // Already prefixed: kept as it is.
  ["=_xlfn.STDEV.S(A1:A9)", "_xlfn.STDEV.S(A1:A9)"],
  // Not function calls: texts, quoted sheet names, structured references, names, the older functions.
  ['="STDEV.S(A1)"&A1', '"STDEV.S(A1)"&A1'],
  ["='CONCAT(x'!A1+1", "'CONCAT(x'!A1+1"],
  ["=SUM(Offres[STDEV.S(])", "SUM(Offres[STDEV.S(])"],
  [
    "=STDEV.S_TOTAL+STDEV(A1:A9)+NETWORKDAYS.INTL(A1,A2)",
    "STDEV.S_TOTAL+STDEV(A1:A9)+NETWORKDAYS.INTL(A1,A2)",
  ],
];

test.each(CASES)("%s is stored as %s", (formula, stored) => {
  expect(storedFormula(formula)).toBe(stored);
  expect(unprefixedFutureFunctions(stored)).toEqual([]);
});

test("the check finds each future function written bare", () => {
  expect(unprefixedFutureFunctions("ROUND(STDEV.S(A1:A9),2)+concat(A1)+_xlfn.IFS(A1,1)")).toEqual([
    "STDEV.S",
    "CONCAT",
  ]);
});

test("LET and LAMBDA (whose parameters need _xlpm.) are refused rather than written wrong", () => {
  expect(() => storedFormula("=LET(x,1,x+1)")).toThrow(/LET is not supported/);
  expect(() => storedFormula("=MAP(A1:A3,LAMBDA(v,v*2))")).toThrow(/LAMBDA is not supported/);
});

test("cells, conditional formats, validations and defined names all get the prefix", async () => {
  const plan: WorkbookPlan = {
    styles: { alert: { fill: "FFC7CE" } },
    sheets: [
      {
        name: "Offres",
        cells: [
          { cell: "A1", write: { kind: "number", value: 1 } },
          { cell: "A2", write: { kind: "number", value: 2 } },
          { cell: "B1", write: { kind: "formula", formula: "=STDEV.P(A1:A2)" } },
        ],
        conditionalFormats: [
          {
            type: "cellValue",
            range: "A1:A2",
            operator: "greaterThan",
            values: ["STDEV.S($A$1:$A$2)"],
            style: "alert",
          },
        ],
        validations: [
          { range: "A1:A2", rule: { type: "custom", formula: '=A1<=MAXIFS($A$1:$A$2,$A$1:$A$2,">0")' } },
        ],
      },
    ],
    names: [{ name: "Ecart", ref: "=STDEV.S(Offres!$A$1:$A$2)" }],
  };
  const bytes = await writeWorkbook(plan);
  await expectValidWorkbook(bytes, "future.xlsx");
  const sheet = await entryText(bytes, "xl/worksheets/sheet1.xml");
  expect(sheet).toContain("<f>_xlfn.STDEV.P(A1:A2)</f>");
  expect(sheet).toContain("<formula>_xlfn.STDEV.S($A$1:$A$2)</formula>");
  expect(sheet).toContain("<formula1>A1&lt;=_xlfn.MAXIFS($A$1:$A$2,$A$1:$A$2,&quot;&gt;0&quot;)</formula1>");
  expect(await entryText(bytes, "xl/workbook.xml")).toContain(
    '<definedName name="Ecart">_xlfn.STDEV.S(Offres!$A$1:$A$2)</definedName>',
  );
});

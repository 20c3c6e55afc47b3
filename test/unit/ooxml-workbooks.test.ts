// Every workbook the product writes today opens in Excel without repair: each XML part is valid against the
// ISO/IEC 29500 Transitional schemas and the package keeps the rules Excel enforces that no schema states.
// Templates (fr, en, with a password, from each sample grid), the tenders filled at their price cells, and a plan
// using every feature of the writer.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core/template";
import type { CellEdit } from "../../src/core/workbook/plan";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { writeWorkbook } from "../../src/xlsx/write";
import {
  describeFailure,
  validateWorkbooks,
  type WorkbookBytes,
  type ValidationResult,
} from "../helpers/ooxml";
import { GRID_NAMES, loadFixtureGrid } from "./template-snapshot";
import { FULL_PLAN } from "./xlsx-plans";

const TENDERS = path.resolve(__dirname, "../../../shared/fixtures/tenders");
const TENDER_NAMES = ["t-mairie", "t-departement", "t-etablissement"] as const;

interface TenderExpectation {
  readonly sheet: string;
  readonly price_columns: Readonly<Record<string, string>>;
  readonly lines: readonly { readonly row: number }[];
}

/** A tender filled at every price cell its expectation lists, with distinct prices in euros. */
async function filledTender(name: string): Promise<{ bytes: Uint8Array; written: number }> {
  const input = new Uint8Array(await fs.readFile(path.join(TENDERS, `${name}.xlsx`)));
  const expected = JSON.parse(
    await fs.readFile(path.join(TENDERS, `${name}.expected.json`), "utf8"),
  ) as TenderExpectation;
  const edits: CellEdit[] = expected.lines.flatMap((line, index) =>
    Object.values(expected.price_columns).map((column) => ({
      sheet: expected.sheet,
      cell: `${column}${line.row}`,
      value: 10 + index * 1.25,
    })),
  );
  const { data, report } = await fillWorkbookBytes(input, `${name}.xlsx`, edits);
  return { bytes: data, written: report.written.length };
}

async function workbooks(): Promise<WorkbookBytes[]> {
  const books: WorkbookBytes[] = [];
  const add = async (name: string, plan: Parameters<typeof writeWorkbook>[0]) =>
    books.push({ name, bytes: await writeWorkbook(plan) });
  for (const lang of ["fr", "en"] as const) {
    await add(`template-${lang}.xlsx`, buildTemplatePlan({ lang }));
    await add(`template-${lang}-password.xlsx`, buildTemplatePlan({ lang, password: "œuf-é-€" }));
    for (const grid of GRID_NAMES)
      await add(
        `template-${lang}-${grid}.xlsx`,
        buildTemplatePlan({ lang, grid: (await loadFixtureGrid(grid)).grid }),
      );
  }
  for (const tender of TENDER_NAMES) {
    const { bytes, written } = await filledTender(tender);
    expect(written).toBeGreaterThan(10);
    books.push({ name: `${tender}-filled.xlsx`, bytes });
  }
  await add("full-plan.xlsx", FULL_PLAN);
  return books;
}

let books: WorkbookBytes[];
let result: ValidationResult;

beforeAll(async () => {
  books = await workbooks();
  result = await validateWorkbooks(books);
}, 120_000);

const NAMES = [
  ...(["fr", "en"] as const).flatMap((lang) => [
    `template-${lang}.xlsx`,
    `template-${lang}-password.xlsx`,
    ...GRID_NAMES.map((grid) => `template-${lang}-${grid}.xlsx`),
  ]),
  ...TENDER_NAMES.map((tender) => `${tender}-filled.xlsx`),
  "full-plan.xlsx",
];

test("every workbook was built and each of its XML parts checked", () => {
  expect(books.map((book) => book.name)).toEqual(NAMES);
  for (const name of NAMES)
    expect(result.checked.filter((part) => part.startsWith(`${name}:`)).length).toBeGreaterThan(5);
  // The feature plan's chart and drawing parts went through their DrawingML schemas.
  expect(result.checked).toEqual(
    expect.arrayContaining([
      "full-plan.xlsx: xl/charts/chart1.xml",
      "full-plan.xlsx: xl/drawings/drawing1.xml",
    ]),
  );
});

test.each(NAMES)("%s opens without repair: every part valid, Excel's rules kept", (name) => {
  expect(result.failures.filter((failure) => failure.workbook === name).map(describeFailure)).toEqual([]);
});

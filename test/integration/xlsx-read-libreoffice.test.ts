import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { resave } from "../helpers/libreoffice";
import { cellAt, sheetNamed } from "../helpers/snapshot";
import { ALL_VARIANTS, rewriteXlsx } from "../helpers/xlsx-variants";
import { buildXlsx } from "../unit/xlsx-package";

// The reader on files LibreOffice wrote: tables (LibreOffice's database ranges saved as table parts), and dates
// stored as ISO text that LibreOffice turns into serial numbers.

const text = (cell: string, value: string) => ({ cell, write: { kind: "text" as const, value } });
const number = (cell: string, value: number) => ({ cell, write: { kind: "number" as const, value } });

const TABLES_PLAN: WorkbookPlan = {
  styles: {},
  sheets: [
    {
      name: "Offres",
      cells: [
        text("B2", "Candidat"),
        text("C2", "Total HT"),
        text("D2", "Note & rang"),
        text("B3", "Traiteur A"),
        number("C3", 1250.5),
        number("D3", 1),
        text("B4", "Traiteur B"),
        number("C4", 1320),
        number("D4", 2),
        text("B5", "Total"),
        { cell: "C5", write: { kind: "formula", formula: "=SUBTOTAL(109,C3:C4)" } },
        text("F1", "Lot"),
        text("F2", "1"),
      ],
      tables: [
        { name: "Offres", range: "B2:D5", totalsRow: true },
        { name: "Lots", range: "F1:F2" },
      ],
    },
  ],
};

// Dates from 1900-03-01 on: before it, LibreOffice counts days without Excel's phantom 29 February 1900.
const DATES = ["2025-03-14", "2025-03-14T12:30:00", "1900-03-01", "2000-02-29T23:59:59"];

let dir: string;

async function throughLibreOffice(name: string, data: Uint8Array): Promise<Uint8Array> {
  const input = path.join(dir, `${name}.xlsx`);
  const output = path.join(dir, `${name}-resaved.xlsx`);
  await fs.writeFile(input, data);
  await resave(input, output);
  return new Uint8Array(await fs.readFile(output));
}

let tablesBook: WorkbookSnapshot;
let tablesResaved: Uint8Array;
let datesMine: WorkbookSnapshot;
let datesTheirs: WorkbookSnapshot;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-read-lo-"));
  tablesResaved = await throughLibreOffice("tables", await writeWorkbook(TABLES_PLAN));
  tablesBook = await readWorkbook(tablesResaved, "tables.xlsx");
  const cells = DATES.map((date, i) => `<c r="A${i + 1}" t="d"><v>${date}</v></c>`);
  const dates = await buildXlsx({
    sheets: [
      {
        name: "Dates",
        body: `<sheetData>${cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join("")}</sheetData>`,
      },
    ],
  });
  datesMine = await readWorkbook(dates, "dates.xlsx");
  datesTheirs = await readWorkbook(await throughLibreOffice("dates", dates), "dates.xlsx");
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("tables of a workbook saved by LibreOffice: names, ranges, header and totals rows, column names", () => {
  const tables = [...(sheetNamed(tablesBook, "Offres").tables ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  expect(tables).toEqual([
    { name: "Lots", range: "F1:F2", hasHeader: true, hasTotals: false, columns: ["Lot"] },
    {
      name: "Offres",
      range: "B2:D5",
      hasHeader: true,
      hasTotals: true,
      columns: ["Candidat", "Total HT", "Note & rang"],
    },
  ]);
});

test("LibreOffice's file reads the same in every other writer's spelling", async () => {
  const rewritten = await rewriteXlsx(tablesResaved, ALL_VARIANTS);
  expect(await readWorkbook(rewritten, "tables.xlsx")).toEqual(tablesBook);
});

test("dates stored as ISO text read as the serial numbers LibreOffice converts them to", () => {
  const mine = sheetNamed(datesMine, "Dates");
  const theirs = sheetNamed(datesTheirs, "Dates");
  DATES.forEach((date, i) => {
    const ours = cellAt(mine, `A${i + 1}`).value;
    const libre = cellAt(theirs, `A${i + 1}`).value;
    if (ours.type !== "number" || libre.type !== "number")
      throw new Error(`${date}: ${ours.type}, ${libre.type}`);
    // LibreOffice writes 15 significant digits.
    expect({ date, serial: ours.value }).toEqual({ date, serial: expect.closeTo(libre.value, 8) });
  });
});

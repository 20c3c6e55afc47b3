import { promises as fs } from "node:fs";
import * as path from "node:path";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { ALL_VARIANTS, rewriteXlsx } from "../helpers/xlsx-variants";
import {
  TENDER_NAMES,
  TENDERS_DIR,
  expectedTender,
  linesAgainst,
  tableOf,
} from "../helpers/tender-expectations";

// The three public tenders read as a careful reader reads them (../shared/fixtures/tenders/*.expected.json): the
// sheet, header row and price columns; every mapped line as exactly its variant, every flag line asked, every line
// outside the standard left to the caterer.

describe.each(TENDER_NAMES)("%s", (name) => {
  let result: ReturnType<typeof mapTender>;

  beforeAll(async () => {
    const file = path.join(TENDERS_DIR, `${name}.xlsx`);
    result = mapTender({ book: await readWorkbook(new Uint8Array(await fs.readFile(file)), file) });
  });

  test("the table: sheet, header row, price columns typed into, quantity column, HT or TTC", async () => {
    const expected = await expectedTender(name);
    expect(tableOf(result)).toEqual({
      sheet: expected.sheet,
      header_row: expected.header_row,
      price_columns: expected.price_columns,
      quantity_column: expected.quantity_column,
      basis: expected.basis,
    });
  });

  test("every line read as expected, and no other line", async () => {
    const expected = await expectedTender(name);
    for (const { got, want } of linesAgainst(result, expected)) expect(got).toEqual(want);
    expect(result.mapping?.lines.map((line) => line.row)).toEqual(expected.lines.map((line) => line.row));
  });

  test("no error finding; each mapped line says where its price goes", () => {
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    for (const line of result.mapping?.lines ?? [])
      expect(line.priceCells.map((cell) => cell.basis)).toEqual(["HT"]);
  });
});

// The same tenders as other writers store them: the Open XML SDK's `x:` prefix, CDATA shared strings, rows and cells
// without `r`, rich-text runs, single quotes and a BOM, all at once. The mapping must not move by a cell.
describe.each(TENDER_NAMES)("%s as other writers store it", (name) => {
  test("maps exactly as the plain file", async () => {
    const file = path.join(TENDERS_DIR, `${name}.xlsx`);
    const plain = new Uint8Array(await fs.readFile(file));
    const rewritten = await rewriteXlsx(plain, ALL_VARIANTS);
    expect(rewritten).not.toEqual(plain);
    const fromPlain = mapTender({ book: await readWorkbook(plain, file) });
    const fromRewritten = mapTender({ book: await readWorkbook(rewritten, file) });
    expect(fromRewritten).toEqual(fromPlain);
  });
});

import { promises as fs } from "node:fs";
import * as path from "node:path";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
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

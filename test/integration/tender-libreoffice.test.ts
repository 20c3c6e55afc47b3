import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { resave } from "../helpers/libreoffice";
import {
  TENDER_NAMES,
  TENDERS_DIR,
  expectedTender,
  linesAgainst,
  tableOf,
} from "../helpers/tender-expectations";

// The public tenders opened and saved again by LibreOffice (as a buyer or a caterer using it would): its own
// styles, shared strings and merges, the same reading.

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-tender-lo-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(TENDER_NAMES)("%s resaved by LibreOffice", (name) => {
  test("same table, same lines, same readings", async () => {
    const file = path.join(dir, `${name}.xlsx`);
    await resave(path.join(TENDERS_DIR, `${name}.xlsx`), file);
    const result = mapTender({ book: await readWorkbook(new Uint8Array(await fs.readFile(file)), file) });
    const expected = await expectedTender(name);
    expect(tableOf(result)).toEqual({
      sheet: expected.sheet,
      header_row: expected.header_row,
      price_columns: expected.price_columns,
      quantity_column: expected.quantity_column,
      basis: expected.basis,
    });
    for (const { got, want } of linesAgainst(result, expected)) expect(got).toEqual(want);
    expect(result.mapping?.lines.map((line) => line.row)).toEqual(expected.lines.map((line) => line.row));
  });
});

import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { t } from "../../src/i18n";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read";
import { buildXlsx } from "./xlsx-package";
import { compoundFile } from "../helpers/compound-file";

const BAD = path.resolve(__dirname, "../fixtures/bad-files");

async function readError(data: Uint8Array, file: string): Promise<WorkbookReadError> {
  try {
    await readWorkbook(data, file);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error(`${file} was read without error`);
}

function bigSheet(rows: number, columns: number, dimension: string): string {
  const letters = "ABCDEFGHIJ".slice(0, columns).split("");
  const parts: string[] = [dimension, "<sheetData>"];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}">${letters.map((l) => `<c r="${l}${r}"><v>${r}</v></c>`).join("")}</row>`);
  parts.push("</sheetData>");
  return parts.join("");
}

describe("readWorkbook refuses bad files with one clear message naming the file", () => {
  test("bytes that are not a zip", async () => {
    const error = await readError(
      new TextEncoder().encode("Réf;Désignation;Prix\n1.1;Cocktail;12,50\n"),
      "prix.xlsx",
    );
    expect(error.code).toBe("notZip");
    expect(t("fr", error.messageKey, error.params)).toMatch(/^prix\.xlsx : ce n'est pas un classeur Excel/);
    expect(t("en", error.messageKey, error.params)).toMatch(/^prix\.xlsx: not an Excel workbook/);
  });

  test("an empty file (0 bytes): said to be empty, with where to get it again", async () => {
    const error = await readError(new Uint8Array(0), "vide.xlsx");
    expect(error.code).toBe("empty");
    expect(t("fr", error.messageKey, error.params)).toMatch(/^vide\.xlsx : le fichier est vide \(0 octet\)/);
    expect(t("en", error.messageKey, error.params)).toMatch(/^vide\.xlsx: the file is empty \(0 bytes\)/);
  });

  test("a damaged zip (truncated): said to be incomplete, not 'not a workbook, save it as .xlsx'", async () => {
    const good = await buildXlsx({ sheets: [{ name: "A", body: "<sheetData/>" }] });
    const error = await readError(good.slice(0, 200), "cut.xlsx");
    expect(error.code).toBe("damaged");
    expect(t("fr", error.messageKey, error.params)).toMatch(/^cut\.xlsx : fichier incomplet ou endommagé/);
    expect(t("en", error.messageKey, error.params)).toMatch(/^cut\.xlsx: incomplete or damaged file/);
  });

  test("an OpenDocument spreadsheet (.ods) is named as such, with how to save it as .xlsx", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", "<office:document-content/>");
    const error = await readError(await zip.generateAsync({ type: "uint8array" }), "grille.ods");
    expect(error.code).toBe("ods");
    expect(t("fr", error.messageKey, error.params)).toContain("OpenDocument (.ods)");
    expect(t("en", error.messageKey, error.params)).toContain("save it in Excel format (.xlsx)");
  });

  test("a zip that is not a workbook (a word-processing document)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const error = await readError(await zip.generateAsync({ type: "uint8array" }), "memo.docx");
    expect(error.code).toBe("notWorkbook");
    expect(error.params).toEqual({ file: "memo.docx" });
  });

  test("a sheet referring to texts missing from the file is damaged, not read as blank labels", async () => {
    const data = await buildXlsx({
      sheets: [
        { name: "Prix", body: '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>' },
      ],
    });
    const error = await readError(data, "abime.xlsx");
    expect(error.code).toBe("missingStrings");
    expect(t("fr", error.messageKey, error.params)).toBe(
      "abime.xlsx : classeur endommagé : la feuille « Prix » renvoie à des textes absents du fichier. Ouvrez-le dans Excel, laissez-le le réparer, puis enregistrez-le.",
    );
  });

  test("an encrypted workbook (compound file with an EncryptedPackage stream)", async () => {
    const error = await readError(compoundFile(["EncryptionInfo", "EncryptedPackage"]), "secret.xlsx");
    expect(error.code).toBe("encrypted");
    expect(t("fr", error.messageKey, error.params)).toContain("mot de passe");
  });

  test("another compound file (a Word 97 document) is not a workbook", async () => {
    const error = await readError(compoundFile(["WordDocument", "1Table"]), "lettre.doc");
    expect(error.code).toBe("notWorkbook");
  });

  test("an old .xls saved by LibreOffice", async () => {
    const data = new Uint8Array(await fs.readFile(path.join(BAD, "old-format.xls")));
    const error = await readError(data, "old-format.xls");
    expect(error.code).toBe("oldXls");
    expect(t("en", error.messageKey, error.params)).toContain("old Excel format (.xls)");
  });

  test("a sheet of 1 000 000 cells, declared by its dimension or not, is refused in bounded time", async () => {
    const body = bigSheet(100_000, 10, "");
    const declared = await buildXlsx({
      sheets: [{ name: "Big", body: `<dimension ref="A1:J100000"/>${body}` }],
    });
    const undeclared = await buildXlsx({ sheets: [{ name: "Big", body: `<dimension ref="A1"/>${body}` }] });
    expect(declared.length).toBeLessThan(5_000_000);
    for (const data of [declared, undeclared]) {
      const started = Date.now();
      const error = await readError(data, "big.xlsx");
      expect(error.code).toBe("tooManyCells");
      expect(error.params).toMatchObject({ file: "big.xlsx", sheet: "Big" });
      // Measured here: ~0.15 s either way (declared dimension, or <c> elements counted before any cell is built).
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  test("formatting far from the values does not make a sheet unreadable", async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: "Styled",
          body: '<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="C2" s="0"/></row><row r="900000"><c r="Z900000" s="0"/></row></sheetData>',
        },
      ],
    });
    const sheet = (await readWorkbook(data, "styled.xlsx")).sheets[0];
    expect(sheet.range).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 1 });
    expect(sheet.cells).toEqual([[{ value: { type: "number", value: 1 }, locked: true }]]);
  });

  test("…nor does the dimension Excel declares for such a styled cell (B2:Z900000)", async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: "Styled",
          body: '<dimension ref="B2:Z900000"/><sheetData><row r="2"><c r="B2"><v>1</v></c></row><row r="900000"><c r="Z900000" s="0"/></row></sheetData>',
        },
      ],
    });
    const sheet = (await readWorkbook(data, "styled.xlsx")).sheets[0];
    expect(sheet.range).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 1 });
  });

  test("two far-apart cells whose used range exceeds the bound are refused before building the grid", async () => {
    const data = await buildXlsx({
      sheets: [
        {
          name: "Sparse",
          body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="60000"><c r="Z60000"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    expect((await readError(data, "sparse.xlsx")).code).toBe("tooManyCells");
    const small = await readWorkbook(data, "sparse.xlsx", { maxCells: 2_000_000 }).catch((e: Error) => e);
    expect(small).not.toBeInstanceOf(Error);
  });
});

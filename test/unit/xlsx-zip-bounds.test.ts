import JSZip from "jszip";
import { t } from "../../src/i18n";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook, type ReadOptions } from "../../src/xlsx/read";
import { readZipDirectory, ZipDirectoryError } from "../../src/xlsx/zip-directory";
import { buildXlsx } from "./xlsx-package";

// What a zip declares is read from its central directory, and bounds are kept before and while inflating.

const MIB = 1024 * 1024;
const DIRECTORY_ENTRY = 0x02014b50;

/** Sets the uncompressed size the central directory declares for `name`; the data and local header keep theirs. */
function declareSize(data: Uint8Array, name: string, size: number): Uint8Array {
  const out = data.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) continue;
    const length = view.getUint16(at + 28, true);
    if (length === wanted.length && wanted.every((byte, i) => out[at + 46 + i] === byte)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the central directory`);
}

async function readError(data: Uint8Array, options: ReadOptions = {}): Promise<WorkbookReadError> {
  const error = await readWorkbook(data, "bomb.xlsx", options).catch((caught: unknown) => caught);
  if (error instanceof WorkbookReadError) return error;
  throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
}

/** A sheet of `rows` rows of ten numbers: about 250 bytes a row, compressing a hundredfold. */
function rowsXml(rows: number): string {
  const parts = ["<sheetData>"];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}">`);
    for (const letter of "ABCDEFGHIJ") parts.push(`<c r="${letter}${r}"><v>1</v></c>`);
    parts.push("</row>");
  }
  parts.push("</sheetData>");
  return parts.join("");
}

describe("the central directory, read from the raw bytes", () => {
  test("names, compression methods and sizes of every entry", async () => {
    const zip = new JSZip();
    zip.file("stored.xml", "<a/>", { compression: "STORE" });
    zip.file("deflated.xml", "<b>".padEnd(10_000, "x"), { compression: "DEFLATE" });
    const directory = readZipDirectory(await zip.generateAsync({ type: "uint8array" }));
    expect(directory.get("stored.xml")).toEqual({
      name: "stored.xml",
      method: 0,
      compressedSize: 4,
      uncompressedSize: 4,
    });
    expect(directory.get("deflated.xml")).toMatchObject({ method: 8, uncompressedSize: 10_000 });
    expect(directory.get("deflated.xml")?.compressedSize).toBeLessThan(100);
  });

  test("zip64 sizes come from the zip64 extra field and end-of-directory record", () => {
    const data = zip64Archive("huge.xml", 2 ** 33);
    expect(readZipDirectory(data).get("huge.xml")).toEqual({
      name: "huge.xml",
      method: 0,
      compressedSize: 5,
      uncompressedSize: 2 ** 33,
    });
  });

  test("bytes before the zip (a self-extracting stub) are skipped; a cut zip is refused", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>");
    const data = await zip.generateAsync({ type: "uint8array" });
    const stub = new Uint8Array(100 + data.length);
    stub.set(data, 100);
    expect([...readZipDirectory(stub).keys()]).toEqual(["a.xml"]);
    expect(() => readZipDirectory(data.slice(0, data.length - 30))).toThrow(ZipDirectoryError);
  });
});

describe("decompression bombs are refused with the bound in the message", () => {
  const book = () =>
    buildXlsx({
      sharedStrings: ["a"],
      sheets: [
        { name: "S", body: rowsXml(10) },
        { name: "T", body: rowsXml(10) },
      ],
    });

  test("a part declaring more than 256 MiB is refused before it is inflated", async () => {
    // Had it been inflated, the size mismatch would have made it "corrupt".
    const error = await readError(declareSize(await book(), "xl/worksheets/sheet1.xml", 300 * MIB));
    expect(error.code).toBe("partTooLarge");
    expect(error.params).toEqual({ file: "bomb.xlsx", part: "xl/worksheets/sheet1.xml", max: 256 });
    expect(t("fr", error.messageKey, error.params)).toBe(
      "bomb.xlsx : une partie du classeur (xl/worksheets/sheet1.xml) dépasse 256 Mo une fois décompressée ; trop volumineuse pour être lue. Vérifiez que c'est le bon fichier.",
    );
    expect(t("en", error.messageKey, error.params)).toContain("exceeds 256 MB once unzipped");
  });

  test("parts each under the part bound but over 512 MiB together are refused before any is inflated", async () => {
    let data = await book();
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"])
      data = declareSize(data, part, 200 * MIB);
    const error = await readError(data);
    expect(error.code).toBe("packageTooLarge");
    expect(error.params).toEqual({ file: "bomb.xlsx", max: 512 });
    expect(t("fr", error.messageKey, error.params)).toBe(
      "bomb.xlsx : le classeur dépasse 512 Mo une fois décompressé ; trop volumineux pour être lu. Vérifiez que c'est le bon fichier.",
    );
  });

  test("a directory that lies about a part's size does not fool the bound: inflating stops at it", async () => {
    const data = await buildXlsx({ sheets: [{ name: "S", body: rowsXml(6_000) }] });
    const lying = declareSize(data, "xl/worksheets/sheet1.xml", 1000);
    expect(data.length).toBeLessThan(MIB / 2);
    const error = await readError(lying, { maxPartBytes: MIB });
    expect(error.params).toEqual({ file: "bomb.xlsx", part: "xl/worksheets/sheet1.xml", max: 1 });
  });

  test("the total is counted on the bytes inflated too", async () => {
    // Three sheets of ~0.75 MB each, the third declaring 1000 bytes: it crosses 2 MiB while inflating.
    const data = await buildXlsx({ sheets: [1, 2, 3].map((n) => ({ name: `S${n}`, body: rowsXml(3_000) })) });
    const limits = { maxPartBytes: MIB, maxTotalBytes: 3 * MIB };
    expect((await readWorkbook(data, "ok.xlsx", limits)).sheets).toHaveLength(3);
    const lying = declareSize(data, "xl/worksheets/sheet3.xml", 1000);
    const error = await readError(lying, { ...limits, maxTotalBytes: 2 * MIB });
    expect(error.code).toBe("packageTooLarge");
    expect(error.params).toEqual({ file: "bomb.xlsx", max: 2 });
  });
});

test("filling keeps stored entries stored, read from the directory", async () => {
  const zip = await JSZip.loadAsync(
    await buildXlsx({
      sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
    }),
  );
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  zip.file("xl/styles.xml", styles, { compression: "STORE" });
  zip.file("docProps/custom.xml", "<Properties/>", { compression: "STORE" });
  const input = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const before = readZipDirectory(input);
  const { data, report } = await fillWorkbookBytes(input, "f.xlsx", [{ sheet: "S", cell: "B1", value: 2 }]);
  expect(report.written).toHaveLength(1);
  const after = readZipDirectory(data);
  for (const name of ["xl/styles.xml", "docProps/custom.xml", "xl/sharedStrings.xml"])
    expect(after.get(name)).toEqual(before.get(name));
  expect(after.get("xl/styles.xml")?.method).toBe(0);
  expect(after.get("xl/sharedStrings.xml")?.method).toBe(8);
});

/**
 * A zip64 archive of one stored entry "hello" whose central directory declares `declared` bytes uncompressed
 * (sizes in the zip64 extra field, counts and offsets in the zip64 end-of-directory record).
 */
function zip64Archive(name: string, declared: number): Uint8Array {
  const bytes: number[] = [];
  /** Little-endian fields, each [size in bytes, value]. */
  const write = (...fields: (readonly [2 | 4 | 8, number])[]) => {
    for (const [size, value] of fields)
      for (let i = 0; i < size; i++) bytes.push(Math.floor(value / 2 ** (8 * i)) % 256);
  };
  const nameBytes = Array.from(new TextEncoder().encode(name));
  const content = Array.from(new TextEncoder().encode("hello"));
  const ALL_ONES = 0xffffffff;
  // Local file header (signature, versions, flags, method, time, date, CRC, sizes, name and extra lengths), data.
  write([4, 0x04034b50], [2, 45], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, 5], [4, 5]);
  write([2, nameBytes.length], [2, 0]);
  bytes.push(...nameBytes, ...content);
  // Central directory entry with both sizes in the zip64 extra field (id 1, 16 bytes).
  const directoryStart = bytes.length;
  write([4, DIRECTORY_ENTRY], [2, 45], [2, 45], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, ALL_ONES]);
  write([4, ALL_ONES], [2, nameBytes.length], [2, 20], [2, 0], [2, 0], [2, 0], [4, 0], [4, 0]);
  bytes.push(...nameBytes);
  write([2, 0x0001], [2, 16], [8, declared], [8, 5]);
  const directorySize = bytes.length - directoryStart;
  // Zip64 end of central directory record, its locator, and the classic record pointing to them.
  const record = bytes.length;
  write([4, 0x06064b50], [8, 44], [2, 45], [2, 45], [4, 0], [4, 0], [8, 1], [8, 1]);
  write([8, directorySize], [8, directoryStart]);
  write([4, 0x07064b50], [4, 0], [8, record], [4, 1]);
  write([4, 0x06054b50], [2, 0], [2, 0], [2, 0xffff], [2, 0xffff], [4, ALL_ONES], [4, ALL_ONES], [2, 0]);
  return new Uint8Array(bytes);
}

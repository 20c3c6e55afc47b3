import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { ZipArchive } from "../../src/xlsx/zip-archive";
import { zipCodec as browserCodec } from "../../src/xlsx/zip-codec.browser";
import { zipCodec as nodeCodec } from "../../src/xlsx/zip-codec";
import { InflateLimitError, type ZipCodec } from "../../src/xlsx/zip-codec-contract";
import { crc32 } from "../../src/xlsx/zip-crc32";
import { ZipDirectoryError } from "../../src/xlsx/zip-directory";
import { copiedZipEntry, newZipEntry, writeZip } from "../../src/xlsx/zip-write";
import { buildXlsx } from "./xlsx-package";

// The door's own zip container: read against what jszip (an independent implementation) writes, written for jszip
// and Info-ZIP's `unzip -t` to read, and the two codecs held to one contract.

const MIB = 1024 * 1024;
const utf8 = new TextEncoder();
const text = new TextDecoder();

/** A deterministic sheet-like text of about `bytes` bytes, compressing as real sheets do (about tenfold). */
function sheetLike(bytes: number): Uint8Array {
  const parts: string[] = [];
  let length = 0;
  for (let row = 1; length < bytes; row++) {
    const piece = `<row r="${row}"><c r="A${row}"><v>${(row * 7919) % 10007}</v></c></row>`;
    parts.push(piece);
    length += piece.length;
  }
  return utf8.encode(parts.join("").slice(0, bytes));
}

describe.each([
  ["Node's zlib (the command line)", nodeCodec],
  ["fflate (the browser)", browserCodec],
] as const)("the zip codec: %s", (_name, codec: ZipCodec) => {
  test("inflates what zlib deflates and deflates what zlib inflates, byte for byte", () => {
    const data = sheetLike(3 * MIB);
    // Buffers compared by `equals`: jest's deep equality takes seconds on megabytes.
    expect(Buffer.from(codec.inflateRaw(zlib.deflateRawSync(data), data.length)).equals(data)).toBe(true);
    expect(zlib.inflateRawSync(codec.deflateRaw(data)).equals(data)).toBe(true);
    expect(codec.inflateRaw(codec.deflateRaw(new Uint8Array(0)), 0)).toHaveLength(0);
  });

  test("stops at the bound: a 64 MiB bomb of 64 KiB is refused at 1 MiB", () => {
    const bomb = zlib.deflateRawSync(new Uint8Array(64 * MIB));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(() => codec.inflateRaw(bomb, MIB)).toThrow(InflateLimitError);
    // Exactly at the bound is allowed.
    expect(codec.inflateRaw(zlib.deflateRawSync(new Uint8Array(MIB)), MIB)).toHaveLength(MIB);
  });

  test("data that is not DEFLATE, or cut short, is an error other than the bound", () => {
    const cut = zlib.deflateRawSync(sheetLike(100_000)).subarray(0, 500);
    for (const bad of [cut, utf8.encode("PK this is not deflate at all")]) {
      let caught: unknown;
      try {
        codec.inflateRaw(bad, MIB);
      } catch (error) {
        caught = error;
      }
      // zlib's errors come from Node's realm, not jest's: their message, not their class, is what can be checked.
      expect(String((caught as { message?: unknown } | undefined)?.message ?? "")).not.toBe("");
      expect(caught).not.toBeInstanceOf(InflateLimitError);
    }
  });

  test("CRC-32 as zip computes it", () => {
    const data = sheetLike(200_000);
    expect(codec.crc32(data)).toBe(zlib.crc32(data));
    expect(crc32(data)).toBe(zlib.crc32(data));
    expect(crc32(utf8.encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("reading a zip", () => {
  test("what jszip writes, stored and deflated, with data descriptors, UTF-8 names and a comment", async () => {
    const zip = new JSZip();
    zip.file("stored.xml", "<a/>", { compression: "STORE" });
    zip.file("xl/deflated.xml", text.decode(sheetLike(50_000)), {
      compression: "DEFLATE",
      createFolders: false,
    });
    zip.file("docProps/é à.xml", "<é/>", { createFolders: false });
    for (const streamFiles of [false, true]) {
      const data = await zip.generateAsync({ type: "uint8array", streamFiles, comment: "un commentaire" });
      const archive = ZipArchive.open(data);
      expect(archive.entries.map((entry) => entry.name)).toEqual([
        "stored.xml",
        "xl/deflated.xml",
        "docProps/é à.xml",
      ]);
      for (const name of ["stored.xml", "xl/deflated.xml", "docProps/é à.xml"]) {
        const entry = archive.entry(name);
        if (!entry) throw new Error(name);
        expect(text.decode(archive.inflate(entry, MIB))).toBe(await zip.file(name)?.async("string"));
      }
      // Bit 3: sizes and CRC in a data descriptor after the data (the directory's are read); bit 11: a UTF-8 name.
      expect((archive.entry("xl/deflated.xml")?.flags ?? 0) & 0x0008).toBe(streamFiles ? 0x0008 : 0);
      expect((archive.entry("docProps/é à.xml")?.flags ?? 0) & 0x0800).toBe(0x0800);
      expect(text.decode(archive.comment)).toBe("un commentaire");
    }
  });

  test("bytes before the zip (a self-extracting stub) shift every entry, not the reading", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>bonjour</a>");
    const data = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const stub = new Uint8Array(100 + data.length);
    stub.set(data, 100);
    const archive = ZipArchive.open(stub);
    const entry = archive.entry("a.xml");
    if (!entry) throw new Error("a.xml");
    expect(text.decode(archive.inflate(entry, 100))).toBe("<a>bonjour</a>");
  });

  test("encrypted entries, other compression methods and a directory pointing nowhere are refused on opening", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>".repeat(100), { compression: "DEFLATE" });
    const data = await zip.generateAsync({ type: "uint8array" });
    const view = new DataView(data.buffer);
    const directory = data.length - 22 - (46 + "a.xml".length);
    expect(view.getUint32(directory, true)).toBe(0x02014b50);
    const tampered = (at: number, value: number, size: 2 | 4) => {
      const copy = data.slice();
      const copyView = new DataView(copy.buffer);
      if (size === 2) copyView.setUint16(at, value, true);
      else copyView.setUint32(at, value, true);
      return copy;
    };
    expect(() => ZipArchive.open(tampered(directory + 8, 1, 2))).toThrow(/encrypted/);
    expect(() => ZipArchive.open(tampered(directory + 10, 12, 2))).toThrow(/compression method 12/);
    expect(() => ZipArchive.open(tampered(directory + 42, 7, 4))).toThrow(ZipDirectoryError);
    expect(() => ZipArchive.open(tampered(directory + 20, 100_000, 4))).toThrow(/runs past the end/);
  });
});

describe("writing a zip", () => {
  test("what we write, jszip and Info-ZIP read back entry for entry", async () => {
    const date = new Date(Date.UTC(2026, 10, 29, 10, 30, 42));
    const contents: Record<string, Uint8Array> = {
      "[Content_Types].xml": utf8.encode("<Types/>"),
      "xl/worksheets/sheet1.xml": sheetLike(300_000),
      "xl/média é.xml": utf8.encode("<m/>"),
      "stored.bin": new Uint8Array([0, 1, 2, 3, 255]),
    };
    const data = writeZip(
      Object.entries(contents).map(([name, bytes]) => newZipEntry(name, bytes, date, name === "stored.bin")),
      utf8.encode("fin"),
    );
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    for (const [name, bytes] of Object.entries(contents)) {
      expect(Buffer.from((await zip.file(name)?.async("uint8array")) ?? [])).toEqual(Buffer.from(bytes));
      expect(zip.file(name)?.date.toISOString()).toBe("2026-11-29T10:30:42.000Z");
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), "grille-zip-"));
    try {
      writeFileSync(path.join(dir, "t.zip"), data);
      expect(execFileSync("unzip", ["-t", path.join(dir, "t.zip")], { encoding: "utf8" })).toContain(
        "No errors detected",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a copied entry is its very bytes: name in another code page, date, attributes, compressed data", async () => {
    const zip = new JSZip();
    zip.file("a.xml", text.decode(sheetLike(20_000)), { date: new Date(Date.UTC(2019, 4, 6, 7, 8, 10)) });
    zip.file("b.bin", new Uint8Array([1, 2, 3]), { compression: "STORE", unixPermissions: 0o100640 });
    const data = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", platform: "UNIX" });
    // A name in code page 437 (bit 11 off), as old zip tools wrote "é" (0x82): renamed in place, same length.
    const cp437 = data.slice();
    const at = Buffer.from(cp437).lastIndexOf(Buffer.from("b.bin"));
    cp437[at] = 0x82;
    const archive = ZipArchive.open(cp437);
    const copy = ZipArchive.open(writeZip(archive.entries.map((entry) => copiedZipEntry(archive, entry))));
    expect(copy.entries).toHaveLength(2);
    archive.entries.forEach((entry, index) => {
      const copied = copy.entries[index];
      // Everything the directory declares but where the entry lies, which a copy cannot keep.
      const declared = { ...entry, localHeaderOffset: 0, nameBytes: undefined };
      expect({ ...copied, localHeaderOffset: 0, nameBytes: undefined }).toEqual(declared);
      expect(Buffer.from(copied.nameBytes)).toEqual(Buffer.from(entry.nameBytes));
      expect(Buffer.from(copy.compressedData(copied))).toEqual(Buffer.from(archive.compressedData(entry)));
    });
    expect(copy.entries[1].nameBytes[0]).toBe(0x82);
    expect(copy.entries[1].externalAttributes >>> 16).toBe(0o100640);
  });

  test("a fill recompresses only the parts it changes; every other entry keeps its compressed bytes", async () => {
    const input = await buildXlsx({
      sharedStrings: ["Désignation"],
      sheets: [
        { name: "BPU", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' },
        { name: "Notes", body: '<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>' },
      ],
    });
    const { data } = await fillWorkbookBytes(input, "f.xlsx", [{ sheet: "BPU", cell: "B1", value: 12.5 }]);
    const before = ZipArchive.open(input);
    const after = ZipArchive.open(data);
    const changed = new Set(["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    expect(after.entries.map((entry) => entry.name)).toEqual(before.entries.map((entry) => entry.name));
    for (const entry of before.entries) {
      const written = after.entry(entry.name);
      if (!written) throw new Error(entry.name);
      const same = Buffer.from(after.compressedData(written)).equals(
        Buffer.from(before.compressedData(entry)),
      );
      expect({ name: entry.name, same }).toEqual({ name: entry.name, same: !changed.has(entry.name) });
    }
    const sheet = after.entry("xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("sheet1");
    expect(text.decode(after.inflate(sheet, MIB))).toContain('<c r="B1"><v>12.5</v></c>');
  });
});

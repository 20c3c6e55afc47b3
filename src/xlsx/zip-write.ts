// Writing a zip: entries copied as the very bytes they were read (an entry a fill does not change is never
// inflated nor compressed again), entries replaced with new content under their old name, date and attributes,
// and new entries. Every size must fit 32 bits: the door's bounds keep a workbook far below zip64's 4 GiB.
// Layout: APPNOTE.TXT sections 4.3.7 (local file header), 4.3.12 (central directory), 4.3.16 (end record).

import { zipCodec } from "./zip-codec";
import type { ZipArchive } from "./zip-archive";
import { STORED, type ZipDirectoryEntry } from "./zip-directory";

const DEFLATED = 8;
/** Version 2.0 of the format (deflate), as "made by" and "needed to extract", on MS-DOS/FAT (0 in the high byte). */
const VERSION = 20;
/** Bit 11: the name is UTF-8. Bits 1 and 2 (deflate options) are kept on copies; bit 3 (data descriptor) is not:
 * sizes and CRC are written in the local header. */
const UTF8_NAME = 0x0800;
const KEPT_FLAGS = 0x0806;
const MAX_U32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** One entry as it will be written. */
export interface ZipWriteEntry {
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly data: Uint8Array;
  readonly uncompressedSize: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
}

/** MS-DOS time and date of a moment, in UTC (a workbook written the same way gives the same bytes anywhere). */
export function dosDateTime(date: Date): { modTime: number; modDate: number } {
  return {
    modTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    modDate: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function content(bytes: Uint8Array, stored: boolean) {
  return {
    method: stored ? STORED : DEFLATED,
    crc32: zipCodec.crc32(bytes),
    data: stored ? bytes : zipCodec.deflateRaw(bytes),
    uncompressedSize: bytes.length,
  };
}

const utf8 = new TextEncoder();

/** A new entry, deflated unless `stored`. */
export function newZipEntry(name: string, bytes: Uint8Array, date: Date, stored = false): ZipWriteEntry {
  const nameBytes = utf8.encode(name);
  const ascii = nameBytes.every((byte) => byte < 0x80);
  return {
    nameBytes,
    flags: ascii ? 0 : UTF8_NAME,
    ...content(bytes, stored),
    ...dosDateTime(date),
    versionMadeBy: VERSION,
    internalAttributes: 0,
    externalAttributes: 0,
  };
}

/** An entry read from a zip, exactly as it was: its compressed bytes, CRC, name, date and attributes. */
export function copiedZipEntry(archive: ZipArchive, entry: ZipDirectoryEntry): ZipWriteEntry {
  return {
    nameBytes: entry.nameBytes,
    flags: entry.flags & KEPT_FLAGS,
    method: entry.method,
    crc32: entry.crc32,
    data: archive.compressedData(entry),
    uncompressedSize: entry.uncompressedSize,
    modTime: entry.modTime,
    modDate: entry.modDate,
    versionMadeBy: entry.versionMadeBy,
    internalAttributes: entry.internalAttributes,
    externalAttributes: entry.externalAttributes,
  };
}

/** An entry read from a zip with new content: same name, date and attributes; a stored entry stays stored. */
export function replacedZipEntry(entry: ZipDirectoryEntry, bytes: Uint8Array): ZipWriteEntry {
  return {
    nameBytes: entry.nameBytes,
    flags: entry.flags & UTF8_NAME,
    ...content(bytes, entry.method === STORED),
    modTime: entry.modTime,
    modDate: entry.modDate,
    versionMadeBy: entry.versionMadeBy,
    internalAttributes: entry.internalAttributes,
    externalAttributes: entry.externalAttributes,
  };
}

/**
 * The fields both headers hold in the same order (APPNOTE 4.3.7 and 4.3.12): flags, method, time, date, CRC-32, sizes,
 * name length; `at` is where the flags go.
 */
function commonFields(view: DataView, at: number, entry: ZipWriteEntry): void {
  view.setUint16(at, entry.flags, true);
  view.setUint16(at + 2, entry.method, true);
  view.setUint16(at + 4, entry.modTime, true);
  view.setUint16(at + 6, entry.modDate, true);
  view.setUint32(at + 8, entry.crc32, true);
  view.setUint32(at + 12, entry.data.length, true);
  view.setUint32(at + 16, entry.uncompressedSize, true);
  view.setUint16(at + 20, entry.nameBytes.length, true);
}

function localHeader(entry: ZipWriteEntry): Uint8Array {
  const header = new Uint8Array(30 + entry.nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION, true);
  commonFields(view, 6, entry);
  // Extra field length (28): zero.
  header.set(entry.nameBytes, 30);
  return header;
}

function directoryHeader(entry: ZipWriteEntry, offset: number): Uint8Array {
  const header = new Uint8Array(46 + entry.nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, entry.versionMadeBy, true);
  view.setUint16(6, VERSION, true);
  commonFields(view, 8, entry);
  // Extra field and comment lengths (30, 32), disk number (34): zero.
  view.setUint16(36, entry.internalAttributes, true);
  view.setUint32(38, entry.externalAttributes, true);
  view.setUint32(42, offset, true);
  header.set(entry.nameBytes, 46);
  return header;
}

function endRecord(count: number, size: number, offset: number, comment: Uint8Array): Uint8Array {
  const record = new Uint8Array(22 + comment.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, comment.length, true);
  record.set(comment, 22);
  return record;
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((total, piece) => total + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The zip of `entries`, in their order, with the archive comment given (at most 65 535 bytes). */
export function writeZip(
  entries: readonly ZipWriteEntry[],
  comment: Uint8Array = new Uint8Array(0),
): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new Error(`zip: ${entries.length} entries need zip64`);
  const pieces: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.data.length > MAX_U32 || entry.uncompressedSize > MAX_U32)
      throw new Error("zip: an entry of 4 GiB or more needs zip64");
    offsets.push(offset);
    const header = localHeader(entry);
    pieces.push(header, entry.data);
    offset += header.length + entry.data.length;
  }
  const directoryStart = offset;
  entries.forEach((entry, index) => {
    const header = directoryHeader(entry, offsets[index]);
    pieces.push(header);
    offset += header.length;
  });
  if (offset > MAX_U32) throw new Error("zip: a package of 4 GiB or more needs zip64");
  pieces.push(
    endRecord(entries.length, offset - directoryStart, directoryStart, comment.subarray(0, 0xffff)),
  );
  return concat(pieces);
}

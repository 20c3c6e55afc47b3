// The central directory of a zip, read from the raw bytes: what each entry declares (compression method, sizes,
// where its data lies) before anything is inflated, so the door can bound a part's size before inflating it (a
// decompression bomb) and copy an entry it does not change as the very bytes it was given.
// Layout: APPNOTE.TXT (PKWARE .ZIP File Format Specification), sections 4.3.12 to 4.3.16 and 4.5.3 (zip64).

/** What the central directory declares about one entry. Sizes in bytes; zip64 sizes are read as well. */
export interface ZipEntryInfo {
  readonly name: string;
  /** 0 = stored, 8 = deflated (the two methods of .xlsx packages). */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** Everything the directory says about an entry, for reading its data and copying it unchanged. */
export interface ZipDirectoryEntry extends ZipEntryInfo {
  /** The name as stored (written back as is: a name in another code page survives untouched). */
  readonly nameBytes: Uint8Array;
  readonly versionMadeBy: number;
  /** General purpose bit flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name. */
  readonly flags: number;
  readonly crc32: number;
  /** MS-DOS time and date, as stored. */
  readonly modTime: number;
  readonly modDate: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** Where the entry's local header starts in the bytes given (bytes prepended to the zip accounted for). */
  readonly localHeaderOffset: number;
}

/** A zip's central directory: its entries in the order stored, and the archive's comment. */
export interface ZipDirectory {
  readonly entries: readonly ZipDirectoryEntry[];
  readonly comment: Uint8Array;
}

export const STORED = 0;

/** Bytes that do not hold a readable central directory (cut short, or not a zip). */
export class ZipDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipDirectoryError";
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const END_SIZE = 22;
const LOCATOR_SIZE = 20;
const ENTRY_SIZE = 46;
const MAX_COMMENT = 0xffff;
const MASK16 = 0xffff;
const MASK32 = 0xffffffff;

/** A 64-bit little-endian size; beyond 2^53 it stays a (huge, inexact) number, which every bound refuses. */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipDirectoryError("no end of central directory record");
}

interface DirectoryPlace {
  readonly count: number;
  readonly size: number;
  readonly offset: number;
  /** Where the record that describes the directory starts: the directory should end right there. */
  readonly recordStart: number;
  /** Where the end of central directory record starts (the archive's comment follows it). */
  readonly end: number;
}

function directoryPlace(view: DataView): DirectoryPlace {
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  const locator = end - LOCATOR_SIZE;
  const zip64 = count === MASK16 || size === MASK32 || offset === MASK32;
  if (!zip64 || locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR)
    return { count, size, offset, recordStart: end, end };
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY)
    throw new ZipDirectoryError("zip64 end of central directory record missing");
  return {
    count: uint64(view, record + 32),
    size: uint64(view, record + 40),
    offset: uint64(view, record + 48),
    recordStart: record,
    end,
  };
}

/** The zip64 extended information of an entry replaces the 32-bit fields that are all ones, in this order. */
interface EntryPlace {
  readonly uncompressed: number;
  readonly compressed: number;
  readonly offset: number;
}

function zip64Place(view: DataView, extraStart: number, extraEnd: number, place: EntryPlace): EntryPlace {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) throw new ZipDirectoryError("zip64 extra field too short");
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      const uncompressed = place.uncompressed === MASK32 ? next() : place.uncompressed;
      const compressed = place.compressed === MASK32 ? next() : place.compressed;
      const offset = place.offset === MASK32 ? next() : place.offset;
      return { uncompressed, compressed, offset };
    }
    at += 4 + length;
  }
  return place;
}

const utf8 = new TextDecoder("utf-8");

/**
 * The zip's central directory, entries in the order stored. Names are decoded as UTF-8 (what .xlsx writers use).
 * Throws `ZipDirectoryError` when the directory cannot be found or runs past the bytes.
 */
export function readDirectory(data: Uint8Array): ZipDirectory {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const place = directoryPlace(view);
  // Bytes prepended to the zip (a self-extracting stub) shift every offset: the directory ends where its record starts.
  let at = place.offset;
  if (at + 4 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY)
    at = place.recordStart - place.size;
  const shift = at - place.offset;
  const entries: ZipDirectoryEntry[] = [];
  for (let index = 0; index < place.count; index++) {
    if (at < 0 || at + ENTRY_SIZE > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ZipDirectoryError(`central directory entry ${index + 1} missing`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + ENTRY_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > view.byteLength) throw new ZipDirectoryError(`central directory entry ${index + 1} cut short`);
    const nameBytes = data.subarray(nameStart, extraStart);
    const entryPlace = zip64Place(view, extraStart, extraStart + extraLength, {
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    entries.push({
      name: utf8.decode(nameBytes),
      nameBytes,
      method: view.getUint16(at + 10, true),
      compressedSize: entryPlace.compressed,
      uncompressedSize: entryPlace.uncompressed,
      versionMadeBy: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 8, true),
      modTime: view.getUint16(at + 12, true),
      modDate: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      internalAttributes: view.getUint16(at + 36, true),
      externalAttributes: view.getUint32(at + 38, true),
      localHeaderOffset: entryPlace.offset + shift,
    });
    at = next;
  }
  return { entries, comment: commentOf(data, view, place.end) };
}

/** The archive's comment, after the end of central directory record. */
function commentOf(data: Uint8Array, view: DataView, end: number): Uint8Array {
  const length = view.getUint16(end + 20, true);
  return data.subarray(end + END_SIZE, Math.min(end + END_SIZE + length, data.length));
}

/** What the central directory declares about each entry, by name (the last of two entries of one name wins). */
export function readZipDirectory(data: Uint8Array): Map<string, ZipEntryInfo> {
  const entries = new Map<string, ZipEntryInfo>();
  for (const { name, method, compressedSize, uncompressedSize } of readDirectory(data).entries)
    entries.set(name, { name, method, compressedSize, uncompressedSize });
  return entries;
}

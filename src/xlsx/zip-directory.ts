// The central directory of a zip, read from the raw bytes: what each entry declares (compression method, sizes)
// before anything is inflated. jszip keeps these on private fields; reading them ourselves lets the door bound a
// part's size before inflating it (a decompression bomb) and copy stored entries as stored.
// Layout: APPNOTE.TXT (PKWARE .ZIP File Format Specification), sections 4.3.12 to 4.3.16 and 4.5.3 (zip64).

/** What the central directory declares about one entry. Sizes in bytes; zip64 sizes are read as well. */
export interface ZipEntryInfo {
  readonly name: string;
  /** 0 = stored, 8 = deflated (the two methods of .xlsx packages). */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
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
}

function directoryPlace(view: DataView): DirectoryPlace {
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  const locator = end - LOCATOR_SIZE;
  const zip64 = count === MASK16 || size === MASK32 || offset === MASK32;
  if (!zip64 || locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR)
    return { count, size, offset, recordStart: end };
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY)
    throw new ZipDirectoryError("zip64 end of central directory record missing");
  return {
    count: uint64(view, record + 32),
    size: uint64(view, record + 40),
    offset: uint64(view, record + 48),
    recordStart: record,
  };
}

/** The zip64 extended information of an entry replaces the 32-bit fields that are all ones, in this order. */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  sizes: { uncompressed: number; compressed: number },
): { uncompressed: number; compressed: number } {
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
      const uncompressed = sizes.uncompressed === MASK32 ? next() : sizes.uncompressed;
      const compressed = sizes.compressed === MASK32 ? next() : sizes.compressed;
      return { uncompressed, compressed };
    }
    at += 4 + length;
  }
  return sizes;
}

const utf8 = new TextDecoder("utf-8");

/**
 * Every entry of the zip's central directory, by name. Names are decoded as UTF-8, as jszip does by default, so
 * they match jszip's. Throws `ZipDirectoryError` when the directory cannot be found or runs past the bytes.
 */
export function readZipDirectory(data: Uint8Array): Map<string, ZipEntryInfo> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const place = directoryPlace(view);
  // Bytes prepended to the zip (a self-extracting stub) shift every offset: the directory ends where its record starts.
  let at = place.offset;
  if (at + 4 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY)
    at = place.recordStart - place.size;
  const entries = new Map<string, ZipEntryInfo>();
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
    const name = utf8.decode(data.subarray(nameStart, extraStart));
    const sizes = zip64Sizes(view, extraStart, extraStart + extraLength, {
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
    });
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
    });
    at = next;
  }
  return entries;
}

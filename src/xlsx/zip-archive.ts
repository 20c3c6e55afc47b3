// A zip opened for reading: its central directory, each entry's data located and checked at once, an entry's bytes
// inflated on demand within a bound. What a .xlsx package needs and no more: stored and deflated entries, zip64
// sizes, bytes prepended to the zip; encrypted entries and other compression methods are refused when opening.

import { InflateLimitError } from "./zip-codec-contract";
import { zipCodec } from "./zip-codec";
import { readDirectory, STORED, ZipDirectoryError, type ZipDirectoryEntry } from "./zip-directory";

export { InflateLimitError };

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const DEFLATED = 8;
const ENCRYPTED = 0x0001;

/** Where an entry's compressed data starts: after its local header, whose name and extra field may differ in length
 * from the central directory's. */
function dataStartOf(view: DataView, entry: ZipDirectoryEntry): number {
  const at = entry.localHeaderOffset;
  if (at < 0 || at + LOCAL_HEADER_SIZE > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new ZipDirectoryError(`no local header for ${entry.name}`);
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength)
    throw new ZipDirectoryError(`the data of ${entry.name} runs past the end of the file`);
  return start;
}

function checkReadable(entry: ZipDirectoryEntry): void {
  if (entry.flags & ENCRYPTED) throw new ZipDirectoryError(`${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ZipDirectoryError(`${entry.name} uses compression method ${entry.method}`);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipDirectoryEntry>();
  private readonly dataStarts = new Map<ZipDirectoryEntry, number>();

  private constructor(
    private readonly data: Uint8Array,
    /** Every entry, in the order of the central directory. */
    readonly entries: readonly ZipDirectoryEntry[],
    /** The archive's comment, kept when the package is written again. */
    readonly comment: Uint8Array,
  ) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (const entry of entries) {
      checkReadable(entry);
      this.dataStarts.set(entry, dataStartOf(view, entry));
      // Two entries of one name: the last is the one read, as most readers do.
      this.byName.set(entry.name, entry);
    }
  }

  /** Opens a zip without inflating anything; throws `ZipDirectoryError` when it cannot be read. */
  static open(data: Uint8Array): ZipArchive {
    const { entries, comment } = readDirectory(data);
    return new ZipArchive(data, entries, comment);
  }

  entry(name: string): ZipDirectoryEntry | undefined {
    return this.byName.get(name);
  }

  /** The entry's data as stored in the zip (compressed when it is deflated): a view on the bytes given, not a copy. */
  compressedData(entry: ZipDirectoryEntry): Uint8Array {
    const start = this.dataStarts.get(entry);
    if (start === undefined) throw new Error(`zip: ${entry.name} is not an entry of this archive`);
    return this.data.subarray(start, start + entry.compressedSize);
  }

  /**
   * The entry's uncompressed bytes; `InflateLimitError` as soon as they pass `maxBytes`, any other error when the
   * data is not valid DEFLATE.
   */
  inflate(entry: ZipDirectoryEntry, maxBytes: number): Uint8Array {
    const data = this.compressedData(entry);
    if (entry.method === STORED) {
      if (data.length > maxBytes) throw new InflateLimitError(maxBytes);
      return data;
    }
    return zipCodec.inflateRaw(data, maxBytes);
  }
}

// The parts of a zip, inflated within bounds: the central directory (read from the raw bytes) says what each part
// declares before anything is inflated, and the bytes actually inflated are counted as they come, so neither a
// lying directory nor a decompression bomb can fill memory.

import { WorkbookReadError } from "./errors";
import { XmlStream, type XmlHandler } from "./xml-reader";
import { InflateLimitError, ZipArchive } from "./zip-archive";
import type { ZipEntryInfo } from "./zip-directory";

const MIB = 1024 * 1024;

/**
 * Upper bound on one part's uncompressed size: 256 MiB, far above any real sheet (500 000 cells take ~30 MiB).
 * Checked on the size the zip declares before inflating, then on the bytes actually inflated.
 */
export const MAX_PART_BYTES = 256 * MIB;

/** Upper bound on the uncompressed size of all the parts one read inflates: 512 MiB, checked the same way. */
export const MAX_TOTAL_BYTES = 512 * MIB;

/** The bounds of one package; tests lower them to prove that a bomb is stopped while inflating. */
export interface PackageLimits {
  readonly maxPartBytes: number;
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxPartBytes: MAX_PART_BYTES, maxTotalBytes: MAX_TOTAL_BYTES };

/** A zip opened by the door, with its bounds and the uncompressed size of the parts read so far. */
export interface ZipPackage {
  readonly archive: ZipArchive;
  readonly limits: PackageLimits;
  /** Uncompressed bytes of the parts read so far, each counted at the larger of its declared and real size. */
  read: number;
}

/** What the central directory declares about each entry of the package, by name. */
export function directoryOf(zip: ZipPackage): ReadonlyMap<string, ZipEntryInfo> {
  return new Map(zip.archive.entries.map((entry) => [entry.name, entry]));
}

/** Opens a zip and checks where each entry's data lies; throws (any error) when it cannot be read. */
export function loadZip(data: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): ZipPackage {
  return { archive: ZipArchive.open(data), limits, read: 0 };
}

/** Text is handed to parsers a slice at a time, so that no part is ever held as one string besides its bytes. */
const TEXT_SLICE = MIB;

// The bounds are given in MiB in the messages ("256 Mo").
function partTooLarge(file: string, part: string, limits: PackageLimits): WorkbookReadError {
  return new WorkbookReadError("partTooLarge", { file, part, max: Math.round(limits.maxPartBytes / MIB) });
}

function packageTooLarge(file: string, limits: PackageLimits): WorkbookReadError {
  return new WorkbookReadError("packageTooLarge", { file, max: Math.round(limits.maxTotalBytes / MIB) });
}

/**
 * Refuses, before inflating any of them, parts whose declared sizes add up past the total bound: a package of
 * many parts each under the part bound (a decompression bomb spread out) is refused at once.
 */
export function checkDeclaredTotal(
  zip: ZipPackage,
  paths: readonly (string | undefined)[],
  file: string,
): void {
  let declared = 0;
  for (const path of paths)
    declared += path === undefined ? 0 : (zip.archive.entry(path)?.uncompressedSize ?? 0);
  if (zip.read + declared > zip.limits.maxTotalBytes) throw packageTooLarge(file, zip.limits);
}

/** The uncompressed size the central directory declares for a part, when it lists it. */
export function declaredSize(zip: ZipPackage, path: string): number | undefined {
  return zip.archive.entry(path)?.uncompressedSize;
}

/**
 * A part's bytes, inflated within the bounds: the size the central directory declares is checked before inflating,
 * the bytes inflated while inflating (a directory can lie). A quick look-ahead pass that keeps nothing sets `total`
 * to false and is bounded per part only. Undefined when the package has no such part.
 */
function partBytes(zip: ZipPackage, path: string, file: string, total: boolean): Uint8Array | undefined {
  const entry = zip.archive.entry(path);
  if (!entry) return undefined;
  const { limits } = zip;
  const declared = entry.uncompressedSize;
  if (declared > limits.maxPartBytes) throw partTooLarge(file, path, limits);
  const left = limits.maxTotalBytes - zip.read;
  if (total && declared > left) throw packageTooLarge(file, limits);
  const bound = total ? Math.min(limits.maxPartBytes, left) : limits.maxPartBytes;
  let bytes: Uint8Array;
  try {
    bytes = zip.archive.inflate(entry, bound);
  } catch (error) {
    if (!(error instanceof InflateLimitError)) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkbookReadError("corrupt", { file, detail });
    }
    throw bound === limits.maxPartBytes ? partTooLarge(file, path, limits) : packageTooLarge(file, limits);
  }
  if (total) zip.read += Math.max(bytes.length, declared);
  return bytes;
}

/** Hands a part's bytes to `onBytes` a slice at a time, within the bounds; false when there is no such part. */
export function inflatePart(
  zip: ZipPackage,
  path: string,
  file: string,
  onBytes: (bytes: Uint8Array) => void,
  { total = true }: { total?: boolean } = {},
): boolean {
  const bytes = partBytes(zip, path, file, total);
  if (!bytes) return false;
  for (let at = 0; at < bytes.length; at += TEXT_SLICE) onBytes(bytes.subarray(at, at + TEXT_SLICE));
  return true;
}

// The byte order mark is kept as a character, as the edit side always had it; the XML parser skips it.
const decoderOptions = { ignoreBOM: true } as const;

/** Hands a part's text to `onText` a slice at a time, within the bounds of `inflatePart`. */
export function streamPart(
  zip: ZipPackage,
  path: string,
  file: string,
  onText: (text: string) => void,
): boolean {
  const decoder = new TextDecoder("utf-8", decoderOptions);
  const found = inflatePart(zip, path, file, (bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") onText(text);
  });
  const rest = decoder.decode();
  if (rest !== "") onText(rest);
  return found;
}

/** Parses a part, within the same bounds; false when there is no such part. */
export function parsePart(zip: ZipPackage, path: string, file: string, handler: XmlHandler): boolean {
  const stream = new XmlStream(handler, { file, part: path });
  const found = streamPart(zip, path, file, (text) => stream.write(text));
  if (found) stream.end();
  return found;
}

/** Reads a whole part as text, within the same bounds as `inflatePart`; undefined when there is no such part. */
export function readPart(zip: ZipPackage, path: string, file: string): string | undefined {
  const bytes = partBytes(zip, path, file, true);
  return bytes && new TextDecoder("utf-8", decoderOptions).decode(bytes);
}

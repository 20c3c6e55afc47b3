// The parts of a zip, inflated within bounds: the central directory (read from the raw bytes) says what each part
// declares before anything is inflated, and the bytes actually inflated are counted as they come, so neither a
// lying directory nor a decompression bomb can fill memory.

import JSZip from "jszip";
import { WorkbookReadError } from "./errors";
import { XmlStream, type XmlHandler } from "./xml-reader";
import { readZipDirectory, type ZipEntryInfo } from "./zip-directory";

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

/** What the door knows about an opened zip: its central directory, its bounds, the size of the parts read. */
interface PackageState {
  readonly directory: ReadonlyMap<string, ZipEntryInfo>;
  readonly limits: PackageLimits;
  /** Uncompressed bytes of the parts read so far, each counted at the larger of its declared and real size. */
  read: number;
}

// Keyed by the JSZip object, which is what the edit side hands back to `readPart`.
const states = new WeakMap<JSZip, PackageState>();

/** The central directory of a zip opened by `openPackage` (empty for any other zip). */
export function directoryOf(zip: JSZip): ReadonlyMap<string, ZipEntryInfo> {
  return states.get(zip)?.directory ?? new Map();
}

/** Loads a zip with its central directory; throws (any error) when either cannot be read. */
export async function loadZip(data: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): Promise<JSZip> {
  const directory = readZipDirectory(data);
  const zip = await JSZip.loadAsync(data, { checkCRC32: false });
  states.set(zip, { directory, limits, read: 0 });
  return zip;
}

// `internalStream` is documented ZipObject API (jszip's "ZipObject#internalStream(type)") that jszip's own type
// declarations leave out.
type StreamingEntry = JSZip.JSZipObject & {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
};

/** Inflates an entry chunk by chunk; an error thrown by `onChunk` stops inflating and rejects. */
function inflate(
  entry: JSZip.JSZipObject,
  file: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = (entry as StreamingEntry).internalStream("uint8array");
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (settled) return;
        try {
          onChunk(chunk);
        } catch (error) {
          fail(error);
        }
      })
      .on("error", (error) => fail(new WorkbookReadError("corrupt", { file, detail: error.message })))
      .on("end", () => {
        if (settled) return;
        settled = true;
        resolve();
      })
      .resume();
  });
}

// The bounds are given in MiB in the messages ("256 Mo").
function partTooLarge(file: string, part: string, limits: PackageLimits): WorkbookReadError {
  return new WorkbookReadError("partTooLarge", { file, part, max: Math.round(limits.maxPartBytes / MIB) });
}

function packageTooLarge(file: string, limits: PackageLimits): WorkbookReadError {
  return new WorkbookReadError("packageTooLarge", { file, max: Math.round(limits.maxTotalBytes / MIB) });
}

function stateOf(zip: JSZip): PackageState {
  return states.get(zip) ?? { directory: new Map(), limits: DEFAULT_LIMITS, read: 0 };
}

/**
 * Refuses, before inflating any of them, parts whose declared sizes add up past the total bound: a package of
 * many parts each under the part bound (a decompression bomb spread out) is refused at once.
 */
export function checkDeclaredTotal(zip: JSZip, paths: readonly (string | undefined)[], file: string): void {
  const state = stateOf(zip);
  let declared = 0;
  for (const path of paths)
    declared += path === undefined ? 0 : (state.directory.get(path)?.uncompressedSize ?? 0);
  if (state.read + declared > state.limits.maxTotalBytes) throw packageTooLarge(file, state.limits);
}

/** The uncompressed size the central directory declares for a part, when it lists it. */
export function declaredSize(zip: JSZip, path: string): number | undefined {
  return states.get(zip)?.directory.get(path)?.uncompressedSize;
}

/**
 * Inflates a part's bytes to `onBytes` chunk by chunk, within the bounds: the size the central directory
 * declares is checked before inflating, the bytes inflated while inflating (a directory can lie). A quick
 * look-ahead pass that keeps nothing sets `total` to false and is bounded per part only. Returns false when
 * the package has no such part.
 */
export async function inflatePart(
  zip: JSZip,
  path: string,
  file: string,
  onBytes: (bytes: Uint8Array) => void,
  { total = true }: { total?: boolean } = {},
): Promise<boolean> {
  const entry = zip.file(path);
  if (!entry) return false;
  const state = stateOf(zip);
  const { limits } = state;
  const declared = state.directory.get(path)?.uncompressedSize ?? 0;
  if (declared > limits.maxPartBytes) throw partTooLarge(file, path, limits);
  if (total && state.read + declared > limits.maxTotalBytes) throw packageTooLarge(file, limits);
  let bytes = 0;
  await inflate(entry, file, (chunk) => {
    bytes += chunk.length;
    if (bytes > limits.maxPartBytes) throw partTooLarge(file, path, limits);
    if (total && state.read + bytes > limits.maxTotalBytes) throw packageTooLarge(file, limits);
    onBytes(chunk);
  });
  if (total) state.read += Math.max(bytes, declared);
  return true;
}

/** Streams a part's text to `onText` as it is inflated, within the bounds of `inflatePart`. */
export async function streamPart(
  zip: JSZip,
  path: string,
  file: string,
  onText: (text: string) => void,
): Promise<boolean> {
  // The byte order mark is kept as a character, as the edit side always had it; the XML parser skips it.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const found = await inflatePart(zip, path, file, (bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") onText(text);
  });
  const rest = decoder.decode();
  if (rest !== "") onText(rest);
  return found;
}

/** Parses a part as it is inflated, within the same bounds; false when there is no such part. */
export async function parsePart(
  zip: JSZip,
  path: string,
  file: string,
  handler: XmlHandler,
): Promise<boolean> {
  const stream = new XmlStream(handler, { file, part: path });
  const found = await streamPart(zip, path, file, (text) => stream.write(text));
  if (found) stream.end();
  return found;
}

/** Reads a whole part as text, within the same bounds as `streamPart`; undefined when there is no such part. */
export async function readPart(zip: JSZip, path: string, file: string): Promise<string | undefined> {
  const pieces: string[] = [];
  const found = await streamPart(zip, path, file, (text) => pieces.push(text));
  return found ? pieces.join("") : undefined;
}

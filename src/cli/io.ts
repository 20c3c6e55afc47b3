import { jsonProblem } from "../core/json-syntax";
import { closeSync, fstatSync, openSync, promises as fs, readSync } from "node:fs";
import * as path from "node:path";
import { removePendingTemporaryFiles, writeFileAtomically } from "../xlsx/node-files";
import { isWorkbookBytes } from "../xlsx/magic";
import { CliError } from "./errors";

/**
 * The largest input read, in MB: a filled template weighs tens of kB and a 20 000-line variants file a few MB.
 * Without a bound, `grille read /dev/zero` (or a video picked by mistake) ate 8 GB before anything was said.
 */
export const MAX_INPUT_MB = 64;

const CHUNK_BYTES = 1024 * 1024;

function tooLarge(file: string): CliError {
  return new CliError("error.fileTooLarge", { file, max: MAX_INPUT_MB });
}

/**
 * A regular file, read at once in one chunk of its size plus one byte (to see its end): a folder of 200 grids
 * spent more time waiting on four asynchronous calls per file, and zeroing 1 MiB buffers, than reading. A command
 * runs one thing at a time, so a synchronous read holds nobody up. Undefined for anything else (a device, a pipe).
 */
function readRegularFile(file: string, max: number): Buffer | undefined {
  const fd = openSync(file, "r");
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (stat.size > max) throw tooLarge(file);
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = stat.size + 1; ; size = CHUNK_BYTES) {
      // Never zeroed: only the bytes read are kept.
      const chunk = Buffer.allocUnsafe(size);
      const bytesRead = readSync(fd, chunk, 0, size, null);
      total += bytesRead;
      if (total > max) throw tooLarge(file);
      chunks.push(chunk.subarray(0, bytesRead));
      // A file that grew since it was measured is read on, chunk by chunk, within the bound.
      if (bytesRead < size) return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads at most MAX_INPUT_MB, chunk by chunk, so a device or a pipe that never ends is refused in bounded memory. */
async function readBounded(file: string): Promise<Buffer> {
  const max = MAX_INPUT_MB * 1024 * 1024;
  const regular = readRegularFile(file, max);
  if (regular) return regular;
  const handle = await fs.open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > max) throw tooLarge(file);
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Reads a whole file, turning the usual failures into one clear message naming the file. */
export async function readFileOrFail(file: string): Promise<Buffer> {
  try {
    return await readBounded(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError("error.fileNotFound", { file });
    if (code === "EISDIR") throw new CliError("error.inputIsFolder", { file });
    throw new CliError("error.fileUnreadable", { file, detail: code ?? String(error) });
  }
}

/**
 * The text of a JSON file. UTF-16 with its byte-order mark (Notepad's "Unicode") is decoded, since the mark says
 * what it is; bytes that are not UTF-8 (a Windows-1252 export) are refused rather than read with "�" in place of
 * accented letters, which would silently change a company name.
 */
function jsonText(data: Buffer, file: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\uFEFF/, "");
  } catch {
    throw new CliError("error.jsonEncoding", { file });
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  return parseJsonBytes(await readFileOrFail(file), file);
}

/** JSON from bytes already read; a workbook given where JSON is expected is said so, not "invalid JSON". */
export function parseJsonBytes(data: Buffer, file: string): unknown {
  if (isWorkbookBytes(data)) throw new CliError("error.workbookNotJson", { file });
  const text = jsonText(data, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const problem = jsonProblem(file, text, error);
    throw new CliError(problem.messageKey, problem.params);
  }
}

/**
 * Writes atomically and exclusively (src/xlsx/node-files.ts: temporary file, then link or rename): without
 * `overwrite`, a file already there — or one another run wrote meanwhile — is never replaced, and the refusal is
 * one clear message naming the file.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  try {
    await writeFileAtomically(file, bytes, { replace: options.overwrite === true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliError("error.outputExists", { file });
    throw new CliError("error.fileUnwritable", { file, detail: code ?? (error as Error).message });
  }
}

/** Exit codes of a run stopped by a signal, as shells report them (128 + the signal's number). */
const INTERRUPTED_EXIT: Readonly<Record<"SIGINT" | "SIGTERM" | "SIGHUP", number>> = {
  SIGINT: 130,
  SIGTERM: 143,
  SIGHUP: 129,
};

/**
 * On Ctrl+C, SIGTERM or a closed terminal, removes the temporary files of writes under way before exiting, so an
 * interrupted run leaves no partial output and no stray temporary file. (A SIGKILL or a power cut cannot be
 * caught: the output is still never partial, but a hidden `.<name>.<pid>.<…>.tmp` may stay beside it.)
 */
export function removeTemporaryFilesOnInterrupt(): void {
  for (const [signal, code] of Object.entries(INTERRUPTED_EXIT)) {
    process.once(signal, () => {
      removePendingTemporaryFiles();
      process.exit(code);
    });
  }
}

/**
 * Checks an output path before any work is done, so a mistyped --out fails fast with one clear message instead of
 * producing a surprise: a workbook written under a .json name (Excel refuses to open it), a folder created from a
 * typo, or — even with --force — an input file replaced by the output.
 */
export async function checkOutputFile(
  file: string,
  options: { extension: string; overwrite: boolean; inputs: readonly string[] },
): Promise<void> {
  if (path.extname(file).toLowerCase() !== options.extension)
    throw new CliError("error.outputExtension", { file, extension: options.extension });
  const folder = path.dirname(path.resolve(file));
  if (!(await isFolder(folder))) throw new CliError("error.outputFolderMissing", { file, folder });
  if (await isFolder(file)) throw new CliError("error.outputIsFolder", { file });
  const target = await realPath(file);
  for (const input of options.inputs)
    if ((await realPath(input)) === target) throw new CliError("error.outputIsInput", { file, input });
  if (!options.overwrite && (await exists(file))) throw new CliError("error.outputExists", { file });
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The canonical path (links and "./" resolved), or the absolute path when the file does not exist yet. */
async function realPath(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

import { promises as fs } from "node:fs";
import { writeFileAtomically } from "../xlsx/node-files";
import { CliError } from "./errors";

/** Reads a whole file, turning the usual failures into one clear message naming the file. */
export async function readFileOrFail(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError("error.fileNotFound", { file });
    throw new CliError("error.fileUnreadable", { file, detail: code ?? String(error) });
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  const text = (await readFileOrFail(file)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError("error.jsonInvalid", { file, detail: (error as Error).message });
  }
}

/**
 * Writes atomically (src/xlsx/node-files.ts: temporary file, then rename) and refuses to replace an existing file
 * unless `overwrite`, with one clear message naming the file.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  if (!options.overwrite && (await exists(file))) throw new CliError("error.outputExists", { file });
  try {
    await writeFileAtomically(file, typeof data === "string" ? new TextEncoder().encode(data) : data);
  } catch (error) {
    throw new CliError("error.fileUnwritable", { file, detail: (error as Error).message });
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

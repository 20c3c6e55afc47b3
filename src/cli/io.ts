import { promises as fs } from "node:fs";
import * as path from "node:path";
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
 * Writes through a temporary file in the same folder, then renames: a reader never sees half a file, and an
 * interrupted run leaves the previous file intact. Refuses to replace an existing file unless `overwrite`.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  if (!options.overwrite && (await exists(file))) throw new CliError("error.outputExists", { file });
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new CliError("error.fileUnreadable", { file, detail: (error as Error).message });
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

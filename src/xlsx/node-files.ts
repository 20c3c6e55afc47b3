// Node-only file access for the CLI: read a workbook file, write one atomically. Kept apart so the rest of the
// xlsx door stays browser-safe.

import { promises as fs, rmSync } from "node:fs";
import * as path from "node:path";
import type { FillOptions } from "../core/workbook/fill-plan";
import type { CellEdit, WorkbookPlan } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { WorkbookWriteError } from "./errors";
import type { FillResult } from "./fill";
import type { ReadOptions } from "./read";

// The reader, the writer and the filler are loaded when first called: every command of the CLI writes through
// this file, and loading all three (zip, XML parser, the password hash…) was most of the start of a command
// needing one.

/** Reads an .xlsx file into snapshots; the file name in messages is the path as given. */
export async function readWorkbookFile(file: string, options?: ReadOptions): Promise<WorkbookSnapshot> {
  const { readWorkbook } = await import("./read");
  return readWorkbook(new Uint8Array(await fs.readFile(file)), file, options);
}

export interface AtomicWriteOptions {
  /** Replace a file already at the target; without it a file found there (even one that appeared while this run
   * was writing) makes the write fail with EEXIST and leaves that file untouched. */
  readonly replace?: boolean;
}

/**
 * Temporary files being written, removed by `removePendingTemporaryFiles` when the process is interrupted
 * (Ctrl+C, SIGTERM), so an interrupted run leaves neither half a file nor a stray temporary one.
 */
const pendingTemporaryFiles = new Set<string>();

/** Removes the temporary files of writes still under way; synchronous, for a signal handler. */
export function removePendingTemporaryFiles(): void {
  for (const temp of pendingTemporaryFiles) rmSync(temp, { force: true });
  pendingTemporaryFiles.clear();
}

// Where a file system has no hard links (FAT and exFAT USB keys, some network shares), link() fails with one of these.
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EACCES"]);

/**
 * Puts the finished temporary file at `file` only if nothing is there: link() fails with EEXIST when the target
 * exists, so two runs writing the same output cannot both succeed, and the second never replaces the first. Where
 * hard links do not exist, the name is reserved with an exclusive create ("wx") and the temporary file renamed
 * over that empty reservation.
 */
async function placeExclusively(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
    return;
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
  }
  const reservation = await fs.open(file, "wx");
  await reservation.close();
  pendingTemporaryFiles.add(file);
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(file, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(file);
  }
}

/**
 * Writes through a temporary file in the target's folder (flushed to disk), then puts it in place in one step, so
 * no reader sees half a file and an interrupted run leaves no partial output. Without `replace` the last step
 * fails with EEXIST when the target exists, however recently it appeared; with it the target is replaced by
 * rename. A failed write removes its temporary file.
 */
export async function writeFileAtomically(
  file: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomSuffix()}.tmp`);
  pendingTemporaryFiles.add(temp);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await fs.rename(temp, file);
    else await placeExclusively(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
    pendingTemporaryFiles.delete(temp);
  }
}

function randomSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 0x10000).toString(36)}`;
}

/** Writes a new workbook from a plan to `file`, atomically (an existing file is replaced only with `replace`). */
export async function writeWorkbookFile(
  file: string,
  plan: WorkbookPlan,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { writeWorkbook } = await import("./write");
  await writeFileAtomically(file, await writeWorkbook(plan), options);
}

/**
 * Fills a copy of `input` into `output` (atomically; an existing output is replaced only with `replace`): read, the core's fill plan, the accepted edits written
 * (`fillWorkbookBytes`). The input file is never modified: writing the result over the input path is refused.
 */
export async function fillWorkbookFile(
  input: string,
  output: string,
  wanted: readonly CellEdit[],
  options: FillOptions & ReadOptions & AtomicWriteOptions = {},
): Promise<FillResult> {
  if (path.resolve(input) === path.resolve(output)) {
    throw new WorkbookWriteError(input);
  }
  const { fillWorkbookBytes } = await import("./fill");
  const result = await fillWorkbookBytes(new Uint8Array(await fs.readFile(input)), input, wanted, options);
  await writeFileAtomically(output, result.data, { replace: options.replace });
  return result;
}

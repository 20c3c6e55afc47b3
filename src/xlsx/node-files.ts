// Node-only file access for the CLI: read a workbook file, write one atomically. Kept apart so the rest of the
// xlsx door stays browser-safe.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { FillOptions } from "../core/workbook/fill-plan";
import type { CellEdit, WorkbookPlan } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { WorkbookWriteError } from "./errors";
import { fillWorkbookBytes, type FillResult } from "./fill";
import { readWorkbook, type ReadOptions } from "./read";
import { writeWorkbook } from "./write";

/** Reads an .xlsx file into snapshots; the file name in messages is the path as given. */
export async function readWorkbookFile(file: string, options?: ReadOptions): Promise<WorkbookSnapshot> {
  return readWorkbook(new Uint8Array(await fs.readFile(file)), file, options);
}

/**
 * Writes through a temporary file in the target's folder, then renames, so no reader sees half a file and an
 * interrupted run leaves the previous file intact.
 */
export async function writeFileAtomically(file: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Writes a new workbook from a plan to `file`, atomically. */
export async function writeWorkbookFile(file: string, plan: WorkbookPlan): Promise<void> {
  await writeFileAtomically(file, await writeWorkbook(plan));
}

/**
 * Fills a copy of `input` into `output` (atomically): read, the core's fill plan, the accepted edits written
 * (`fillWorkbookBytes`). The input file is never modified: writing the result over the input path is refused.
 */
export async function fillWorkbookFile(
  input: string,
  output: string,
  wanted: readonly CellEdit[],
  options: FillOptions & ReadOptions = {},
): Promise<FillResult> {
  if (path.resolve(input) === path.resolve(output)) {
    throw new WorkbookWriteError(input);
  }
  const result = await fillWorkbookBytes(new Uint8Array(await fs.readFile(input)), input, wanted, options);
  await writeFileAtomically(output, result.data);
  return result;
}

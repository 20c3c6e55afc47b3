// Returned grids from files and folders for `grille collect` (and the demo): folders are walked recursively for
// .xlsx, .xlsm and .json files (hidden files and Excel's "~$" lock files aside, symbolic links to folders not
// followed), each file read within the usual bounds and handed to the use case. A file that cannot be read becomes
// a line with its reason: the run never stops on one bad file.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { ReturnedGrid } from "../core/collection";
import { readReturnedGrid, type CollectOptions, type ReturnedFile } from "../usecases/collect-grids";
import { WorkbookReadError } from "../xlsx/errors";
import { readWorkbook } from "../xlsx/read";
import { CliError } from "./errors";
import { isWorkbookBytes, parseJsonBytes, readFileOrFail } from "./io";
import type { Progress } from "./progress";

const GRID_FILE = /\.(xlsx|xlsm|json)$/i;
const WORKBOOK_FILE = /\.(xlsx|xlsm)$/i;

function isSkipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if ((entry.isFile() || entry.isSymbolicLink()) && GRID_FILE.test(entry.name)) {
      const target = await fs.stat(full).catch(() => null);
      if (!entry.isSymbolicLink() || target?.isFile()) found.push(full);
    }
  }
}

/**
 * The files named, with every grid file of the folders named, in order, each once. A path that does not exist is
 * kept: it becomes an "unreadable" line saying so.
 */
export async function gridFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (stat?.isDirectory()) await walk(given, found);
    else found.push(given);
  }
  const seen = new Set<string>();
  return found.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unreadable(file: string, error: unknown): ReturnedFile {
  if (error instanceof CliError || error instanceof WorkbookReadError)
    return { kind: "unreadable", file, reason: { messageKey: error.messageKey, params: error.params } };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unreadable", file, reason: { messageKey: "collect.cli.readFailed", params: { detail } } };
}

/** One file as the use case takes it: a workbook by its name or its bytes, else JSON. */
export async function returnedFile(file: string): Promise<ReturnedFile> {
  try {
    const data = await readFileOrFail(file);
    if (WORKBOOK_FILE.test(file) || isWorkbookBytes(data))
      return { kind: "workbook", file, snapshot: await readWorkbook(new Uint8Array(data), file) };
    return { kind: "json", file, value: parseJsonBytes(data, file) };
  } catch (error) {
    return unreadable(file, error);
  }
}

/** Reads every file, one at a time (only its line and findings are kept), reporting progress. */
export async function readReturnedGrids(
  files: readonly string[],
  options: CollectOptions,
  progress: Progress,
): Promise<ReturnedGrid[]> {
  const grids: ReturnedGrid[] = [];
  for (const [index, file] of files.entries()) {
    progress.update(index, files.length, file);
    grids.push(readReturnedGrid(await returnedFile(file), options));
  }
  progress.update(files.length, files.length, "");
  progress.end();
  return grids;
}

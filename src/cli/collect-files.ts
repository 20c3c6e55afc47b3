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
import { isWorkbookBytes } from "../xlsx/magic";
import { parseJsonBytes, readFileOrFail } from "./io";
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

/** A file to read, and the name it goes by in what the command prints and writes. */
export interface GridFile {
  readonly path: string;
  readonly name: string;
}

/**
 * The name a file goes by: its path from where the argument naming it stands, "grilles/traiteur-a.xlsx" for a
 * folder "grilles" or "/home/…/grilles", "traiteur-a.xlsx" for a file named directly. The register and the
 * observatory are handed on: they name a grid the way the facilitator's colleagues know it, never with the
 * folders of the facilitator's own disk. Two files that would go by the same name keep their paths as given.
 */
function namedFiles(found: readonly { path: string; from: string }[]): GridFile[] {
  const named = found.map(({ path: file, from }) => ({
    path: file,
    name: path.relative(path.dirname(path.resolve(from)), path.resolve(file)),
  }));
  const count = new Map<string, number>();
  for (const file of named) count.set(file.name, (count.get(file.name) ?? 0) + 1);
  return named.map((file) => ((count.get(file.name) ?? 0) > 1 ? { ...file, name: file.path } : file));
}

/**
 * The files named, with every grid file of the folders named, in order, each once. A path that does not exist is
 * kept: it becomes an "unreadable" line saying so.
 */
export async function gridFiles(paths: readonly string[]): Promise<GridFile[]> {
  const found: { path: string; from: string }[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    const inside: string[] = [];
    if (stat?.isDirectory()) await walk(given, inside);
    else inside.push(given);
    for (const file of inside) found.push({ path: file, from: given });
  }
  const seen = new Set<string>();
  return namedFiles(
    found.filter((file) => {
      const key = path.resolve(file.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/** A file that cannot be read, its reason naming it by its name (not the path it was read at). */
function unreadable(file: string, error: unknown, at: string): ReturnedFile {
  if (error instanceof CliError || error instanceof WorkbookReadError) {
    const params = error.params.file === at ? { ...error.params, file } : error.params;
    return { kind: "unreadable", file, reason: { messageKey: error.messageKey, params } };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unreadable", file, reason: { messageKey: "collect.cli.readFailed", params: { detail } } };
}

/** One file as the use case takes it, under its name: a workbook by its name or its bytes, else JSON. */
export async function returnedFile({ path: at, name: file }: GridFile): Promise<ReturnedFile> {
  try {
    const data = await readFileOrFail(at);
    if (WORKBOOK_FILE.test(file) || isWorkbookBytes(data))
      return { kind: "workbook", file, snapshot: await readWorkbook(new Uint8Array(data), file) };
    return { kind: "json", file, value: parseJsonBytes(data, file) };
  } catch (error) {
    return unreadable(file, error, at);
  }
}

/** Reads every file, one at a time (only its line and findings are kept), reporting progress. */
export async function readReturnedGrids(
  files: readonly GridFile[],
  options: CollectOptions,
  progress: Progress,
): Promise<ReturnedGrid[]> {
  const grids: ReturnedGrid[] = [];
  for (const [index, file] of files.entries()) {
    progress.update(index, files.length, file.name);
    grids.push(readReturnedGrid(await returnedFile(file), options));
  }
  progress.update(files.length, files.length, "");
  progress.end();
  return grids;
}

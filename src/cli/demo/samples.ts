import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readGridJson, REFERENCE_GRID_JSON, type Grid } from "../../core/grid";
import { PACKAGE_ROOT } from "../package-root";

// The demo's sample data: the grids built in and beside the repository, and the buyers' sample tenders, found in the
// shared fixtures next to the repository (../shared/fixtures).

export const FIXTURES_DIR = path.resolve(PACKAGE_ROOT, "..", "shared", "fixtures");
export const GRIDS_DIR = path.join(FIXTURES_DIR, "grids");
export const TENDERS_DIR = path.join(FIXTURES_DIR, "tenders");

export interface SampleGrid {
  readonly name: string;
  readonly grid: Grid;
}

/** The files of `folder` ending in `extension`, sorted; null when the folder cannot be read. */
async function filesIn(folder: string, extension: string): Promise<string[] | null> {
  try {
    return (await fs.readdir(folder)).filter((file) => file.endsWith(extension)).sort();
  } catch {
    return null;
  }
}

/** The built-in reference grid, then every other sample grid found; `found` is false when the folder is missing. */
export async function sampleGrids(): Promise<{ readonly grids: SampleGrid[]; readonly found: boolean }> {
  const samples = [{ name: "reference", json: REFERENCE_GRID_JSON as unknown }];
  const files = await filesIn(GRIDS_DIR, ".json");
  for (const file of (files ?? []).filter((one) => one !== "reference.json")) {
    // A sample that does not parse is left out, as one the standard's reader refuses.
    const json = await fs.readFile(path.join(GRIDS_DIR, file), "utf8").then(JSON.parse, () => null);
    samples.push({ name: path.basename(file, ".json"), json: json as unknown });
  }
  const grids = samples.flatMap(({ name, json }) => {
    const grid = readGridJson(json).grid;
    return grid ? [{ name, grid }] : [];
  });
  return { grids, found: files !== null };
}

/** The sample buyers' tenders (.xlsx), by name and path; empty when the folder is missing. */
export async function sampleTenders(): Promise<{ readonly name: string; readonly file: string }[]> {
  const files = (await filesIn(TENDERS_DIR, ".xlsx")) ?? [];
  return files.map((file) => ({ name: path.basename(file, ".xlsx"), file: path.join(TENDERS_DIR, file) }));
}

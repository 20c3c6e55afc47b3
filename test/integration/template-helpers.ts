import { promises as fs } from "node:fs";
import * as path from "node:path";
import { run, type CliStreams } from "../../src/cli/main";

export const GRIDS_DIR = path.resolve(__dirname, "../../../shared/fixtures/grids");
export const GRID_NAMES = ["reference", "traiteur-a", "traiteur-b"] as const;

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `grille …` in-process with captured streams and a French environment. */
export async function grille(args: readonly string[]): Promise<Captured> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { LANG: "fr_FR.UTF-8" },
  };
  const code = await run(["node", "grille", ...args], streams);
  return { code, out, err };
}

export async function fixtureJson(name: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(path.join(GRIDS_DIR, `${name}.json`), "utf8")) as unknown;
}

import { existsSync } from "node:fs";
import * as path from "node:path";

// Where the project's folder is, for the demo's samples beside it (../shared/fixtures) and the built offline page
// (dist/web): found by walking up to bin/grille.js, so the answer is the same from src/cli (tests), lib/cli (the
// compiled modules) and lib/grille.js (the one-file bundle users run), whatever depth the running file is at.

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "bin", "grille.js"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..", "..");
  }
}

export const PACKAGE_ROOT = findRoot(__dirname);

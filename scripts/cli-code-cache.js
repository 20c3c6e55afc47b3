#!/usr/bin/env node
// `node scripts/cli-code-cache.js`, the last step of `npm run build:cli`: trains lib/grille.cache, the V8 code cache
// bin/grille.js compiles the bundle with. It runs `grille demo` on the built-in samples (every command's main work:
// pricing, template, fill, bordereau, compare, collect) in a temporary folder, so that the cache holds the
// bytecode of the functions those runs needed, and writes it atomically. The demo's own files are thrown away.
//
// The cache belongs to the Node (V8 version and flags) that made it: another Node ignores it and compiles as before.
// The release does not ship one for that reason (scripts/release.js bundles afresh, without it).
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CACHE = path.join(ROOT, "lib", "grille.cache");

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "grille-code-cache-"));
  const partial = `${CACHE}.${process.pid}.tmp`;
  try {
    // A stale cache is never left beside a new bundle, whatever happens below.
    fs.rmSync(CACHE, { force: true });
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "grille.js"), "--lang", "fr", "demo", "--out", path.join(work, "demo")],
      {
        cwd: work,
        env: { ...process.env, GRILLE_CODE_CACHE_OUT: partial },
        encoding: "utf8",
      },
    );
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new Error(`grille demo failed (exit ${run.status}): the code cache was not made`);
    }
    fs.renameSync(partial, CACHE);
    process.stdout.write(`lib/grille.cache: ${Math.round(fs.statSync(CACHE).size / 1024)} KB\n`);
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`cli-code-cache: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

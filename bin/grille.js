#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is TypeScript compiled to lib/ and bundled into lib/grille.js (webpack.cli.js) by `npm ci`
// (the prepare script) or `npm run build:cli`, which also trains lib/grille.cache (scripts/cli-code-cache.js).
//
// The bundle is compiled through V8's code cache when there is one: the bytecode of the functions a run needs is
// read back instead of compiled again at every start (measured on `grille fill`, 2 000 lines: ≈ 45 ms of ≈ 520).
// V8 checks that the cache was made by the same V8 with the same flags, and falls back to compiling when not; it
// checks the source only by its length, and a release build of V8 does not verify the cache's own bytes. So the
// cache starts with a SHA-256 of the bundle and of the rest of the cache: another bundle, or a damaged cache, is
// not used (≈ 3 ms a run).
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire, wrap } = require("node:module");

const BUNDLE = path.join(__dirname, "..", "lib", "grille.js");
const CACHE = path.join(__dirname, "..", "lib", "grille.cache");
const DIGEST_BYTES = 32;
/** Set by scripts/cli-code-cache.js only: where to write the code cache of this run as it ends. */
const CACHE_OUT = process.env.GRILLE_CODE_CACHE_OUT;

/** The digest a cache made for `bundle` with V8 data `data` starts with. */
function digestOf(bundle, data) {
  return crypto.createHash("sha256").update(bundle).update(data).digest();
}

/** The cache's V8 data when it was made for this very bundle and is whole, else undefined (compiled as usual). */
function cachedDataFor(bundle) {
  let cache;
  try {
    cache = fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
  if (cache.length <= DIGEST_BYTES) return undefined;
  const data = cache.subarray(DIGEST_BYTES);
  return cache.subarray(0, DIGEST_BYTES).equals(digestOf(bundle, data)) ? data : undefined;
}

/** The bundle's exports, run as Node runs a CommonJS file (it requires nothing but Node's own modules). */
function loadBundle() {
  const bundle = fs.readFileSync(BUNDLE);
  const cachedData = CACHE_OUT ? undefined : cachedDataFor(bundle);
  const script = new vm.Script(wrap(bundle.toString("utf8")), {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const bundled = { exports: {} };
  const run = script.runInThisContext();
  run.call(bundled.exports, bundled.exports, createRequire(BUNDLE), bundled, BUNDLE, path.dirname(BUNDLE));
  if (CACHE_OUT)
    process.once("exit", () => {
      const data = script.createCachedData();
      fs.writeFileSync(CACHE_OUT, Buffer.concat([digestOf(bundle, data), data]));
    });
  return bundled.exports;
}

let cli;
try {
  cli = loadBundle();
} catch (error) {
  if (error && error.code === "ENOENT" && error.path === BUNDLE) {
    // The catalog is in the bundle that is missing: both languages here, French first.
    process.stderr.write(
      "grille : pas encore construit. Lancez `npm ci` (ou `npm run build:cli`) dans le dossier du projet.\n" +
        "grille: not built yet. Run `npm ci` (or `npm run build:cli`) in the project folder.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv);

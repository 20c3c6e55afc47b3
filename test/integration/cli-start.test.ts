import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { wrap } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";

// The command line's start, as built by `npm run build:cli` (npm test builds it before jest). Users run one file,
// lib/grille.js (webpack.cli.js bundles lib/), which reads no other module; inside it, as in lib/, modules run when
// first required, so what is proven on lib/ below holds in the bundle: loading the program loads no command and no
// zip code. Each command loads its own when it runs (src/cli/commands/index.ts), and the
// file door's reader, writer and filler load on first use (src/xlsx/node-files.ts): a run of `grille price` does
// not pay for `compare`, and the program's start does not pay for the zip container or the XML parser.

const LIB = path.resolve(__dirname, "../../lib/cli");
const BUNDLE = path.resolve(__dirname, "../../lib/grille.js");
const GRID = path.resolve(__dirname, "../../../shared/fixtures/grids/reference.json");

/** The modules loaded once `body` (awaited, in a fresh Node) has run. */
function loadedAfter(body: string): string[] {
  if (!existsSync(path.join(LIB, "main.js")))
    throw new Error("the CLI is not built: run npm run build:cli first");
  // On a line of its own, after whatever the command printed.
  const script = `(async () => { ${body}; process.stdout.write("\\n" + JSON.stringify(Object.keys(require.cache))); })()`;
  const lines = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as string[];
}

const commandsIn = (loaded: readonly string[]) =>
  loaded
    .map((file) => /[\\/]lib[\\/]cli[\\/]commands[\\/]([a-z-]+)\.js$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined && name !== "index");

test("loading the program loads no command, no reader and no zip code", () => {
  const loaded = loadedAfter(`require(${JSON.stringify(path.join(LIB, "main.js"))})`);
  expect(commandsIn(loaded)).toEqual([]);
  expect(loaded.filter((file) => /node_modules[\\/](saxes|fflate|jszip)[\\/]/.test(file))).toEqual([]);
  expect(
    loaded.filter((file) => /[\\/]lib[\\/]xlsx[\\/](read|write|fill|zip-[a-z0-9-]+)\.js$/.test(file)),
  ).toEqual([]);
});

test("a run names its command: that one is loaded, not the nine others", () => {
  const index = JSON.stringify(path.join(LIB, "commands", "index.js"));
  const loaded = loadedAfter(
    `const { commandsFor } = require(${index}); ` +
      `await Promise.all(commandsFor(["--lang", "en", "price", "--grid", "g.json"]).map((entry) => entry.load()))`,
  );
  expect(commandsIn(loaded)).toEqual(["price"]);
  const help = loadedAfter(
    `const { commandsFor } = require(${index}); await Promise.all(commandsFor(["--help"]).map((entry) => entry.load()))`,
  );
  expect(commandsIn(help).sort()).toEqual(
    ["bordereau", "check", "collect", "compare", "demo", "fill", "map", "price", "read", "template"].sort(),
  );
});

const LAUNCHER = path.resolve(__dirname, "../../bin/grille.js");
const CACHE = path.resolve(__dirname, "../../lib/grille.cache");

test("bin/grille.js runs the one-file bundle, which reads no module file of ours or of node_modules", () => {
  const variant = JSON.stringify({ product: "cocktail", pieces: 6, guests: 50 });
  const argv = ["node", LAUNCHER, "price", "--grid", GRID, "--variant", variant];
  const loaded = loadedAfter(
    `process.argv = ${JSON.stringify(argv)}; require(${JSON.stringify(LAUNCHER)}); ` +
      `await new Promise((resolve) => setTimeout(resolve, 200))`,
  );
  // The launcher compiles the bundle itself (with its code cache), so not even the bundle is a required module.
  expect(loaded).toEqual([LAUNCHER]);
  const bundled = loadedAfter(
    `await require(${JSON.stringify(BUNDLE)}).run(["node", "grille", "price", "--grid", ${JSON.stringify(GRID)}, ` +
      `"--variant", ${JSON.stringify(variant)}])`,
  );
  expect(bundled).toEqual([BUNDLE]);
});

test("without a build, the launcher says so in both languages, and what to run", () => {
  const copy = mkdtempSync(path.join(tmpdir(), "grille-unbuilt-"));
  try {
    mkdirSync(path.join(copy, "bin"));
    copyFileSync(LAUNCHER, path.join(copy, "bin", "grille.js"));
    const run = spawnSync(process.execPath, [path.join(copy, "bin", "grille.js"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("pas encore construit. Lancez `npm ci`");
    expect(run.stderr).toContain("not built yet. Run `npm ci`");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

describe("the code cache (lib/grille.cache, made by npm run build:cli)", () => {
  const variant = JSON.stringify({ product: "cocktail", pieces: 6, guests: 50 });

  /** `grille price` run from a copy of bin/ and lib/ holding this bundle text and this cache. */
  function priceWith(bundle: string, cache: Buffer): string {
    const copy = mkdtempSync(path.join(tmpdir(), "grille-cache-"));
    try {
      mkdirSync(path.join(copy, "bin"));
      mkdirSync(path.join(copy, "lib"));
      copyFileSync(LAUNCHER, path.join(copy, "bin", "grille.js"));
      writeFileSync(path.join(copy, "lib", "grille.js"), bundle);
      writeFileSync(path.join(copy, "lib", "grille.cache"), cache);
      return execFileSync(
        process.execPath,
        [path.join(copy, "bin", "grille.js"), "--lang", "fr", "price", "--grid", GRID, "--variant", variant],
        { encoding: "utf8" },
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  test("was made for this bundle, and this Node's V8 takes it", () => {
    const cache = readFileSync(CACHE);
    const data = cache.subarray(32);
    const digest = createHash("sha256").update(readFileSync(BUNDLE)).update(data).digest();
    expect(cache.subarray(0, 32).equals(digest)).toBe(true);
    const script = new vm.Script(wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData: data });
    expect(script.cachedDataRejected).toBe(false);
  });

  test("a cache made for another bundle is not used: the command runs as without one", () => {
    const source = readFileSync(BUNDLE, "utf8");
    // Same length as the real bundle (all V8 itself checks of the source), another text in a message.
    const other = source.replace('"base {guests} convives"', '"BASE {guests} CONVIVES"');
    expect(other).not.toEqual(source);
    const out = priceWith(other, readFileSync(CACHE));
    expect(out).toContain("Cocktail 6 pièces, BASE 50 CONVIVES");
    expect(out).toMatch(/9,60\s€\sHT/);
  });

  test("a damaged cache is not used either", () => {
    const damaged = Buffer.from(readFileSync(CACHE));
    for (let at = 32 + 1000; at < damaged.length; at += 997) damaged[at] ^= 0x5a;
    const out = priceWith(readFileSync(BUNDLE, "utf8"), damaged);
    expect(out).toContain("Cocktail 6 pièces, base 50 convives");
    expect(out).toMatch(/9,60\s€\sHT/);
  });
});

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";

// The command line's start, as built by `npm run build:cli` (npm test builds it before jest): loading the program
// loads no command and no zip code. Each command loads its own when it runs (src/cli/commands/index.ts), and the
// file door's reader, writer and filler load on first use (src/xlsx/node-files.ts): a run of `grille price` does
// not pay for `compare`, and the program's start does not pay for the zip container or the XML parser.

const LIB = path.resolve(__dirname, "../../lib/cli");

/** The modules loaded once `body` (awaited, in a fresh Node) has run. */
function loadedAfter(body: string): string[] {
  if (!existsSync(path.join(LIB, "main.js")))
    throw new Error("the CLI is not built: run npm run build:cli first");
  const script = `(async () => { ${body}; process.stdout.write(JSON.stringify(Object.keys(require.cache))); })()`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as string[];
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

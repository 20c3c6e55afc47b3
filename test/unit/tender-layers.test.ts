import { promises as fs } from "node:fs";
import * as path from "node:path";

// The tender reader is pure core and a pure use case: no Node, no DOM, no Office, no door, no face. Its core
// imports only the core and the message catalog; the use case only the core and the catalog.

const ROOT = path.resolve(__dirname, "../..");

async function sources(dir: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(ROOT, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? sources(path.join(dir, entry.name))
        : Promise.resolve([path.join(dir, entry.name)]),
    ),
  );
  return nested.flat().filter((file) => file.endsWith(".ts"));
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((match) => match[1]);
}

const LAYERS: readonly [string, readonly string[]][] = [
  ["src/core/designation", ["src/core", "src/i18n"]],
  ["src/core/tender", ["src/core", "src/i18n"]],
  ["src/usecases", ["src/core", "src/i18n", "src/usecases"]],
];

test.each(LAYERS)("%s imports only %j, and no package", async (dir, allowed) => {
  const files = await sources(dir);
  expect(files.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const file of files) {
    for (const name of importsOf(await fs.readFile(path.join(ROOT, file), "utf8"))) {
      const target = name.startsWith(".")
        ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), name))
        : name;
      if (!allowed.some((prefix) => target.startsWith(prefix))) wrong.push(`${file} → ${name}`);
    }
  }
  expect(wrong).toEqual([]);
});

import { promises as fs } from "node:fs";
import * as path from "node:path";

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

describe("the workbook core and the xlsx door stay browser-safe", () => {
  test("no Node built-in is imported outside src/xlsx/node-files.ts and zip-codec.ts; the core imports nothing but the core", async () => {
    const files = [...(await sources("src/xlsx")), ...(await sources("src/core/workbook"))];
    expect(files.length).toBeGreaterThan(10);
    const nodeModules = new Set([
      "fs",
      "path",
      "os",
      "crypto",
      "stream",
      "zlib",
      "buffer",
      "child_process",
      "util",
    ]);
    for (const file of files) {
      const imports = importsOf(await fs.readFile(path.join(ROOT, file), "utf8"));
      const nodeImports = imports.filter((name) => name.startsWith("node:") || nodeModules.has(name));
      if (file.endsWith(path.join("xlsx", "node-files.ts"))) continue;
      // Node's zlib; the browser builds put zip-codec.browser.ts in its place (webpack.config.js), and a bundle that
      // reached node:zlib would not build.
      if (file.endsWith(path.join("xlsx", "zip-codec.ts"))) continue;
      expect({ file, nodeImports }).toEqual({ file, nodeImports: [] });
      if (file.startsWith(path.join("src", "core"))) {
        expect({ file, packages: imports.filter((name) => !name.startsWith(".")) }).toEqual({
          file,
          packages: [],
        });
      }
    }
  });
});

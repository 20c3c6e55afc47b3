import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

// The layers, enforced: each top folder of src/ says in its README.md what it may import ("May import:", folders of
// src/), which npm packages ("Packages:") and whether Node's own modules ("Node: no | yes | file.ts, …"). Every
// import of every source file is checked against its folder's rules.

const SRC = path.resolve(__dirname, "..", "..", "src");

interface Rules {
  readonly folders: ReadonlySet<string>;
  readonly packages: ReadonlySet<string>;
  /** "no", "yes", or the files (relative to the folder) allowed to import Node modules. */
  readonly node: "no" | "yes" | ReadonlySet<string>;
}

function listOf(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "" && item !== "none");
}

function rulesOf(folder: string): Rules {
  const readme = readFileSync(path.join(SRC, folder, "README.md"), "utf8");
  const line = (label: string) => {
    const match = new RegExp(`^${label}: (.*)$`, "m").exec(readme);
    if (!match) throw new Error(`src/${folder}/README.md has no "${label}:" line`);
    return match[1];
  };
  const node = line("Node").trim();
  return {
    folders: new Set(listOf(line("May import"))),
    packages: new Set(listOf(line("Packages"))),
    node: node === "no" || node === "yes" ? node : new Set(listOf(node)),
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(name) ? [file] : [];
  });
}

/** Module specifiers of imports, exports-from, dynamic imports and requires, as TypeScript's own scanner finds them. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

const NODE_MODULES = new Set(builtinModules);
const isNode = (specifier: string) =>
  specifier.startsWith("node:") || NODE_MODULES.has(specifier.split("/")[0]);
const packageName = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];

/** What is wrong with one import of `file` (a path under src/<folder>), or null when the rules allow it. */
function judge(folder: string, rules: Rules, file: string, specifier: string): string | null {
  const relative = path.relative(path.join(SRC, folder), file);
  const where = `src/${folder}/${relative}: "${specifier}"`;
  if (specifier.startsWith(".")) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), specifier));
    const top = target.split(path.sep)[0];
    if (target.startsWith("..")) return `${where} leaves src/`;
    return rules.folders.has(top) ? null : `${where} reaches src/${top}, not allowed from src/${folder}`;
  }
  if (isNode(specifier)) {
    const allowed = rules.node === "yes" || (rules.node !== "no" && rules.node.has(relative));
    return allowed ? null : `${where} is a Node module, not allowed here`;
  }
  return rules.packages.has(packageName(specifier)) ? null : `${where} is a package not listed`;
}

function violations(folder: string, rules: Rules, file: string): string[] {
  return importsOf(file)
    .map((specifier) => judge(folder, rules, file, specifier))
    .filter((problem): problem is string => problem !== null);
}

const FOLDERS = readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory());

describe("import boundaries between the layers", () => {
  test("every top folder of src/ states its rules", () => {
    for (const folder of FOLDERS) expect(() => rulesOf(folder)).not.toThrow();
  });

  test.each(FOLDERS)("src/%s imports only what its README allows", (folder) => {
    const rules = rulesOf(folder);
    const broken = sourceFiles(path.join(SRC, folder)).flatMap((file) => violations(folder, rules, file));
    expect(broken).toEqual([]);
  });

  test("the check catches a face reaching into another face, a door into a use case, Node in the core", () => {
    const probe = (folder: string, specifier: string) =>
      judge(folder, rulesOf(folder), path.join(SRC, folder, "probe.ts"), specifier);
    expect(probe("taskpane", "../cli/io")).toMatch(/not allowed from src\/taskpane/);
    expect(probe("excel", "../usecases/check-grid")).toMatch(/not allowed from src\/excel/);
    expect(probe("core", "node:fs")).toMatch(/Node module/);
    expect(probe("xlsx", "node:fs")).toMatch(/Node module/);
    expect(probe("core", "jszip")).toMatch(/package not listed/);
    expect(probe("taskpane", "../usecases/check-grid")).toBeNull();
    expect(judge("xlsx", rulesOf("xlsx"), path.join(SRC, "xlsx", "node-files.ts"), "node:fs")).toBeNull();
  });
});

// What ships with the add-in and the CLI: every runtime package reviewed (docs/dependencies.md says why it is
// there), licensed so that an MIT add-in may bundle it, and installed without running anything.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { licenceAllowsMit, shippedPackages } from "../helpers/licences";

const ROOT = path.resolve(__dirname, "../..");

interface Reviewed {
  readonly licence: string;
  readonly why: string;
}

/** The table of docs/dependencies.md: package → licence and reason. */
function reviewedList(): Map<string, Reviewed> {
  const text = readFileSync(path.join(ROOT, "docs/dependencies.md"), "utf8");
  const rows = [...text.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*(.+?)\s*\|$/gm)];
  return new Map(rows.map((m) => [m[1], { licence: m[2], why: m[3] }]));
}

const shipped = shippedPackages(ROOT);
const reviewed = reviewedList();

test("the runtime dependencies are the ones declared, with what they bring", () => {
  const declared = Object.keys(
    (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: object })
      .dependencies,
  );
  expect(declared.length).toBeGreaterThan(0);
  expect(shipped.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(declared));
  expect(shipped.length).toBeGreaterThan(declared.length);
});

test.each(shipped.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg] as const))(
  "%s is reviewed, under a licence an MIT add-in may bundle, and installs without running anything",
  (_label, pkg) => {
    const entry = reviewed.get(pkg.name);
    expect({ name: pkg.name, reviewed: entry !== undefined }).toEqual({ name: pkg.name, reviewed: true });
    expect(entry?.licence).toBe(pkg.licence);
    expect(entry?.why.length).toBeGreaterThan(10);
    expect({ name: pkg.name, licence: pkg.licence, ok: licenceAllowsMit(pkg.licence) }).toMatchObject({
      ok: true,
    });
    expect(pkg.installSteps).toEqual([]);
  },
);

test("the reviewed list names no package that no longer ships", () => {
  const names = new Set(shipped.map((pkg) => pkg.name));
  expect([...reviewed.keys()].filter((name) => !names.has(name))).toEqual([]);
});

/** Bare module names imported by the source that is built into the CLI and the task pane. */
function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) importedPackages(file).forEach((name) => found.add(name));
    else if (/\.tsx?$/.test(entry))
      for (const m of readFileSync(file, "utf8").matchAll(
        /(?:from\s+|import\s*\(|require\s*\()\s*["']([^"'.][^"']*)["']/g,
      )) {
        const spec = m[1];
        if (spec.startsWith("node:")) continue;
        found.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
      }
  }
  return found;
}

test("src imports exactly the runtime dependencies: no devDependency can reach a bundle", () => {
  const declared = Object.keys(
    (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: object })
      .dependencies,
  ).sort();
  expect([...importedPackages(path.join(ROOT, "src"))].sort()).toEqual(declared);
});

describe("the licence rule", () => {
  test.each([
    ["MIT", true],
    ["ISC", true],
    ["Apache-2.0", true],
    ["(MIT OR GPL-3.0-or-later)", true],
    ["(MIT AND Zlib)", true],
    ["GPL-3.0", false],
    ["GPL-3.0-only", false],
    ["AGPL-3.0-or-later", false],
    ["LGPL-2.1", false],
    ["(MIT AND GPL-3.0)", false],
    ["(GPL-2.0 OR LGPL-3.0)", false],
    ["UNLICENSED", false],
    ["", false],
  ] as const)("%j → %s", (expression, allowed) => {
    expect(licenceAllowsMit(expression)).toBe(allowed);
  });
});

test("control: a GPL package with an install script, two levels down, is found and fails both rules", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "deps-"));
  try {
    const write = (dir: string, manifest: object) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest));
    };
    write(root, { name: "app", dependencies: { top: "1" } });
    write(path.join(root, "node_modules/top"), {
      name: "top",
      version: "1.0.0",
      license: "MIT",
      dependencies: { deep: "1" },
    });
    write(path.join(root, "node_modules/top/node_modules/deep"), {
      name: "deep",
      version: "2.0.0",
      license: "GPL-3.0-only",
      scripts: { postinstall: "node download-binary.js" },
    });
    const found = shippedPackages(root);
    expect(found.map((pkg) => pkg.name)).toEqual(["deep", "top"]);
    expect(licenceAllowsMit(found[0].licence)).toBe(false);
    expect(found[0].installSteps).toEqual(["postinstall: node download-binary.js"]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// What the CLI and the task pane ship: the `dependencies` of package.json and their own production dependencies,
// resolved as Node resolves them in node_modules, each with the licence its package.json declares.

import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

export interface ShippedPackage {
  readonly name: string;
  readonly version: string;
  /** The SPDX expression of its package.json (`license`, or the old `licenses` array joined with OR). */
  readonly licence: string;
  readonly dir: string;
  /** Lifecycle scripts npm runs at install (install, preinstall, postinstall) and a native build (binding.gyp). */
  readonly installSteps: readonly string[];
}

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly license?: string | { readonly type?: string };
  readonly licenses?: readonly { readonly type?: string }[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly gypfile?: boolean;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
}

/** Node's lookup: node_modules/<name> in the package's folder, then in each folder above it up to the root. */
function locate(name: string, from: string, root: string): string | undefined {
  for (let dir = from; dir.startsWith(root); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}

function licenceOf(pkg: Manifest): string {
  if (typeof pkg.license === "string") return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return (pkg.licenses ?? []).map((l) => l.type ?? "").join(" OR ");
}

const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];

/** Every package a production install of the project at `root` brings, each once. Missing ones throw. */
export function shippedPackages(root: string): ShippedPackage[] {
  const found = new Map<string, ShippedPackage>();
  const visit = (name: string, from: string, optional: boolean) => {
    const dir = locate(name, from, root);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} (needed by ${path.relative(root, from) || "package.json"}) is not installed`);
    }
    if (found.has(dir)) return;
    const pkg = manifest(dir);
    const installSteps = [
      ...INSTALL_SCRIPTS.filter((script) => pkg.scripts?.[script]).map(
        (script) => `${script}: ${pkg.scripts?.[script]}`,
      ),
      ...(pkg.gypfile || existsSync(path.join(dir, "binding.gyp")) ? ["binding.gyp: node-gyp rebuild"] : []),
    ];
    found.set(dir, { name, version: pkg.version ?? "", licence: licenceOf(pkg), dir, installSteps });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
    for (const dep of Object.keys(pkg.peerDependencies ?? {})) visit(dep, dir, true);
  };
  for (const dep of Object.keys(manifest(root).dependencies ?? {})) visit(dep, root, false);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Licences an MIT add-in can bundle: permissive, no copyleft. */
export const PERMISSIVE = new Set([
  "MIT",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "0BSD",
  "Zlib",
]);

/**
 * Whether an SPDX expression lets us ship the package under MIT: an OR needs one acceptable side, an AND both
 * ("(MIT OR GPL-3.0-or-later)" passes, "(MIT AND GPL-3.0)" and "LGPL-2.1" do not). An empty or unknown licence
 * does not pass.
 */
export function licenceAllowsMit(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const primary = (): boolean => {
    const token = tokens[at++];
    if (token === "(") {
      const inner = either();
      at++; // ")"
      return inner;
    }
    if (tokens[at] === "WITH") at += 2; // An exception only adds rights.
    return token !== undefined && PERMISSIVE.has(token);
  };
  const both = (): boolean => {
    let ok = primary();
    while (tokens[at] === "AND") {
      at++;
      ok = primary() && ok;
    }
    return ok;
  };
  const either = (): boolean => {
    let ok = both();
    while (tokens[at] === "OR") {
      at++;
      ok = both() || ok;
    }
    return ok;
  };
  return tokens.length > 0 && either() && at === tokens.length;
}

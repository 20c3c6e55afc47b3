import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";

/**
 * Generated blocks of the docs: `<!-- generated:NAME -->` … `<!-- /generated:NAME -->`. The tests compare the file
 * with the same file whose blocks are regenerated from the code and laid out by Prettier (as `npm run lint` wants);
 * UPDATE_DOCS=1 rewrites the file. Used by the grid and pricing docs tests.
 */
export function regenerateDoc(
  file: string,
  blocks: Readonly<Record<string, string>>,
): { actual: string; expected: string } {
  const full = path.resolve(__dirname, "../../docs", file);
  const actual = readFileSync(full, "utf8");
  let text = actual;
  for (const [name, content] of Object.entries(blocks)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/${file} has no block ${start} … ${end}`);
    text = `${text.slice(0, from)}${start}\n\n${content.trim()}\n\n${end}${text.slice(to + end.length)}`;
  }
  const expected = prettierFormat(text, full);
  if (process.env.UPDATE_DOCS === "1" && expected !== actual) writeFileSync(full, expected);
  return { actual: process.env.UPDATE_DOCS === "1" ? expected : actual, expected };
}

/** The text as Prettier lays it out for that file name (the project's `prettier --check` covers docs/). */
export function prettierFormat(text: string, file: string): string {
  const bin = path.resolve(__dirname, "../../node_modules/prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [bin, "--stdin-filepath", file], { input: text, encoding: "utf8" });
}

/** A markdown table; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

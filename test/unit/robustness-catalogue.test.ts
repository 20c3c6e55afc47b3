import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

// docs/robustness.md, the bad-input catalogue, cites for each case the tests that prove it, as
// "- **Proof**: `test/…/file.test.ts` › `test name`". A catalogue whose tests were renamed or removed would promise
// what nothing checks any more: each cited file must exist and name a test (or a describe block) exactly so.

const ROOT = path.resolve(__dirname, "../..");
const CATALOGUE = path.join(ROOT, "docs/robustness.md");
const CITATION = /`(test\/[^`]+\.test\.ts)` › `([^`]+)`/g;

interface Entry {
  readonly title: string;
  readonly text: string;
}

function entries(markdown: string): Entry[] {
  return markdown
    .split(/^### /m)
    .slice(1)
    .map((section) => ({ title: section.split("\n")[0].trim(), text: section.split(/^## /m)[0] }));
}

function citations(text: string): { file: string; name: string }[] {
  return [...text.matchAll(CITATION)].map((match) => ({ file: match[1], name: match[2] }));
}

/** Whether `source` names a test or describe block exactly `name`: the quoted literal right after `test(`, `it(`, `describe(` or `.each(…)(`. */
function namesTest(source: string, name: string): boolean {
  for (const quote of ['"', "'", "`"]) {
    const literal = `${quote}${name}${quote}`;
    for (let at = source.indexOf(literal); at >= 0; at = source.indexOf(literal, at + 1)) {
      const before = source.slice(0, at).trimEnd();
      if (/(?:\b(?:test|it|describe)|\))\($/.test(before)) return true;
    }
  }
  return false;
}

const markdown = readFileSync(CATALOGUE, "utf8");
const all = entries(markdown);

test("the catalogue has an entry for each case of issue 12, each saying what, where, and its proof", () => {
  expect(all.length).toBeGreaterThanOrEqual(30);
  for (const entry of all) {
    expect([entry.title, /\*\*What it does\*\*: \S/.test(entry.text)]).toEqual([entry.title, true]);
    expect([entry.title, /\*\*Where\*\*: \S/.test(entry.text)]).toEqual([entry.title, true]);
    expect([entry.title, citations(entry.text).length > 0]).toEqual([entry.title, true]);
  }
});

test.each(
  all.flatMap((entry) => citations(entry.text).map((cited) => [entry.title, cited.file, cited.name])),
)("%s: %s names the test « %s »", (_title, file, name) => {
  const full = path.join(ROOT, file);
  expect(existsSync(full)).toBe(true);
  expect(namesTest(readFileSync(full, "utf8"), name)).toBe(true);
});

test("control: the check refuses a name that is only a string, a renamed test and a missing file", () => {
  const source = `const label = "not a test";\ntest("a real test", () => {});\ntest.each([1])(\n  "case %i", () => {});`;
  expect(namesTest(source, "a real test")).toBe(true);
  expect(namesTest(source, "case %i")).toBe(true);
  expect(namesTest(source, "not a test")).toBe(false);
  expect(namesTest(source, "a real tes")).toBe(false);
  expect(
    citations("- **Proof**: `test/unit/nowhere.test.ts` › `x`").map((cited) =>
      existsSync(path.join(ROOT, cited.file)),
    ),
  ).toEqual([false]);
});

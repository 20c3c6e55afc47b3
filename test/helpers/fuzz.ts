import fc from "fast-check";
import type { Finding } from "../../src/core/findings";
import { findingMessage } from "../../src/core/finding-message";
import { isMessageKey, t, type Lang, type MessageKey, type MessageParams } from "../../src/i18n";

// What every fuzz test shares: a seed and a number of runs (fixed and small in CI, larger and random on demand with
// `npm run fuzz`, which prints the seed to replay), a time bound per case, and the check that a refusal is a clear
// message: a catalog key that exists in French and English, rendered with every placeholder filled.

/** CI: the same cases every time. `npm run fuzz` sets FUZZ_SEED (random, printed) and FUZZ_SCALE (more runs). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/**
 * Longest time one case may take, in ms: a file or a text that takes longer is a hang to fix, not a slow input. A
 * case takes milliseconds on an idle machine and up to 4 s with the other suites' LibreOffice and Chromium on the
 * same two cores; 10 s still tells a hang (minutes) from a slow case without failing on a busy machine.
 */
export const CASE_BOUND_MS = Number(process.env.FUZZ_CASE_BOUND_MS ?? 10_000);

/** fast-check parameters for `runs` cases in CI (times the scale on demand); a failure reports seed and path. */
export function fuzzRuns(runs: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(runs * FUZZ_SCALE)), endOnFailure: true };
}

/** A jest timeout for a fuzz test whose CI share is `ciMs`: scaled with the runs. */
export function fuzzTimeout(ciMs: number): number {
  return Math.max(ciMs, ciMs * FUZZ_SCALE * 1.5);
}

/** Runs `work`, fails when it takes longer than the bound; returns its result. */
export async function withinBound<T>(work: () => T | Promise<T>, bound = CASE_BOUND_MS): Promise<T> {
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  if (elapsed > bound) throw new Error(`took ${Math.round(elapsed)} ms, over the ${bound} ms bound`);
  return result;
}

const PLACEHOLDER = /\{\w+\}/g;

/**
 * A placeholder of the text left as "{name}", unless a value given for one of them brings that very text along (a
 * user's field named "h{g}x" is quoted as typed, braces and all).
 */
function unfilled(text: string, params: MessageParams): string | undefined {
  const quoted = Object.values(params).map(String);
  return [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[0])
    .find((placeholder) => !quoted.some((value) => value.includes(placeholder)));
}

/** A key of the catalog, present in French and English (the i18n test checks they have the same placeholders). */
export function expectMessageKey(key: string): void {
  if (!isMessageKey(key)) throw new Error(`"${key}" is not a key of the message catalog`);
  for (const lang of ["fr", "en"] as const satisfies readonly Lang[])
    if (t(lang, key).trim() === "") throw new Error(`"${key}" has no ${lang} text`);
}

/** A message as the user reads it: not empty, no placeholder left unfilled, no bracketed unknown key. */
export function expectRendered(text: string, what: string, params: MessageParams = {}): void {
  if (text.trim() === "" || unfilled(text, params) !== undefined || /^\[[\w.]+\]$/.test(text))
    throw new Error(`${what} renders as ${JSON.stringify(text)}`);
}

/** A typed error's message (key and params) rendered in both languages with every placeholder filled. */
export function expectClearMessage(key: string, params: MessageParams | undefined): void {
  expectMessageKey(key);
  for (const lang of ["fr", "en"] as const)
    expectRendered(t(lang, key as MessageKey, params ?? {}), `"${key}" (${lang})`, params ?? {});
}

/** Every finding says something clear, in both languages, through the faces' own renderer. */
export function expectClearFindings(findings: readonly Finding[]): void {
  for (const finding of findings) {
    expectMessageKey(finding.messageKey);
    for (const lang of ["fr", "en"] as const)
      expectRendered(
        findingMessage(finding, lang),
        `finding ${finding.code} (${lang})`,
        finding.params ?? {},
      );
  }
}

/** Text as hostile files hold it: any Unicode, control characters, lookalikes, no-break spaces, very long runs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.constantFrom(
          "\u00a0",
          "\u202f",
          "\u2009",
          "\u200b",
          "\ufeff",
          "\u2212",
          "\u2013",
          "\u0430", // Cyrillic a, looks like a Latin a
          "\u0435", // Cyrillic e
          "\u0441", // Cyrillic c
          "\u0399", // Greek capital iota, looks like I
          "\uff11", // fullwidth 1
          "\u0660", // Arabic-Indic zero
          "\u00b5",
          "e\u0301", // e + combining acute
          "\u0000",
          "\u001b",
          "\ud800", // lone surrogate
          "€",
          "%",
          "(",
          ")",
          ",",
          ".",
          " ",
          "-",
          "=",
          "+",
          "@",
          "<script>",
          "&amp;",
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(40_000), "9".repeat(5_000), "1 ".repeat(20_000)) },
);

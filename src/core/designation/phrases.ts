// Finding the phrases of a data table in a designation's tokens: words in order, small words and punctuation
// skipped, never across a bracket, a colon or a clause.

import { phraseWords, type Token } from "./text";

export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
  /** The phrase as the table writes it, for reasons and docs. */
  readonly source: string;
}

export interface PhraseMatch<T> {
  readonly phrase: Phrase<T>;
  /** Indexes of the first and last matched tokens. */
  readonly first: number;
  readonly last: number;
}

export function phrasesOf<T>(sources: readonly string[], value: T): Phrase<T>[] {
  return sources
    .map((source) => ({ words: phraseWords(source), value, source }))
    .filter((phrase) => phrase.words.length > 0);
}

const BARRIERS = new Set(["(", ")", "[", "]", ":", ";"]);

function isContent(token: Token): boolean {
  return token.kind !== "mark" && !token.stop;
}

/** The index of the next content token after `from`, or -1 at a barrier or the end. */
function nextContent(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i].clause !== tokens[from].clause) return -1;
    if (tokens[i].kind === "mark" && BARRIERS.has(tokens[i].text)) return -1;
    if (isContent(tokens[i])) return i;
  }
  return -1;
}

function matchAt<T>(tokens: readonly Token[], start: number, phrase: Phrase<T>): PhraseMatch<T> | null {
  let at = start;
  for (let w = 0; w < phrase.words.length; w++) {
    if (w > 0) at = nextContent(tokens, at);
    if (at < 0 || tokens[at].text !== phrase.words[w]) return null;
  }
  return { phrase, first: start, last: at };
}

/** Phrases indexed by their first word, so a long designation is read in one pass. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  constructor(phrases: readonly Phrase<T>[]) {
    for (const phrase of phrases) {
      const list = this.byFirst.get(phrase.words[0]) ?? [];
      list.push(phrase);
      this.byFirst.set(phrase.words[0], list);
    }
  }

  /** Every match, overlapping ones included. */
  all(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    tokens.forEach((token, index) => {
      if (!isContent(token)) return;
      for (const phrase of this.byFirst.get(token.text) ?? []) {
        const match = matchAt(tokens, index, phrase);
        if (match) out.push(match);
      }
    });
    return out;
  }

  /** Non-overlapping matches, the longest phrase winning (then the earliest), in text order. */
  longest(tokens: readonly Token[]): PhraseMatch<T>[] {
    return keepLongest(this.all(tokens));
  }
}

export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function keepLongest<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort(
    (a, b) => b.phrase.words.length - a.phrase.words.length || a.first - b.first,
  );
  const kept: PhraseMatch<T>[] = [];
  for (const match of sorted) if (!kept.some((other) => overlaps(other, match))) kept.push(match);
  return kept.sort((a, b) => a.first - b.first);
}

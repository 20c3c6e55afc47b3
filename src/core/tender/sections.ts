// Section numbers as buyers write them ("1 – COCKTAILS", "II. Buffets", "Rubrique 3 :", "A – Pauses") and as
// notes refer to them ("rubriques 1 à 4", "rubriques I et II"), normalised so both sides compare.

import { SITE_WORDS } from "../designation/cues";
import { foldWord, repairText, type Token } from "../designation/text";

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "IV" → 4; undefined for anything that is not a roman numeral. */
export function romanValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN[lower[i]];
    const next = ROMAN[lower[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A section id as compared: digits as they are, roman numerals as digits, a letter in lower case. */
export function sectionId(text: string): string {
  if (/^\d+$/.test(text)) return String(Number(text));
  const roman = text.length > 1 || /^[ivx]$/i.test(text) ? romanValue(text) : undefined;
  return roman !== undefined ? String(roman) : text.toLowerCase();
}

const SCOPE_WORDS = ["rubrique", "section", "chapitre", "partie", "poste", "titre"];

const HEADING_NUMBER =
  /^\s*(?:(?:rubrique|section|chapitre|partie|titre|poste)s?\s*(?:n\s*°\s*)?)?(?:(\d+(?:\.\d+)*)(?:\s*[–—\-.:)/]|\s+(?=\p{L})|$)|([IVXLC]+|[A-Z])\s*(?:[–—\-.:)/]|$))/iu;

export interface HeadingNumber {
  /** Top-level section id, e.g. "1" for "1.2". */
  readonly section: string;
  readonly depth: number;
}

/** The number a heading opens with, if any. */
export function headingNumber(text: string): HeadingNumber | undefined {
  const match = HEADING_NUMBER.exec(repairText(text));
  if (!match) return undefined;
  const parts = (match[1] ?? match[2]).split(".");
  return { section: sectionId(parts[0]), depth: parts.length };
}

/** A heading's text after its number: "2 – PLATEAUX-REPAS" → "PLATEAUX-REPAS". */
export function withoutNumber(text: string): string {
  const match = HEADING_NUMBER.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** A heading naming a place ("SITE 2 –", "Lieu : …"): its conditions cover every section under it. */
export function isSiteHeading(text: string): boolean {
  const first = foldWord(
    repairText(text)
      .trim()
      .split(/[\s:–—-]+/)[0] ?? "",
  );
  return SITE_WORDS.map(foldWord).includes(first);
}

/** A scope named in a note: "rubriques 1 et 2", "rubriques 1 à 4", "rubrique III". */
export interface ScopeMention {
  /** Index of the scope word in the tokens. */
  readonly at: number;
  readonly sections: readonly string[];
}

function idOf(token: Token | undefined, first: boolean): string | undefined {
  if (!token) return undefined;
  if (token.kind === "number") return String(token.value);
  if (token.kind !== "word") return undefined;
  if (romanValue(token.text) !== undefined && token.text.length <= 4) return sectionId(token.text);
  return first && /^[a-z]$/.test(token.text) ? token.text : undefined;
}

function expand(from: string, to: string): string[] {
  const [a, b] = [Number(from), Number(to)];
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a || b - a > 50) return [from, to];
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}

/** The sections a scope word lists: "1 et 2", "1, 2 et 3", "1 à 4", "I à III". */
function listAfter(tokens: readonly Token[], start: number): string[] {
  const ids: string[] = [];
  let i = start + 1;
  let range = false;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === "mark" && token.text === "°") {
      i += 1;
      continue;
    }
    if (token.text === "n" && tokens[i + 1]?.text === "°") {
      i += 2;
      continue;
    }
    const id = idOf(token, ids.length === 0);
    if (id !== undefined) {
      if (range && ids.length > 0)
        ids.push(...expand(ids.pop() ?? id, id).filter((value) => !ids.includes(value)));
      else ids.push(id);
      range = false;
      i += 1;
      continue;
    }
    if (ids.length === 0) break;
    if (["a", "au", "-"].includes(token.text)) range = true;
    else if (!["et", ",", "ou"].includes(token.text)) break;
    i += 1;
  }
  return ids;
}

/** Every scope a text names, in order. */
export function scopeMentions(tokens: readonly Token[]): ScopeMention[] {
  const out: ScopeMention[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "word" || !SCOPE_WORDS.includes(token.text)) return;
    const sections = listAfter(tokens, index);
    if (sections.length > 0) out.push({ at: index, sections });
  });
  return out;
}

/** A line's section from its reference when no numbered heading says it: "2.3" → "2", "A-1" → "a". */
export function sectionOfRef(ref: string): string | undefined {
  const match = /^\s*(\d+|[IVXLC]+|[A-Z])\s*[.\-/]\s*\w/iu.exec(ref);
  return match ? sectionId(match[1]) : undefined;
}

// French text as the reader compares it: mangled encodings repaired, then each word folded (lower case, no
// accents, no plural) so "PIÈCES", "pieces" and "piÃ¨ces" are one word. Data tables below, code after.

/** UTF-8 read as Windows-1252/Latin-1, as buyers' exports show it: "piÃ¨ces", "dÃ®natoire", "Ã©tÃ©". */
const MOJIBAKE: readonly (readonly [string, string])[] = [
  ["Ã©", "é"],
  ["Ã¨", "è"],
  ["Ãª", "ê"],
  ["Ã«", "ë"],
  ["Ã ", "à"],
  ["Ã¢", "â"],
  ["Ã®", "î"],
  ["Ã¯", "ï"],
  ["Ã´", "ô"],
  ["Ã¶", "ö"],
  ["Ã¹", "ù"],
  ["Ã»", "û"],
  ["Ã¼", "ü"],
  ["Ã§", "ç"],
  ["Ã‰", "É"],
  ["Ãˆ", "È"],
  ["Ã€", "À"],
  ["Ã‡", "Ç"],
  ["Å“", "œ"],
  ["â€™", "'"],
  ["â€“", "–"],
  ["â€”", "—"],
  ["â‚¬", "€"],
  ["Â°", "°"],
  ["Â ", " "],
];

/** Letters that do not decompose into a base letter and an accent. */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

/** Short forms seen in schedules, to the words they stand for (folded). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  pce: "piece",
  pces: "pieces",
  pcs: "pieces",
  pc: "piece",
  pers: "personne",
  prs: "personne",
  pax: "personne",
  conv: "convive",
  liv: "livraison",
  livr: "livraison",
  ss: "sans",
  pdt: "pendant",
  hrs: "heures",
  hr: "heure",
  mh: "maitre d hotel",
  mdh: "maitre d hotel",
  pdj: "petit dejeuner",
  dej: "dejeuner",
  apero: "aperitif",
  vege: "vegetarien",
  veg: "vegetarien",
  svc: "service",
  suppl: "supplementaire",
  supp: "supplementaire",
  compl: "complementaire",
  cplt: "complet",
  we: "week end",
};

/** Small words the phrase matcher skips on both sides ("coupe de champagne" = "coupe champagne"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "d",
  "la",
  "le",
  "l",
  "a",
  "au",
  "aux",
  "en",
  "pour",
  "par",
]);

export function repairText(raw: string): string {
  let text = raw;
  if (/[ÃÂâÅ]/.test(text)) for (const [bad, good] of MOJIBAKE) text = text.split(bad).join(good);
  return text.replace(/[’‘`´]/g, "'").replace(/\u00a0/g, " ");
}

const folded = new Map<string, string>();

/** Lower case, accents and ligatures removed: "Maître" → "maitre", "Œuvre" → "oeuvre". */
export function foldWord(word: string): string {
  const known = folded.get(word);
  if (known !== undefined) return known;
  const lower = word.toLocaleLowerCase("fr");
  let out = "";
  for (const char of lower) out += LIGATURES[char] ?? char;
  const result = /^[a-z]*$/.test(out) ? out : out.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  // Schedules repeat the same few hundred words; the cache stays small.
  if (folded.size < 50_000) folded.set(word, result);
  return result;
}

/** A folded word without its plural mark: "pieces" → "piece", "plateaux" → "plateau". Short words stay. */
export function stem(folded: string): string {
  return folded.length > 3 && /[sx]$/.test(folded) ? folded.slice(0, -1) : folded;
}

export type TokenKind = "word" | "number" | "mark";

export interface Token {
  readonly kind: TokenKind;
  /** Word: folded and stemmed; number: its digits; mark: the character. */
  readonly text: string;
  readonly value?: number;
  /** Offsets in the repaired text, for quoting what was read. */
  readonly start: number;
  readonly end: number;
  /** Inside brackets, after a colon or after "dont": a description, not the thing asked. */
  readonly detail: boolean;
  /** Clauses are cut at ";" and at sentence ends: a cue never reaches across them. */
  readonly clause: number;
  readonly stop: boolean;
}

const PIECE = /(\d+)|([\p{L}\p{M}]+)|([^\s\p{L}\p{M}\d])/gu;

interface RawToken {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const match of text.matchAll(PIECE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (match[1]) out.push({ kind: "number", text: match[1], start, end });
    else if (match[2]) {
      const folded = foldWord(match[2]);
      for (const part of (ABBREVIATIONS[folded] ?? folded).split(" "))
        out.push({ kind: "word", text: stem(part), start, end });
    } else out.push({ kind: "mark", text: match[3], start, end });
  }
  return out;
}

function isSentenceEnd(text: string, token: RawToken): boolean {
  if (token.text === ";") return true;
  return token.text === "." && /^\s+\p{Lu}/u.test(text.slice(token.end));
}

/** Tokens of a text, each knowing whether it is description (bracketed, after ":" or "dont") and its clause. */
export function tokenize(text: string): Token[] {
  let depth = 0;
  let afterColon = false;
  let afterDont = false;
  let clause = 0;
  const out: Token[] = [];
  for (const raw of rawTokens(text)) {
    if (raw.text === "(" || raw.text === "[") depth += 1;
    if (raw.text === ")" || raw.text === "]") depth = Math.max(0, depth - 1);
    if (raw.text === ":" && depth === 0) afterColon = true;
    if (raw.kind === "word" && raw.text === "dont" && depth === 0) afterDont = true;
    if (isSentenceEnd(text, raw)) {
      clause += 1;
      afterColon = afterDont = false;
    }
    const detail = depth > 0 || afterColon || afterDont || raw.text === ")" || raw.text === "]";
    const stop = raw.kind === "word" && STOP_WORDS.has(raw.text);
    const { kind, text: own, start, end } = raw;
    // Built field by field (no spread): a 2 000-line tender makes some 40 000 tokens.
    out.push(
      kind === "number"
        ? { kind, text: own, value: Number(own), start, end, detail, clause, stop }
        : { kind, text: own, start, end, detail, clause, stop },
    );
  }
  return out;
}

const LETTER = /\p{L}/u;

/**
 * Whether a text holds any letter. Every phrase of the data tables is made of words, so a text without one (a
 * reference, an amount) matches none of them: most cells of a schedule are ruled out without tokenising them.
 */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/** The words and numbers of a phrase written in a data table, folded like the text they are compared with. */
export function phraseWords(phrase: string): string[] {
  return tokenize(repairText(phrase))
    .filter((token) => token.kind !== "mark" && !token.stop)
    .map((token) => token.text);
}

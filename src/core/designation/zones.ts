// Delivery zones named in a text: place names and "petite couronne" from the standard's synonyms, department
// numbers where they read as departments ("(92)", "livraison 93", "75012"), never a count ("92 convives").

import { PRODUCT_WORDS } from "../grid/synonyms";
import { ZONES, type Zone } from "../variant/model";
import { DEPARTMENT_BEFORE, QUANTITY_WORDS } from "./cues";
import { PhraseIndex, phrasesOf } from "./phrases";
import { foldWord, phraseWords, stem, type Token } from "./text";

const qualifiersOf = (zone: Zone) => PRODUCT_WORDS[`livraison.${zone}`]?.qualifiers ?? [];
const isDepartment = (word: string) => /^\d{2}$/.test(word);

const NAMES = new PhraseIndex(
  ZONES.flatMap((zone) =>
    phrasesOf(
      qualifiersOf(zone).filter((word) => !isDepartment(word)),
      zone,
    ),
  ),
);

const DEPARTMENTS: ReadonlyMap<string, Zone> = new Map(
  ZONES.flatMap((zone) =>
    qualifiersOf(zone)
      .filter(isDepartment)
      .map((code) => [code, zone] as const),
  ),
);

const folded = (words: readonly string[]) => new Set(words.map((word) => stem(foldWord(word))));
const QUANTITY = new Set(QUANTITY_WORDS.flatMap(phraseWords));
const BEFORE = folded(DEPARTMENT_BEFORE);
const DEPARTMENT_MARKS = new Set(["(", ",", "/", "-", "–"]);

function previousToken(tokens: readonly Token[], index: number): Token | undefined {
  return tokens[index - 1];
}

function nextWord(tokens: readonly Token[], index: number): Token | undefined {
  return tokens
    .slice(index + 1)
    .find((token) => token.kind !== "mark" || token.text === "%" || token.text === "€");
}

/** "(92)", "92, 93, 94", "livraison 93", "dans le 94": a department; "92 convives", "19 h": not. */
function departmentAt(tokens: readonly Token[], index: number): Zone | undefined {
  const token = tokens[index];
  const zone = DEPARTMENTS.get(token.text);
  if (!zone) return undefined;
  const next = nextWord(tokens, index);
  if (next && QUANTITY.has(next.text)) return undefined;
  const previous = previousToken(tokens, index);
  if (!previous) return undefined;
  if (previous.kind === "mark") return DEPARTMENT_MARKS.has(previous.text) ? zone : undefined;
  return BEFORE.has(previous.text) || DEPARTMENTS.has(previous.text) ? zone : undefined;
}

/** "75012", "92100": a postal code of a department of the standard. */
function postalCodeAt(token: Token): Zone | undefined {
  return /^\d{5}$/.test(token.text) ? DEPARTMENTS.get(token.text.slice(0, 2)) : undefined;
}

/** Every zone the tokens name, once each, in the standard's order. */
export function readZones(tokens: readonly Token[]): Zone[] {
  const found = new Set<Zone>(NAMES.longest(tokens).map((match) => match.phrase.value));
  tokens.forEach((token, index) => {
    if (token.kind !== "number") return;
    const zone = departmentAt(tokens, index) ?? postalCodeAt(token);
    if (zone) found.add(zone);
  });
  return ZONES.filter((zone) => found.has(zone));
}

// What a text states about a service beside its product: delivery and staff included or billed apart, the zone,
// evening, weekend, pick-up, the basis of guests, HT or TTC. Read the same way from a designation, a section title
// or a note above the table.

import { PRODUCT_WORDS } from "../grid/synonyms";
import type { Basis, Zone } from "../variant/model";
import {
  BASIS_BEFORE,
  BASIS_WORDS,
  CUE_REACH,
  CUES,
  DELIVERED,
  GUEST_WORDS,
  NOT_BASIS_BEFORE,
  SUBJECTS,
  type Cue,
  type Subject,
} from "./cues";
import { PhraseIndex, phrasesOf, type PhraseMatch } from "./phrases";
import { readStaffDetails, type StaffDetails } from "./staff";
import { phraseWords, type Token } from "./text";
import { readZones } from "./zones";

export interface Facts {
  /** Per subject, what the text says: true included, false billed apart; both when it says both. */
  readonly included: Readonly<Partial<Record<Subject, readonly boolean[]>>>;
  /** Subjects named without saying either ("livraison en soirée"). */
  readonly mentioned: readonly Subject[];
  readonly zones: readonly Zone[];
  readonly evening: boolean;
  readonly weekend: boolean;
  readonly staff?: StaffDetails;
  /** Every basis of guests stated ("base 50 convives"); two means the text hesitates. */
  readonly guests: readonly number[];
  readonly basis: readonly Basis[];
}

const SUBJECT_INDEX = new PhraseIndex<Subject>(
  (Object.keys(SUBJECTS) as Subject[]).flatMap((subject) => phrasesOf(SUBJECTS[subject], subject)),
);
const CUE_INDEX = new PhraseIndex<Cue>(CUES.flatMap((cue) => phrasesOf(cue.words, cue)));
const DELIVERED_INDEX = new PhraseIndex(phrasesOf(DELIVERED, true));
const EVENING_INDEX = new PhraseIndex(
  phrasesOf(PRODUCT_WORDS["livraison.majoration_soir"].qualifiers ?? [], true),
);
const WEEKEND_INDEX = new PhraseIndex(
  phrasesOf(PRODUCT_WORDS["livraison.majoration_weekend"].qualifiers ?? [], true),
);
const BASIS_INDEX = new PhraseIndex<Basis>([
  ...phrasesOf(BASIS_WORDS.HT, "HT" as Basis),
  ...phrasesOf(BASIS_WORDS.TTC, "TTC" as Basis),
]);
const GUESTS = new Set(GUEST_WORDS.flatMap(phraseWords));
const BASIS_LEAD = new PhraseIndex(phrasesOf(BASIS_BEFORE, "basis" as const));
const NOT_BASIS_LEAD = new PhraseIndex(phrasesOf(NOT_BASIS_BEFORE, "minimum" as const));

/** Content-word distance between two token indexes (marks and small words do not count). */
function distance(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i].kind !== "mark" && !tokens[i].stop) count += 1;
  return count;
}

/** The cue that governs a subject: the nearest within reach in its clause, "after" winning a tie. */
function cueFor(
  tokens: readonly Token[],
  subject: PhraseMatch<Subject>,
  cues: readonly PhraseMatch<Cue>[],
): Cue | undefined {
  const clause = tokens[subject.first].clause;
  let best: { cue: Cue; gap: number } | undefined;
  for (const match of cues) {
    if (tokens[match.first].clause !== clause) continue;
    const cue = match.phrase.value;
    const after = cue.place === "after" && match.first > subject.last;
    const before = cue.place === "before" && match.last < subject.first;
    if (!after && !before) continue;
    const gap = after
      ? distance(tokens, subject.last, match.first)
      : distance(tokens, match.last, subject.first);
    const better = !best || gap < best.gap || (gap === best.gap && cue.place === "after");
    if (gap <= CUE_REACH && better) best = { cue, gap };
  }
  return best?.cue;
}

function readIncluded(tokens: readonly Token[]): Pick<Facts, "included" | "mentioned"> {
  const included: Partial<Record<Subject, boolean[]>> = {};
  const mentioned = new Set<Subject>();
  const cues = cueMatches(tokens);
  const add = (subject: Subject, value: boolean) => {
    const values = (included[subject] ??= []);
    if (!values.includes(value)) values.push(value);
  };
  for (const subject of SUBJECT_INDEX.longest(tokens)) {
    const cue = cueFor(tokens, subject, cues);
    if (cue) add(subject.phrase.value, cue.included);
    else mentioned.add(subject.phrase.value);
  }
  if (DELIVERED_INDEX.all(tokens).length > 0) add("delivery", true);
  for (const subject of Object.keys(included) as Subject[]) mentioned.delete(subject);
  return { included, mentioned: [...mentioned] };
}

function endsRightBefore(tokens: readonly Token[], match: { last: number }, index: number): boolean {
  return match.last < index && distance(tokens, match.last, index) === 0;
}

/** Bases of guests: "base 60 convives", "pour 80 participants", "15 plateaux", "de 30 à 50 personnes". */
function readGuests(tokens: readonly Token[], used: ReadonlySet<number>): number[] {
  const leads = BASIS_LEAD.all(tokens);
  const minimums = NOT_BASIS_LEAD.all(tokens);
  const values = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.kind !== "number" || used.has(index) || token.value === undefined) return;
    if (minimums.some((match) => endsRightBefore(tokens, match, index))) return;
    // "50 convives", "(50 pers.)": the guest word right after the number; "2 – PLATEAUX-REPAS" is a section.
    const next = tokens[index + 1];
    const lead = leads.some((match) => endsRightBefore(tokens, match, index));
    if (!lead && !(next?.kind === "word" && GUESTS.has(next.text))) return;
    values.add(token.value);
    const range = rangeStart(tokens, index);
    if (range !== undefined) values.add(range);
  });
  return [...values];
}

/** "30 à 50", "30-50", "entre 30 et 50": the lower bound of a range ending at `index`. */
function rangeStart(tokens: readonly Token[], index: number): number | undefined {
  const joiner = tokens[index - 1];
  const start = tokens[index - 2];
  const joins = joiner && ["a", "-", "et", "/", "ou"].includes(joiner.text);
  return joins && start?.kind === "number" ? start.value : undefined;
}

/** Everything a text states, read once. */
export function readFacts(tokens: readonly Token[]): Facts {
  const used = new Set<number>();
  const staff = readStaffDetails(tokens, used);
  return {
    ...readIncluded(tokens),
    zones: readZones(tokens),
    evening: EVENING_INDEX.all(tokens).some((match) => !isNegated(tokens, match)),
    weekend: WEEKEND_INDEX.all(tokens).some((match) => !isNegated(tokens, match)),
    ...(staff ? { staff } : {}),
    guests: readGuests(tokens, used),
    basis: [...new Set(BASIS_INDEX.all(tokens).map((match) => match.phrase.value))],
  };
}

const cuesOf = new WeakMap<readonly Token[], PhraseMatch<Cue>[]>();

/** The cues of a text, read once per text however many phrases ask. */
function cueMatches(tokens: readonly Token[]): PhraseMatch<Cue>[] {
  let cues = cuesOf.get(tokens);
  if (!cues) {
    cues = CUE_INDEX.longest(tokens);
    cuesOf.set(tokens, cues);
  }
  return cues;
}

/** "hors DJ", "champagne en sus", "sans boissons": a phrase the text excludes rather than asks for. */
export function isNegated(tokens: readonly Token[], match: { first: number; last: number }): boolean {
  return cueMatches(tokens).some((cue) => {
    if (cue.phrase.value.included) return false;
    const before = cue.phrase.value.place === "before" && endsRightBefore(tokens, cue, match.first);
    const after =
      cue.phrase.value.place === "after" &&
      cue.first > match.last &&
      distance(tokens, match.last, cue.first) <= 1;
    return before || after;
  });
}

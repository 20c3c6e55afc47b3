// Staff asked with a service: "1 serveur pour 25 convives pendant 3 heures", "2 serveurs pendant 4 h",
// "un maître d'hôtel (3h30)". Roles come from the standard's synonyms of personnel.*.

import { PRODUCT_WORDS } from "../grid/synonyms";
import { STAFF_ROLES, type StaffRole } from "../variant/model";
import { CLOCK_BEFORE, GUEST_WORDS, HOUR_WORDS } from "./cues";
import { PhraseIndex, phrasesOf, type PhraseMatch } from "./phrases";
import { phraseWords, type Token } from "./text";

interface RoleWord {
  readonly role: StaffRole;
  readonly maybe: boolean;
}

const ROLES = new PhraseIndex<RoleWord>(
  STAFF_ROLES.flatMap((role) => {
    const words = PRODUCT_WORDS[`personnel.${role}`] ?? {};
    return [
      ...phrasesOf(words.names ?? [], { role, maybe: false }),
      ...phrasesOf(words.maybe ?? [], { role, maybe: true }),
    ];
  }),
);

const GUESTS = new Set(GUEST_WORDS.flatMap(phraseWords));
const HOURS = new Set(HOUR_WORDS.flatMap(phraseWords));
const CLOCK = new Set(CLOCK_BEFORE.flatMap(phraseWords));

export interface StaffDetails {
  readonly role: StaffRole;
  /** The role was read from a plausible word ("chef de rang"), to confirm. */
  readonly roleMaybe: boolean;
  readonly count?: number;
  readonly perGuests?: number;
  readonly hours?: number;
  /** Two roles, two durations, or a ratio that does not divide: the line is asked. */
  readonly unclear: boolean;
  /** The role phrases, for reasons. */
  readonly matches: readonly PhraseMatch<RoleWord>[];
}

/** The role phrases of a text (used by the product reader to tell a staff line from a service with staff). */
export function roleMatches(tokens: readonly Token[]): PhraseMatch<RoleWord>[] {
  return ROLES.longest(tokens);
}

function nextContent(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i].clause !== tokens[from].clause) return -1;
    if (tokens[i].kind === "mark" || tokens[i].stop || tokens[i].text === "tranche") continue;
    return i;
  }
  return -1;
}

/** "pour 25 convives" after a role: the ratio's guests. Marks the tokens it reads. */
function ratioAfter(tokens: readonly Token[], last: number, used: Set<number>): number | undefined {
  const at = nextContent(tokens, last);
  const token = tokens[at];
  if (at < 0 || token.kind !== "number") return undefined;
  const after = nextContent(tokens, at);
  if (after >= 0 && HOURS.has(tokens[after].text)) return undefined;
  used.add(at);
  if (after >= 0 && GUESTS.has(tokens[after].text)) used.add(after);
  return token.value;
}

/** "3 h", "3 heures", "3h30", "3 h 45": hours with at most 2 decimals; a clock time ("après 19 h") is skipped. */
function hoursAt(tokens: readonly Token[], index: number): number | null | undefined {
  const token = tokens[index];
  const unit = tokens[index + 1];
  if (token.kind !== "number" || !unit || !HOURS.has(unit.text)) return undefined;
  const before = tokens
    .slice(0, index)
    .reverse()
    .find((other) => other.kind !== "mark");
  if (before && CLOCK.has(before.text)) return undefined;
  const minutes = tokens[index + 2]?.kind === "number" ? (tokens[index + 2].value ?? 0) : 0;
  const quarters = minutes / 15;
  if (!Number.isInteger(quarters) || quarters > 3) return null;
  return (token.value ?? 0) + minutes / 60;
}

function hoursIn(
  tokens: readonly Token[],
  clause: number,
  used: Set<number>,
): { values: number[]; bad: boolean } {
  const values = new Set<number>();
  let bad = false;
  tokens.forEach((token, index) => {
    if (token.clause !== clause || used.has(index)) return;
    const hours = hoursAt(tokens, index);
    if (hours === null) bad = true;
    if (typeof hours === "number") {
      values.add(hours);
      used.add(index);
    }
  });
  return { values: [...values], bad };
}

/** The staff a text asks for, or undefined when it names no role. `used` collects the tokens read. */
export function readStaffDetails(tokens: readonly Token[], used: Set<number>): StaffDetails | undefined {
  const matches = roleMatches(tokens);
  if (matches.length === 0) return undefined;
  const roles = new Set(matches.map((match) => match.phrase.value.role));
  const first = matches[0];
  const before = tokens[first.first - 1];
  const count = before?.kind === "number" ? before.value : undefined;
  if (count !== undefined) used.add(first.first - 1);
  const per = ratioAfter(tokens, first.last, used);
  const hours = hoursIn(tokens, tokens[first.first].clause, used);
  const ratio = per !== undefined && count !== undefined && count > 1 ? per / count : per;
  const unclear =
    roles.size > 1 ||
    hours.values.length > 1 ||
    hours.bad ||
    (ratio !== undefined && !Number.isInteger(ratio));
  return {
    role: first.phrase.value.role,
    roleMaybe: matches.some((match) => match.phrase.value.maybe),
    ...(per === undefined && count !== undefined ? { count } : {}),
    ...(ratio !== undefined && Number.isInteger(ratio) ? { perGuests: ratio } : {}),
    ...(hours.values.length === 1 ? { hours: hours.values[0] } : {}),
    unclear,
    matches,
  };
}

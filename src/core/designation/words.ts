// The standard's synonyms compiled once into phrase indexes: product names, family names, family qualifiers and
// what lies outside the standard.

import { OUTSIDE_WORDS } from "../grid/outside";
import { FAMILIES, PRODUCT_WORDS, SYNONYM_IDS, type FamilyId } from "../grid/synonyms";
import { PhraseIndex, phrasesOf } from "./phrases";

/** What a phrase of a designation names. */
export type Named =
  | {
      readonly kind: "product";
      readonly id: string;
      readonly maybe: boolean;
      /** A plausible name that is sure on top of a dish ("+ café"). */
      readonly sureAsExtra?: boolean;
    }
  | { readonly kind: "family"; readonly family: FamilyId; readonly maybe: boolean }
  | { readonly kind: "outside"; readonly group: "services" | "food" };

const FAMILY_IDS = Object.keys(FAMILIES) as FamilyId[];

export const NAMES = new PhraseIndex<Named>([
  ...SYNONYM_IDS.flatMap((id) => [
    ...phrasesOf(PRODUCT_WORDS[id].names ?? [], { kind: "product", id, maybe: false } as Named),
    ...(PRODUCT_WORDS[id].maybe ?? []).flatMap((phrase) =>
      phrasesOf([phrase], {
        kind: "product",
        id,
        maybe: true,
        sureAsExtra: (PRODUCT_WORDS[id].asExtra ?? []).includes(phrase),
      } as Named),
    ),
  ]),
  ...FAMILY_IDS.flatMap((family) => [
    ...phrasesOf(FAMILIES[family].names, { kind: "family", family, maybe: false } as Named),
    ...phrasesOf(FAMILIES[family].maybe ?? [], { kind: "family", family, maybe: true } as Named),
  ]),
  ...phrasesOf(OUTSIDE_WORDS.services, { kind: "outside", group: "services" } as Named),
  ...phrasesOf(OUTSIDE_WORDS.food, { kind: "outside", group: "food" } as Named),
]);

export interface Qualified {
  readonly id: string;
  readonly maybe: boolean;
}

/** Per family, the words that say which member it is ("végétarien" → plateau.vegetarien). */
export const QUALIFIERS: Readonly<Record<FamilyId, PhraseIndex<Qualified>>> = Object.fromEntries(
  FAMILY_IDS.map((family) => [
    family,
    new PhraseIndex<Qualified>(
      SYNONYM_IDS.filter((id) => PRODUCT_WORDS[id].family === family).flatMap((id) => [
        ...phrasesOf(PRODUCT_WORDS[id].qualifiers ?? [], { id, maybe: false }),
        ...phrasesOf(PRODUCT_WORDS[id].maybeQualifiers ?? [], { id, maybe: true }),
      ]),
    ),
  ]),
) as Record<FamilyId, PhraseIndex<Qualified>>;

/** Every word the tables know, for the spelling corrector. */
export function tableWords(): string[] {
  const phrases = [
    ...SYNONYM_IDS.flatMap((id) => {
      const words = PRODUCT_WORDS[id];
      return [
        ...(words.names ?? []),
        ...(words.maybe ?? []),
        ...(words.qualifiers ?? []),
        ...(words.maybeQualifiers ?? []),
      ];
    }),
    ...FAMILY_IDS.flatMap((family) => [...FAMILIES[family].names, ...(FAMILIES[family].maybe ?? [])]),
    ...OUTSIDE_WORDS.services,
    ...OUTSIDE_WORDS.food,
  ];
  return phrases;
}

/** The products of each family, in the catalogue's order. */
export const FAMILY_MEMBERS = Object.fromEntries(
  FAMILY_IDS.map((family) => [family, SYNONYM_IDS.filter((id) => PRODUCT_WORDS[id].family === family)]),
) as unknown as Readonly<Record<FamilyId, readonly string[]>>;

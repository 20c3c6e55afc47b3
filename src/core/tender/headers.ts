// Header aliases: how buyers title the columns of a price schedule. A data table read in order, first match wins
// ("Montant HT" is an amount before it is anything HT; "Taux de TVA" is VAT, not a price).

import { hasLetter, repairText, tokenize } from "../designation";

export type ColumnRole =
  "ref" | "amount" | "price_ttc" | "price_ht" | "vat" | "price" | "quantity" | "unit" | "designation";

export interface HeaderAlias {
  readonly role: ColumnRole;
  /** Words that must all appear in the header, as written by buyers. */
  readonly words: string;
  /** The header must be these words and nothing else ("N°", "U"). */
  readonly exact?: boolean;
}

export const HEADER_ALIASES: readonly HeaderAlias[] = [
  ...[
    "N°",
    "No",
    "Num",
    "Numéro",
    "Réf",
    "Référence",
    "Code",
    "Poste",
    "Item",
    "Art",
    "N° de prix",
    "N° prix",
  ].map((words): HeaderAlias => ({ role: "ref", words, exact: true })),
  { role: "ref", words: "numéro prix" },
  { role: "ref", words: "référence" },
  { role: "ref", words: "n° poste" },
  { role: "amount", words: "montant" },
  { role: "amount", words: "total" },
  { role: "amount", words: "prix total" },
  { role: "amount", words: "coût total" },
  { role: "price_ttc", words: "prix TTC" },
  { role: "price_ttc", words: "P.U. TTC" },
  { role: "price_ttc", words: "P U TTC" },
  { role: "price_ttc", words: "tarif TTC" },
  { role: "price_ttc", words: "prix toutes taxes comprises" },
  { role: "price_ttc", words: "TTC", exact: true },
  { role: "price_ht", words: "prix HT" },
  { role: "price_ht", words: "P.U. HT" },
  { role: "price_ht", words: "P U HT" },
  { role: "price_ht", words: "tarif HT" },
  { role: "price_ht", words: "prix hors taxes" },
  { role: "price_ht", words: "HT", exact: true },
  { role: "vat", words: "TVA" },
  { role: "vat", words: "taux" },
  { role: "price", words: "prix" },
  { role: "price", words: "P.U." },
  { role: "price", words: "P U" },
  { role: "price", words: "tarif" },
  { role: "price", words: "coût unitaire" },
  { role: "quantity", words: "quantité" },
  { role: "quantity", words: "qté" },
  { role: "quantity", words: "qt" },
  { role: "quantity", words: "nombre" },
  { role: "quantity", words: "nb" },
  { role: "quantity", words: "volume" },
  ...["Unité", "U", "U.", "Unit", "Ud", "UM"].map((words): HeaderAlias => ({
    role: "unit",
    words,
    exact: true,
  })),
  { role: "unit", words: "unité" },
  { role: "designation", words: "désignation" },
  { role: "designation", words: "libellé" },
  { role: "designation", words: "description" },
  { role: "designation", words: "intitulé" },
  { role: "designation", words: "prestation" },
  { role: "designation", words: "nature" },
  { role: "designation", words: "produit" },
  { role: "designation", words: "objet" },
  { role: "designation", words: "article" },
  { role: "designation", words: "dénomination" },
];

/**
 * A header's words: folded, plurals and small words dropped, and letters written with dots joined ("P.U. H.T." →
 * "pu", "ht"), so "Prix unitaire\nHT (€)" and "PRIX UNITAIRES H.T." read alike.
 */
export function headerWords(text: string): string[] {
  const repaired = repairText(text);
  const tokens = tokenize(repaired);
  const words: string[] = [];
  let joinable = false;
  tokens.forEach((token, index) => {
    if (token.kind === "mark") {
      joinable = joinable && token.text === "." && tokens[index + 1]?.start === token.end;
      return;
    }
    const single = token.kind === "word" && token.text.length === 1;
    if (single && joinable && words.length > 0) words[words.length - 1] += token.text;
    else if (!token.stop) words.push(token.text);
    joinable = single;
  });
  return words;
}

const COMPILED = HEADER_ALIASES.map((alias) => {
  const list = headerWords(alias.words);
  return { ...alias, list, joined: list.join(" ") };
});

const roles = new Map<string, ColumnRole | undefined>();

/** The role a header text gives its column, or undefined. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  if (roles.has(text)) return roles.get(text);
  const role = findRole(text);
  if (roles.size < 10_000) roles.set(text, role);
  return role;
}

function findRole(text: string): ColumnRole | undefined {
  // Every alias is made of words: a cell without a letter (a reference, an amount) names no column.
  if (!hasLetter(text)) return undefined;
  const words = headerWords(text);
  if (words.length === 0) return undefined;
  // Every cell of every line is asked whether it repeats the header: its words are joined and set once.
  const joined = words.join(" ");
  const set = new Set(words);
  for (const alias of COMPILED) {
    const matches = alias.exact ? alias.joined === joined : alias.list.every((word) => set.has(word));
    if (matches) return alias.role;
  }
  return undefined;
}

// Typos ("coktail", "vegetarian", "livraision") are corrected to the one known word they are closest to; a word
// the tables know, or one that is close to two known words, is left alone.

import {
  BASIS_BEFORE,
  BASIS_WORDS,
  CLOCK_BEFORE,
  CUES,
  DELIVERED,
  GUEST_WORDS,
  NOT_BASIS_BEFORE,
  PIECE_WORDS,
  QUANTITY_WORDS,
  SITE_WORDS,
  SUBJECTS,
} from "./cues";
import { NUMBER_WORDS } from "./numbers";
import { phraseWords, type Token } from "./text";
import { tableWords } from "./words";

/**
 * Common words of catering designations that are not in the tables: known, so never "corrected" into a product
 * ("salées" is not "salle", "sauce" is not "pause").
 */
const COMMON_WORDS = [
  "salé sucré salées sucrées entrée plat plats fromage dessert pain viande poisson légume salade fruit fruits",
  "jus eau soda biscuit viennoiserie mini chaud chaude froide sauce garniture assortiment choix saison chef",
  "verrine canapé mignardise couvert serviette table personne convive participant heure minute jour semaine",
  "matin midi soir prix unitaire montant total compris comprise inclus incluse supplément option forfait",
  "service personnel livraison location matériel montage démontage installation mise place rangement",
  "rouge blanc rosé brut bouteille verre tasse gobelet carafe bio local maison frais fraîche halal casher",
  "gluten lactose allergène menu formule prestation accueil réception réunion séminaire conférence",
  "colloque cérémonie inauguration vœux repas déjeuner dîner petit goûter cocktail buffet plateau pause",
  "boisson café thé infusion chocolat lait sucre orange pomme citron tarte gâteau cake quiche tartine",
  "sandwich wrap bagel brochette verrines crudités charcuterie volaille bœuf porc agneau saumon",
  "végétarienne végétal vegan poulet riz pâtes gratin purée soupe potage velouté dessert desserts",
  "candidat titulaire acheteur commande quantité estimative estimée unité désignation référence",
  "salle salon site sur place jusqu après avant entre environ groupe lot marché rubrique section",
  "classique standard prestige premium supérieur qualité gamme jour divers autre autres dossier devis",
].flatMap((line) => line.split(" "));

function vocabulary(): ReadonlySet<string> {
  const phrases = [
    ...tableWords(),
    ...Object.values(SUBJECTS).flat(),
    ...CUES.flatMap((cue) => cue.words),
    ...DELIVERED,
    ...GUEST_WORDS,
    ...NOT_BASIS_BEFORE,
    ...BASIS_BEFORE,
    ...CLOCK_BEFORE,
    ...BASIS_WORDS.HT,
    ...BASIS_WORDS.TTC,
    ...PIECE_WORDS,
    ...QUANTITY_WORDS,
    ...SITE_WORDS,
    ...COMMON_WORDS,
  ];
  return new Set([...phrases.flatMap(phraseWords), ...NUMBER_WORDS]);
}

const KNOWN = vocabulary();
const KNOWN_LIST = [...KNOWN];
const corrections = new Map<string, string | null>();

/** Damerau-Levenshtein distance (adjacent swaps count one); anything beyond `limit` is reported as limit + 1. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length], limit + 1);
}

/** Words of 5 letters or more may have one typo; of 10 or more, two. */
function allowedTypos(word: string): number {
  return word.length >= 10 ? 2 : word.length >= 5 ? 1 : 0;
}

/** The known word a typo stands for, or null when there is none or more than one. */
export function correction(word: string): string | null {
  if (KNOWN.has(word)) return word;
  const cached = corrections.get(word);
  if (cached !== undefined) return cached;
  const limit = allowedTypos(word);
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const known of KNOWN_LIST) {
    if (known.length < 4 || Math.abs(known.length - word.length) > limit) continue;
    // A short word keeps its first letter: "bufet" is "buffet", "sauce" is never "pause".
    if (word.length < 7 && known[0] !== word[0]) continue;
    const d = editDistance(word, known, limit);
    if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
    else if (d === bestDistance && known !== best) tie = true;
  }
  const result = best !== null && !tie ? best : null;
  corrections.set(word, result);
  return result;
}

/** The tokens with each misspelt word replaced by the known word it stands for. */
export function correctSpelling(tokens: readonly Token[]): Token[] {
  return tokens.map((token) => {
    if (token.kind !== "word" || token.stop || KNOWN.has(token.text)) return token;
    const fixed = correction(token.text);
    return fixed && fixed !== token.text ? { ...token, text: fixed } : token;
  });
}

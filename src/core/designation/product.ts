// Which product of the standard a designation names, with its extras and (for a cocktail) its pieces. The main
// text decides; brackets and what follows ":" or "dont" describe it and are only checked for surprises.

import { FAMILIES, type FamilyId } from "../grid/synonyms";
import { COMMON_EXTRAS, isStandalone } from "../variant/product";
import { PIECE_WORDS } from "./cues";
import { isNegated } from "./facts";
import type { PhraseMatch } from "./phrases";
import { reason, type Reason } from "./reasons";
import { phraseWords, type Token } from "./text";
import { FAMILY_MEMBERS, NAMES, QUALIFIERS, type Named } from "./words";
import { readZones } from "./zones";

type Kind = "food" | "extra" | "standalone";

interface Candidate {
  readonly match: PhraseMatch<Named>;
  /** The product read, when the text says which. */
  readonly id?: string;
  /** What it could be: the product itself, or the members the text hesitates between. */
  readonly readings: readonly string[];
  readonly maybe: boolean;
  readonly problem?: "vague" | "ambiguous" | "detailOnly";
  readonly kind: Kind;
}

export interface ProductRead {
  /** The product read, or suggested when `doubts` is not empty; null when none or outside the standard. */
  readonly product: string | null;
  /** The words that named it, as written. */
  readonly matched: string;
  readonly extras: readonly string[];
  readonly pieces?: number;
  readonly doubts: readonly Reason[];
  /** Set when the line names something the standard does not price. */
  readonly outside?: string;
}

const FAMILY_KIND: Readonly<Record<FamilyId, Kind>> = {
  plateau: "food",
  buffet: "food",
  repas: "food",
  boissons: "extra",
  livraison: "standalone",
  majoration: "standalone",
};

const PIECES = new Set(PIECE_WORDS.flatMap(phraseWords));

function kindOf(id: string): Kind {
  if (COMMON_EXTRAS.includes(id)) return "extra";
  return isStandalone({ product: id }) ? "standalone" : "food";
}

export function quote(
  text: string,
  tokens: readonly Token[],
  match: { first: number; last: number },
): string {
  return text.slice(tokens[match.first].start, tokens[match.last].end);
}

function isBoundary(match: PhraseMatch<Named>): boolean {
  const named = match.phrase.value;
  if (named.kind === "family") return FAMILY_KIND[named.family] !== "standalone";
  return named.kind === "product" && kindOf(named.id) !== "standalone";
}

type Resolution = Omit<Candidate, "match" | "kind">;

function settle(ids: readonly string[], maybe: boolean, family: FamilyId, fromDetails: boolean): Resolution {
  if (ids.length === 1) {
    const detailOnly = fromDetails && FAMILY_KIND[family] === "food";
    return { id: ids[0], readings: ids, maybe, ...(detailOnly ? { problem: "detailOnly" as const } : {}) };
  }
  if (ids.length > 1) return { readings: ids, maybe, problem: "ambiguous" };
  const usual = FAMILIES[family].usual;
  return { readings: usual ? [usual] : FAMILY_MEMBERS[family], maybe, problem: "vague" };
}

/** The member a family name is qualified as: in its own span first ("plateau-repas végétarien"), else in details. */
function resolveFamily(
  tokens: readonly Token[],
  match: PhraseMatch<Named>,
  family: FamilyId,
  end: number,
): Resolution {
  if (family === "livraison")
    return settle(
      readZones(tokens).map((zone) => `livraison.${zone}`),
      false,
      family,
      false,
    );
  const qualifiers = QUALIFIERS[family].longest(tokens);
  const own = qualifiers.filter((q) => q.first > match.last && q.first < end && !tokens[q.first].detail);
  const found = own.length > 0 ? own : qualifiers.filter((q) => tokens[q.first].detail);
  const ids = [...new Set(found.map((q) => q.phrase.value.id))];
  const maybe = match.phrase.value.kind === "family" && match.phrase.value.maybe;
  return settle(ids, maybe || found.some((q) => q.phrase.value.maybe), family, own.length === 0);
}

function candidates(tokens: readonly Token[], matches: readonly PhraseMatch<Named>[]): Candidate[] {
  return matches.flatMap((match, index): Candidate[] => {
    const named = match.phrase.value;
    if (named.kind === "product")
      return [{ match, id: named.id, readings: [named.id], maybe: named.maybe, kind: kindOf(named.id) }];
    if (named.kind !== "family") return [];
    const next = matches.slice(index + 1).find(isBoundary);
    const end = next ? next.first : tokens.length;
    return [{ match, ...resolveFamily(tokens, match, named.family, end), kind: FAMILY_KIND[named.family] }];
  });
}

/** The product asked: the first named, unless it is a drink and a dish follows ("forfait boissons + buffet"). */
function primaryOf(found: readonly Candidate[]): Candidate {
  const first = found[0];
  if (first.kind !== "extra") return first;
  return found.find((candidate) => candidate.kind === "food") ?? first;
}

function doubtOf(candidate: Candidate, matched: string): Reason | null {
  const code = candidate.problem ?? (candidate.maybe ? "maybe" : null);
  return code ? reason(code, { matched }, candidate.readings) : null;
}

/** "8 pièces", "huit canapés": the counts before a piece word; "de 8 à 10 pièces" gives both bounds. */
function pieceCounts(tokens: readonly Token[], detail: boolean): number[] {
  const values: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "number" || token.detail !== detail || token.value === undefined) return;
    const next = tokens.slice(index + 1).find((other) => other.kind !== "mark");
    if (!next || !PIECES.has(next.text)) return;
    const joiner = tokens[index - 1];
    const start = tokens[index - 2];
    if (joiner && ["a", "-", "/", "ou", "et"].includes(joiner.text) && start?.kind === "number")
      values.push(start.value ?? 0);
    values.push(token.value);
  });
  return values;
}

function readPieces(tokens: readonly Token[]): { pieces?: number; doubt?: Reason } {
  const main = pieceCounts(tokens, false);
  const counts = main.length > 0 ? main : pieceCounts(tokens, true);
  const distinct = [...new Set(counts)];
  if (distinct.length === 0) return { doubt: reason("piecesMissing") };
  if (distinct.length === 1) return { pieces: distinct[0] };
  return { pieces: distinct[0], doubt: reason("piecesAmbiguous", { values: distinct.join(", ") }) };
}

interface Companions {
  readonly extras: string[];
  readonly doubts: Reason[];
}

/** What the other products of the main text do to a dish or a drink: extras, or a reason to ask. */
function companions(
  text: string,
  tokens: readonly Token[],
  primary: Candidate,
  others: readonly Candidate[],
): Companions {
  const extras: string[] = [];
  const doubts: Reason[] = [];
  for (const other of others) {
    const matched = quote(text, tokens, other.match);
    if (other.kind === "standalone") {
      if (other.id?.startsWith("materiel."))
        doubts.push(reason("extraNotPerPerson", { matched }, [other.id]));
      continue;
    }
    if (other.kind === "food") {
      if (other.id !== primary.id || !other.id)
        doubts.push(reason("ambiguous", { matched }, [...primary.readings, ...other.readings]));
      continue;
    }
    if (isNegated(tokens, other.match) || other.id === primary.id) continue;
    if (!other.id) doubts.push(reason("extraVague", { matched }, other.readings));
    else {
      if (!extras.includes(other.id)) extras.push(other.id);
      const named = other.match.phrase.value;
      const sure = named.kind === "product" && named.sureAsExtra === true;
      if (other.maybe && !sure) doubts.push(reason("extraMaybe", { matched }, [other.id]));
    }
  }
  return { extras, doubts };
}

/** Drinks or services named only in a dish's description: included or not? The caterer says. */
function detailDoubts(
  text: string,
  tokens: readonly Token[],
  details: readonly PhraseMatch<Named>[],
): Reason[] {
  const doubts: Reason[] = [];
  for (const match of details) {
    const named = match.phrase.value;
    const matched = quote(text, tokens, match);
    const drink =
      (named.kind === "product" && kindOf(named.id) === "extra" && named.id.startsWith("boissons.")) ||
      (named.kind === "family" && named.family === "boissons");
    if (drink) doubts.push(reason("drinkInDetails", { matched }));
    if (named.kind === "outside" && named.group === "services" && !isNegated(tokens, match))
      doubts.push(reason("outsideInDetails", { matched }));
  }
  return doubts;
}

const NOTHING: ProductRead = { product: null, matched: "", extras: [], doubts: [] };

/** The product a designation names, its extras and pieces, and every doubt a careful reader would raise. */
export function readProduct(text: string, tokens: readonly Token[]): ProductRead {
  const all = NAMES.longest(tokens);
  const hasMain = tokens.some((token) => token.kind !== "mark" && !token.detail);
  const main = all.filter((match) => !hasMain || !tokens[match.first].detail);
  const outside = main.find((match) => match.phrase.value.kind === "outside" && !isNegated(tokens, match));
  if (outside) return { ...NOTHING, outside: quote(text, tokens, outside) };
  const found = candidates(tokens, main);
  if (found.length === 0) return NOTHING;
  const primary = primaryOf(found);
  const matched = quote(text, tokens, primary.match);
  const doubts: Reason[] = [];
  const own = doubtOf(primary, matched);
  if (own) doubts.push(own);
  const others = found.filter((candidate) => candidate !== primary);
  const company =
    primary.kind === "standalone" ? { extras: [], doubts: [] } : companions(text, tokens, primary, others);
  doubts.push(...company.doubts);
  if (primary.kind === "food" && !primary.id?.startsWith("pause."))
    doubts.push(
      ...detailDoubts(
        text,
        tokens,
        all.filter((match) => hasMain && tokens[match.first].detail),
      ),
    );
  const product = primary.id ?? primary.readings[0] ?? null;
  const cocktail = product === "cocktail" ? readPieces(tokens) : {};
  if ("doubt" in cocktail && cocktail.doubt) doubts.push(cocktail.doubt);
  return {
    product,
    matched,
    extras: company.extras,
    ...("pieces" in cocktail && cocktail.pieces !== undefined ? { pieces: cocktail.pieces } : {}),
    doubts,
  };
}

// The words that state a condition: what is included or billed apart, for how many guests, HT or TTC. Data only;
// facts.ts reads them. Product names (roles, zones, evening and weekend words) come from src/core/grid/synonyms.ts.

import { FAMILIES, PRODUCT_WORDS } from "../grid/synonyms";

/** What a condition can be about. */
export type Subject = "delivery" | "staff" | "pickup";

export const SUBJECTS: Readonly<Record<Subject, readonly string[]>> = {
  delivery: [...FAMILIES.livraison.names, ...(FAMILIES.livraison.maybe ?? [])],
  staff: [
    "service",
    "personnel",
    "personnel de service",
    "main d'œuvre",
    ...(["maitre_hotel", "serveur", "cuisinier"] as const).flatMap(
      (role) => PRODUCT_WORDS[`personnel.${role}`].names ?? [],
    ),
  ],
  pickup: [...(PRODUCT_WORDS["livraison.reprise"].names ?? []), "reprise"],
};

/** Where a cue stands relative to its subject: "livraison comprise" (after), "hors livraison" (before). */
export type CuePlace = "before" | "after";

export interface Cue {
  readonly included: boolean;
  readonly place: CuePlace;
  readonly words: readonly string[];
}

export const CUES: readonly Cue[] = [
  {
    included: true,
    place: "after",
    words: ["compris", "comprise", "inclus", "incluse", "offert", "offerte", "intégré", "intégrée", "assuré"],
  },
  {
    included: true,
    place: "before",
    words: ["y compris", "avec", "comprenant", "incluant", "comprennent", "incluent", "inclut"],
  },
  {
    included: false,
    place: "after",
    words: [
      "non compris",
      "non comprise",
      "non inclus",
      "non incluse",
      "en sus",
      "en supplément",
      "exclu",
      "exclue",
      "à part",
      "en option",
      "facturé séparément",
      "facturée séparément",
      "facturés séparément",
      "facturées séparément",
      "facturé à part",
      "facturée à part",
      "facturé en sus",
      "facturée en sus",
      "à la charge de l'acheteur",
    ],
  },
  {
    included: false,
    place: "before",
    words: ["hors", "sans", "non compris", "à l'exclusion de", "en dehors de"],
  },
];

/** Words that say the food is delivered, with no subject ("plateaux livrés sur site"). */
export const DELIVERED = ["livré", "livrée", "livrés", "livrées", "rendu sur site", "livré sur site"];

/** How far (in words) a cue may stand from its subject: "livraison et service non compris". */
export const CUE_REACH = 4;

/** Persons an event is spread over ("base 50 convives", "15 plateaux"). */
export const GUEST_WORDS = ["convive", "personne", "participant", "invité", "couvert", "plateau", "pax"];

/** A number after these is a minimum or a range bound, never the basis. */
export const NOT_BASIS_BEFORE = [
  "minimum",
  "mini",
  "min",
  "au moins",
  "à partir de",
  "au-delà de",
  "jusqu'à",
  "maximum",
  "max",
  "moins de",
  "plus de",
  "tranche de",
];

/** A number after these is the basis even without a guest word ("base 60", "sur la base de 40"). */
export const BASIS_BEFORE = ["base", "sur la base de"];

/** Hours follow these in staff details ("pendant 3 heures"); a clock time ("après 19 h") never does. */
export const HOUR_WORDS = ["h", "heure"];
export const CLOCK_BEFORE = ["après", "avant", "vers", "dès", "à partir de", "jusqu'à", "entre"];

export const BASIS_WORDS: Readonly<Record<"HT" | "TTC", readonly string[]>> = {
  HT: ["HT", "H.T.", "hors taxe", "hors taxes"],
  TTC: ["TTC", "T.T.C.", "toutes taxes comprises"],
};

/** Words after a 2-digit number that make it a quantity, not a department ("92 convives", "20 pièces"). */
export const QUANTITY_WORDS = [
  ...GUEST_WORDS,
  "pièce",
  "bouchée",
  "canapé",
  "h",
  "heure",
  "minute",
  "cl",
  "cm",
  "m",
  "km",
  "kg",
  "g",
  "l",
  "euro",
  "€",
  "%",
  "jour",
  "serveur",
];

/** Words before a 2-digit number that make it a department ("livraison dans le 92", "(92)"). */
export const DEPARTMENT_BEFORE = [
  "département",
  "dépt",
  "dpt",
  "livraison",
  "zone",
  "dans",
  "le",
  "en",
  "et",
  "ou",
];

/** Pieces of a cocktail: "8 pièces", "huit canapés", "10 bouchées". */
export const PIECE_WORDS = ["pièce", "bouchée", "canapé", "amuse-bouche", "mignardise"];

/** A heading naming a place: its scope runs over the sections under it ("SITE 2 – Nanterre (92)"). */
export const SITE_WORDS = ["site", "lieu", "adresse", "bâtiment", "établissement", "antenne", "campus"];

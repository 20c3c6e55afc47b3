/**
 * How French buyers name the standard's products in their price schedules, keyed by catalogue id ("cocktail" for
 * the cocktail formulas, whose variant product is "cocktail" + pieces). One source for the designation reader
 * (src/core/designation), the docs (docs/standard.md, generated) and any face that explains a reading.
 *
 * Phrases are written as buyers write them, accents and all; the reader folds case, accents, plurals and small
 * words ("de", "du", "à"…) on both sides, so "Coupe de champagne" also reads "COUPES CHAMPAGNE".
 * - `names`: a phrase that names the product on its own;
 * - `family` + `qualifiers`: the family's name plus one of these words anywhere in the designation's main text
 *   ("plateau-repas" + "végétarien"); a family name with no qualifier, or with two, is asked, never guessed;
 * - `maybe`, `maybeQualifiers`: a plausible reading the caterer confirms ("petit-déjeuner" for the café d'accueil);
 * - `asExtra`: plausible names that are sure when they come on top of a dish ("buffet + café": hot drinks).
 */

export type FamilyId = "plateau" | "buffet" | "boissons" | "repas" | "livraison" | "majoration";

export interface ProductWords {
  readonly names?: readonly string[];
  readonly family?: FamilyId;
  readonly qualifiers?: readonly string[];
  readonly maybe?: readonly string[];
  readonly maybeQualifiers?: readonly string[];
  readonly asExtra?: readonly string[];
}

export interface FamilyWords {
  readonly names: readonly string[];
  readonly maybe?: readonly string[];
  /** The member suggested when the designation names the family only ("plateau-repas" → classique). */
  readonly usual?: string;
}

export const FAMILIES: Readonly<Record<FamilyId, FamilyWords>> = {
  plateau: {
    names: ["plateau-repas", "plateau déjeuner", "coffret repas", "coffret déjeuner", "plateau repas froid"],
    maybe: ["plateau", "panier repas", "coffret", "box repas", "lunch box"],
    usual: "plateau.classique",
  },
  buffet: { names: ["buffet"] },
  boissons: { names: ["boissons", "forfait boissons"], maybe: ["rafraîchissements"] },
  repas: {
    names: ["repas", "déjeuner", "dîner", "menu"],
    maybe: ["pause déjeuner", "déjeuner de travail"],
    usual: "repas.assis",
  },
  livraison: {
    names: ["livraison", "frais de livraison", "forfait livraison", "frais de port", "frais de transport"],
    maybe: ["transport", "déplacement", "acheminement"],
  },
  majoration: { names: ["majoration", "surcoût", "surcharge"], maybe: ["supplément"] },
};

const EVENING = [
  "soir",
  "soirée",
  "nuit",
  "nocturne",
  "après 19 h",
  "après 20 h",
  "après 21 h",
  "après 22 h",
];
const WEEKEND = ["samedi", "dimanche", "jour férié", "férié", "week-end", "weekend", "fin de semaine"];

export const PRODUCT_WORDS: Readonly<Record<string, ProductWords>> = {
  cocktail: {
    names: [
      "cocktail",
      "cocktail déjeunatoire",
      "cocktail dînatoire",
      "cocktail apéritif",
      "apéritif dînatoire",
      "apéritif déjeunatoire",
      "buffet cocktail",
      "formule cocktail",
      "cocktail de réception",
    ],
    maybe: ["apéritif", "vin d'honneur", "lunch", "buffet dînatoire", "buffet déjeunatoire"],
  },
  "cocktail.piece_supplementaire": {
    names: [
      "pièce supplémentaire",
      "pièce cocktail supplémentaire",
      "pièce de cocktail supplémentaire",
      "pièce en supplément",
      "pièce cocktail en supplément",
      "pièce additionnelle",
      "pièce complémentaire",
      "pièce salée supplémentaire",
      "pièce sucrée supplémentaire",
      "supplément par pièce",
      "supplément pièce",
      "canapé supplémentaire",
      "bouchée supplémentaire",
    ],
  },
  "boissons.sans_alcool": {
    names: [
      "softs",
      "soft drinks",
      "jus de fruits et eaux",
      "eaux et jus de fruits",
      "jus de fruits et eaux minérales",
      "jus de fruits, eaux et sodas",
    ],
    family: "boissons",
    qualifiers: ["sans alcool", "non alcoolisées", "softs", "soft"],
    maybe: [
      "jus de fruits",
      "eaux minérales",
      "eau minérale",
      "eau",
      "eau plate",
      "eau gazeuse",
      "sodas",
      "boissons fraîches",
    ],
    asExtra: ["jus de fruits", "sodas"],
  },
  "boissons.chaudes": {
    names: ["café et thé", "café thé", "thé et café", "café thé infusions", "forfait café"],
    family: "boissons",
    qualifiers: ["chaudes"],
    maybe: ["café", "thé", "infusions", "café seul"],
    asExtra: ["café", "thé", "infusions"],
  },
  "boissons.vin": {
    names: ["forfait vin", "vin", "vin rouge", "vin blanc", "vin rosé", "verre de vin"],
    maybe: ["boissons alcoolisées"],
  },
  "boissons.champagne": {
    names: ["coupe de champagne", "champagne", "flûte de champagne", "verre de champagne"],
    maybe: ["crémant", "vin pétillant", "pétillant", "mousseux", "prosecco"],
  },
  "plateau.classique": {
    family: "plateau",
    qualifiers: ["classique", "standard", "traditionnel", "tradition"],
  },
  "plateau.prestige": {
    family: "plateau",
    qualifiers: ["prestige", "premium", "haut de gamme", "gastronomique", "VIP", "luxe"],
    maybeQualifiers: ["supérieur", "amélioré", "affaires"],
  },
  "plateau.vegetarien": {
    family: "plateau",
    qualifiers: ["végétarien", "végétarienne", "veggie", "végé", "sans viande", "vegetarian"],
    maybeQualifiers: ["vegan", "végan", "végétalien", "végétal"],
  },
  "buffet.froid": { family: "buffet", qualifiers: ["froid"], maybeQualifiers: ["campagnard"] },
  "buffet.chaud": { family: "buffet", qualifiers: ["chaud"] },
  "pause.accueil": {
    names: [
      "café d'accueil",
      "accueil café",
      "café accueil",
      "petit-déjeuner d'accueil",
      "pause d'accueil",
      "accueil petit-déjeuner",
      "viennoiseries d'accueil",
    ],
    maybe: [
      "petit-déjeuner",
      "petit-déjeuner continental",
      "accueil",
      "viennoiseries",
      "mini-viennoiseries",
      "croissants",
    ],
  },
  "pause.cafe": {
    names: [
      "pause-café",
      "pause gourmande",
      "pause matinale",
      "pause du matin",
      "pause de l'après-midi",
      "pause après-midi",
      "pause sucrée",
      "pause-café matin",
      "coffee break",
    ],
    maybe: ["pause", "collation", "goûter", "pause fruitée"],
  },
  "repas.assis": {
    names: ["repas assis", "déjeuner assis", "dîner assis"],
    family: "repas",
    qualifiers: ["assis", "servi à table", "servi à l'assiette", "à l'assiette", "à table"],
    maybeQualifiers: ["gala", "servi", "gastronomique"],
  },
  "livraison.paris": {
    family: "livraison",
    qualifiers: ["Paris", "intra-muros", "75"],
  },
  "livraison.petite_couronne": {
    family: "livraison",
    qualifiers: [
      "petite couronne",
      "92",
      "93",
      "94",
      "Hauts-de-Seine",
      "Seine-Saint-Denis",
      "Val-de-Marne",
      "Nanterre",
      "Bobigny",
      "Créteil",
      "Boulogne-Billancourt",
      "Montreuil",
      "Saint-Denis",
      "Vincennes",
      "Issy-les-Moulineaux",
    ],
  },
  "livraison.grande_couronne": {
    family: "livraison",
    qualifiers: [
      "grande couronne",
      "77",
      "78",
      "91",
      "95",
      "Seine-et-Marne",
      "Yvelines",
      "Essonne",
      "Val-d'Oise",
      "Melun",
      "Versailles",
      "Évry",
      "Cergy",
      "Pontoise",
    ],
  },
  "livraison.majoration_soir": { family: "majoration", qualifiers: EVENING },
  "livraison.majoration_weekend": { family: "majoration", qualifiers: WEEKEND },
  "livraison.reprise": {
    names: [
      "reprise du matériel",
      "second passage",
      "retour du matériel",
      "récupération du matériel",
      "enlèvement du matériel",
      "reprise de la vaisselle",
    ],
    maybe: ["reprise", "passage supplémentaire"],
  },
  "personnel.maitre_hotel": {
    names: ["maître d'hôtel", "maîtres d'hôtel", "heure de maître d'hôtel"],
    maybe: ["responsable de salle", "chef de salle"],
  },
  "personnel.serveur": {
    names: ["serveur", "serveuse", "serveur serveuse"],
    maybe: [
      "personnel de service",
      "personne de service",
      "agent de service",
      "chef de rang",
      "barman",
      "extra",
    ],
  },
  "personnel.cuisinier": {
    names: ["cuisinier", "cuisinière", "chef cuisinier", "chef de cuisine"],
    maybe: ["commis de cuisine", "commis", "chef"],
  },
  "materiel.mange_debout": {
    names: ["mange-debout", "manges-debout", "table haute", "table mange-debout", "table haute de cocktail"],
    maybe: ["guéridon", "table de cocktail"],
  },
  "materiel.nappage": {
    names: ["nappage", "nappe", "linge de table", "nappage tissu"],
    maybe: ["chemin de table"],
  },
  "materiel.vaisselle": {
    names: ["vaisselle", "vaisselle et verrerie", "verrerie", "art de la table", "arts de la table"],
    maybe: ["couverts", "verres", "vaisselle jetable", "vaisselle compostable"],
  },
};

/** Every product the synonyms name, in the catalogue's order ("cocktail" first). */
export const SYNONYM_IDS: readonly string[] = Object.keys(PRODUCT_WORDS);

import { STANDARD_NAME, STANDARD_VERSION } from "./catalogue";

/**
 * The reference grid of section 6 of the standard (worked examples E1–E13), in the JSON of section 3: the product's
 * built-in sample for the demo and the docs. test/unit/grid-json.test.ts checks it equals the public fixture.
 */
export const REFERENCE_GRID_JSON = {
  standard: STANDARD_NAME,
  version: STANDARD_VERSION,
  entreprise: { raison_sociale: "Traiteur Exemple", siret: "73282932000074", type_structure: "EI" },
  prix: {
    "cocktail.formule.6": 9.6,
    "cocktail.formule.8": 12.4,
    "cocktail.formule.10": 15,
    "cocktail.formule.12": 17.5,
    "cocktail.formule.15": null,
    "cocktail.formule.20": 27,
    "cocktail.piece_supplementaire": 1.25,
    "boissons.sans_alcool": 2.5,
    "boissons.chaudes": 1.8,
    "boissons.vin": 3,
    "boissons.champagne": 6.5,
    "plateau.classique": 18.5,
    "plateau.prestige": 26,
    "plateau.vegetarien": 17.9,
    "buffet.froid": 21,
    "buffet.chaud": 27.5,
    "pause.accueil": 6.2,
    "pause.cafe": 4.8,
    "repas.assis": 38,
    "livraison.paris": 45,
    "livraison.petite_couronne": 60,
    "livraison.grande_couronne": 80,
    "livraison.majoration_soir": 25,
    "livraison.majoration_weekend": 40,
    "livraison.reprise": 30,
    "livraison.franco_seuil_ht": 1500,
    "personnel.maitre_hotel": 38,
    "personnel.serveur": 32,
    "personnel.cuisinier": 35,
    "personnel.minimum_heures": 4,
    "materiel.mange_debout": 12,
    "materiel.nappage": 9,
    "materiel.vaisselle": 2.2,
  },
  tva: { repas: 10, alcool: 20, materiel: 20, emporter: 5.5 },
} as const;

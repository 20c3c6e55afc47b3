import type { MessageModule } from "../types";

// Messages shared by every face: product name, roles, generic errors.
export const common: MessageModule = {
  fr: {
    "product.name": "Grille commune traiteur",
    "product.tagline":
      "Une grille de prix standard pour les traiteurs, des prix exacts pour chaque variante d'appel d'offres.",
    "role.traiteur": "Traiteur",
    "role.traiteur.hint": "Remplir ma grille une fois, répondre à chaque appel d'offres, vérifier mon offre.",
    "role.acheteur": "Acheteur",
    "role.acheteur.hint":
      "Comparer les offres reçues sur une même base, noter le prix, repérer les anomalies.",
    "role.animateur": "Animateur",
    "role.animateur.hint": "Diffuser la grille standard et vérifier les grilles retournées.",
    "error.unexpected": "Erreur inattendue : {detail}. Relancez avec --debug pour le détail technique.",
    "error.fileNotFound": "{file} : fichier introuvable. Vérifiez le chemin.",
    "error.fileUnreadable": "{file} : lecture impossible ({detail}).",
    "error.fileUnwritable": "{file} : écriture impossible ({detail}). Vérifiez le dossier et ses droits.",
    "error.jsonInvalid": "{file} : JSON invalide ({detail}). Corrigez le fichier puis relancez.",
    "error.outputExists": "{file} existe déjà. Choisissez un autre nom ou ajoutez --force pour le remplacer.",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "severity.info": "info",
  },
  en: {
    "product.name": "Grille commune traiteur",
    "product.tagline": "One standard price grid for caterers, exact prices for every tender variant.",
    "role.traiteur": "Caterer",
    "role.traiteur.hint": "Fill my grid once, answer every tender, check my bid.",
    "role.acheteur": "Buyer",
    "role.acheteur.hint": "Compare received bids on one basis, score price, spot anomalies.",
    "role.animateur": "Facilitator",
    "role.animateur.hint": "Distribute the standard grid and check returned grids.",
    "error.unexpected": "Unexpected error: {detail}. Run again with --debug for the technical details.",
    "error.fileNotFound": "{file}: file not found. Check the path.",
    "error.fileUnreadable": "{file}: cannot be read ({detail}).",
    "error.fileUnwritable": "{file}: cannot be written ({detail}). Check the folder and its permissions.",
    "error.jsonInvalid": "{file}: invalid JSON ({detail}). Fix the file and run again.",
    "error.outputExists": "{file} already exists. Choose another name or add --force to replace it.",
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
  },
};

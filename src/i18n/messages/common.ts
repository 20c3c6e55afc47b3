import { defineMessages } from "../types";

// Messages shared by every face: product name, roles, generic errors.
export const common = defineMessages({
  fr: {
    "product.name": "Grille commune traiteur",
    "product.tagline":
      "Une grille de prix standard pour les traiteurs, des prix exacts pour chaque variante d'appel d'offres.",
    "role.traiteur": "Traiteur",
    "role.acheteur": "Acheteur",
    "role.animateur": "Animateur",
    "error.unexpected": "Erreur inattendue : {detail}. Relancez avec --debug pour le détail technique.",
    "error.fileNotFound": "{file} : fichier introuvable. Vérifiez le chemin.",
    "error.fileUnreadable":
      "{file} : lecture impossible ({detail}). Vérifiez que le fichier existe et que vous avez le droit de le lire.",
    "error.fileUnwritable": "{file} : écriture impossible ({detail}). Vérifiez le dossier et ses droits.",
    "error.jsonInvalid": "{file} : ce n'est pas du JSON valide. Corrigez le fichier puis relancez.",
    "error.jsonInvalidAt":
      "{file} : JSON invalide à la ligne {line}, colonne {column} (une virgule, un guillemet ou une accolade manque ou est en trop ?). Corrigez le fichier puis relancez.",
    "error.jsonEncoding":
      "{file} : ce fichier n'est pas encodé en UTF-8 (les lettres accentuées seraient mal lues). Enregistrez-le en UTF-8 puis relancez.",
    "error.inputIsFolder": "{file} est un dossier. Donnez le chemin d'un fichier.",
    "error.workbookNotJson":
      "{file} est un classeur (Excel ou autre), pas un fichier JSON. Donnez ici le fichier .json attendu (voir --help).",
    "error.fileTooLarge":
      "{file} : fichier de plus de {max} Mo, trop gros pour une grille ou une liste de variantes. Vérifiez que c'est le bon fichier.",
    "error.outputExists": "{file} existe déjà. Choisissez un autre nom ou ajoutez --force pour le remplacer.",
    "error.outputExtension":
      "{file} : le fichier de sortie doit se terminer par {extension} (sinon Excel refuse de l'ouvrir). Choisissez un nom en {extension}.",
    "error.outputFolderMissing":
      "{file} : le dossier « {folder} » n'existe pas. Créez-le ou choisissez un autre chemin.",
    "error.outputIsFolder":
      "{file} est un dossier. Donnez un nom de fichier, par exemple {file}/grille.xlsx.",
    "error.outputIsInput":
      "{file} est aussi le fichier d'entrée {input} : il ne sera pas remplacé, même avec --force. Choisissez un autre nom de sortie.",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "severity.info": "info",
  },
  en: {
    "product.name": "Grille commune traiteur",
    "product.tagline": "One standard price grid for caterers, exact prices for every tender variant.",
    "role.traiteur": "Caterer",
    "role.acheteur": "Buyer",
    "role.animateur": "Facilitator",
    "error.unexpected": "Unexpected error: {detail}. Run again with --debug for the technical details.",
    "error.fileNotFound": "{file}: file not found. Check the path.",
    "error.fileUnreadable":
      "{file}: cannot be read ({detail}). Check that the file exists and that you may read it.",
    "error.fileUnwritable": "{file}: cannot be written ({detail}). Check the folder and its permissions.",
    "error.jsonInvalid": "{file}: this is not valid JSON. Fix the file and run again.",
    "error.jsonInvalidAt":
      "{file}: invalid JSON at line {line}, column {column} (a comma, a quote or a brace missing or too many?). Fix the file and run again.",
    "error.jsonEncoding":
      "{file}: this file is not encoded in UTF-8 (accented letters would be misread). Save it as UTF-8 and run again.",
    "error.inputIsFolder": "{file} is a folder. Give the path of a file.",
    "error.workbookNotJson":
      "{file} is a workbook (Excel or other), not a JSON file. Give the expected .json file here (see --help).",
    "error.fileTooLarge":
      "{file}: file over {max} MB, too large for a grid or a list of variants. Check that it is the right file.",
    "error.outputExists": "{file} already exists. Choose another name or add --force to replace it.",
    "error.outputExtension":
      "{file}: the output file must end in {extension} (otherwise Excel refuses to open it). Choose a name ending in {extension}.",
    "error.outputFolderMissing":
      '{file}: the folder "{folder}" does not exist. Create it or choose another path.',
    "error.outputIsFolder": "{file} is a folder. Give a file name, for example {file}/grid.xlsx.",
    "error.outputIsInput":
      "{file} is also the input file {input}: it will not be replaced, even with --force. Choose another output name.",
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
  },
});

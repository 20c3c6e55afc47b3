import { defineMessages } from "../types";

// Reading and checking a caterer's grid (standard v1): one message per finding code of src/core/grid.
export const grid = defineMessages({
  fr: {
    "grid.json.notObject":
      "Ce fichier n'est pas une grille : choisissez le fichier exporté par le complément ou par la commande « grille ».",
    "grid.json.notGrid":
      "Ce fichier JSON n'est pas une grille commune : il n'a aucune de ses rubriques (identité, prix, TVA…). Choisissez le fichier exporté par le complément, la page ou la commande « grille ».",
    "grid.json.standard":
      "Ce fichier suit un autre standard (« {value} ») : ce n'est pas une grille commune traiteur. Choisissez le fichier d'une grille commune.",
    "grid.json.standardMissing":
      "Ce fichier ne dit pas de quel standard il est : il est lu comme une grille commune. Réexportez-le depuis le complément ou la commande « grille » pour le compléter.",
    "grid.json.version":
      "Version « {value} » non prise en charge : ce programme lit les grilles 1.x. Demandez la grille en version 1.x ou mettez le programme à jour.",
    "grid.json.versionMissing": "Le champ « version » manque : la grille est lue comme une grille 1.0.",
    "grid.json.versionNewer":
      "Grille en version {value} : lue comme une 1.0, les identifiants ajoutés depuis sont signalés et ignorés.",
    "grid.json.unknownId":
      "Identifiant « {id} » inconnu du standard 1.0 : la valeur est ignorée. Vérifiez son orthographe.",
    "grid.json.sectionNotObject":
      "La rubrique « {id} » du fichier est mal formée : son contenu est ignoré. Réexportez la grille depuis le complément ou la commande « grille ».",
    "grid.json.type.string": "« {id} » doit être un texte, pas {value}. Corrigez la valeur.",
    "grid.json.type.number": "« {id} » doit être un nombre, pas {value}. Corrigez la valeur.",
    "grid.json.type.list":
      '« {id} » doit être une liste de textes, par exemple ["75", "93"], pas {value}. Corrigez la valeur.',
    "grid.amount.decimals": "« {id} » : {value} a plus de 2 décimales. Donnez un montant au centime près.",
    "grid.amount.negative":
      "« {id} » : {value} est négatif. Donnez un montant positif, ou laissez vide si non proposé.",
    "grid.amount.notNumber":
      "« {id} » : {value} n'est pas un nombre. Écrivez le montant en chiffres, ou laissez vide si non proposé.",
    "grid.amount.tooLarge": "« {id} » : {value} est trop grand pour un prix. Vérifiez la saisie.",
    "grid.amount.invalid": "« {id} » : {value} n'est pas un montant valable en centimes. Corrigez la valeur.",
    "grid.vat.default": "« {id} » absent : taux par défaut de {value} % appliqué.",
    "grid.vat.invalid":
      "« {id} » : taux {value} invalide. Donnez un pourcentage de 0 à 100 avec au plus 2 décimales (ex. 5,5).",
    "grid.required": "« {id} » est obligatoire : renseignez-le.",
    "grid.siret.format":
      "« {id} » : le SIRET « {value} » doit compter 14 chiffres. Recopiez les 14 chiffres, sans espace.",
    "grid.siret.checksum":
      "« {id} » : la clé de contrôle du SIRET « {value} » est fausse. Recopiez-le depuis l'avis de situation INSEE.",
    "grid.email":
      "« {id} » : « {value} » ne ressemble pas à une adresse e-mail (nom@domaine.fr). Corrigez l'adresse.",
    "grid.phone":
      "« {id} » : « {value} » ne ressemble pas à un numéro de téléphone (10 chiffres). Corrigez le numéro.",
    "grid.formulaLike":
      "« {id} » : « {value} » commence par « {sign} », lu comme une formule par les tableurs. Retirez ce signe.",
    "grid.enum": "« {id} » : « {value} » n'est pas une valeur possible ({options}). Choisissez-en une.",
    "grid.departement":
      "« {id} » : département « {value} » hors du périmètre ({options}). Retirez-le ou corrigez-le.",
    "grid.integer":
      "« {id} » : {value} n'est pas un entier supérieur ou égal à {min}. Tapez un nombre entier.",
    "grid.percent": "« {id} » : {value} n'est pas un pourcentage entre {min} et {max}. Corrigez la valeur.",
    "grid.date":
      "« {id} » : « {value} » n'est pas une date valide au format AAAA-MM-JJ. Écrivez-la par exemple 2027-06-30.",
    "grid.date.past": "« {id} » : les prix ne sont plus valables depuis le {value}. Mettez la grille à jour.",
    "grid.price.zero":
      "« {id} » vaut 0 : la prestation serait gratuite. Laissez vide si elle n'est pas proposée.",
    "grid.prices.none": "La grille ne propose aucun prix. Renseignez au moins un prix dans la feuille Prix.",
  },
  en: {
    "grid.json.notObject":
      "This file is not a grid: choose the file exported by the add-in or by the grille command.",
    "grid.json.notGrid":
      "This JSON file is not a standard grid: it has none of its sections (identity, prices, VAT…). Choose the file exported by the add-in, the page or the grille command.",
    "grid.json.standard":
      'This file follows another standard ("{value}"): it is not a common catering grid. Choose the file of a common grid.',
    "grid.json.standardMissing":
      "This file does not say which standard it follows: it is read as a common grid. Export it again from the add-in or the grille command to complete it.",
    "grid.json.version":
      'Version "{value}" is not supported: this program reads 1.x grids. Ask for the grid in version 1.x, or update the program.',
    "grid.json.versionMissing": 'The "version" field is missing: the grid is read as a 1.0 grid.',
    "grid.json.versionNewer": "Grid version {value}: read as 1.0; ids added since are reported and ignored.",
    "grid.json.unknownId": 'Id "{id}" is not in standard 1.0: its value is ignored. Check its spelling.',
    "grid.json.sectionNotObject":
      'The "{id}" part of the file is malformed: its content is ignored. Export the grid again from the add-in or the grille command.',
    "grid.json.type.string": '"{id}" must be a text, not {value}. Fix the value.',
    "grid.json.type.number": '"{id}" must be a number, not {value}. Fix the value.',
    "grid.json.type.list":
      '"{id}" must be a list of texts, for example ["75", "93"], not {value}. Fix the value.',
    "grid.amount.decimals": '"{id}": {value} has more than 2 decimals. Give an amount to the cent.',
    "grid.amount.negative":
      '"{id}": {value} is negative. Give a positive amount, or leave it blank if not offered.',
    "grid.amount.notNumber":
      '"{id}": {value} is not a number. Write the amount in figures, or leave it blank if not offered.',
    "grid.amount.tooLarge": '"{id}": {value} is too large for a price. Check the entry.',
    "grid.amount.invalid": '"{id}": {value} is not a valid amount in cents. Fix the value.',
    "grid.vat.default": '"{id}" missing: default rate of {value}% used.',
    "grid.vat.invalid":
      '"{id}": invalid rate {value}. Give a percentage from 0 to 100 with at most 2 decimals (e.g. 5.5).',
    "grid.required": '"{id}" is required: fill it in.',
    "grid.siret.format": '"{id}": SIRET "{value}" must have 14 digits. Copy the 14 digits, without spaces.',
    "grid.siret.checksum":
      '"{id}": the check digit of SIRET "{value}" is wrong. Copy it again from the INSEE registration notice.',
    "grid.email": '"{id}": "{value}" does not look like an email address (name@domain.fr). Fix the address.',
    "grid.phone": '"{id}": "{value}" does not look like a telephone number (10 digits). Fix the number.',
    "grid.formulaLike":
      '"{id}": "{value}" starts with "{sign}", read as a formula by spreadsheets. Remove this sign.',
    "grid.enum": '"{id}": "{value}" is not one of the possible values ({options}). Choose one of them.',
    "grid.departement": '"{id}": department "{value}" is outside the area ({options}). Remove or fix it.',
    "grid.integer": '"{id}": {value} is not a whole number of {min} or more. Type a whole number.',
    "grid.percent": '"{id}": {value} is not a percentage between {min} and {max}. Fix the value.',
    "grid.date": '"{id}": "{value}" is not a valid date in YYYY-MM-DD form. Write it like 2027-06-30.',
    "grid.date.past": '"{id}": prices are no longer valid since {value}. Update the grid.',
    "grid.price.zero": '"{id}" is 0: the service would be free. Leave it blank if it is not offered.',
    "grid.prices.none": "The grid offers no price at all. Fill in at least one price in the Prices sheet.",
  },
});

import { defineMessages } from "../types";

// The command line's own words: help texts, options, demo.
export const cli = defineMessages({
  fr: {
    "cli.description":
      "Grille commune traiteur : le modèle de grille de prix standard, la vérification des grilles remplies et le prix exact de chaque variante.",
    "cli.option.lang": "langue des messages : fr ou en (par défaut : celle de l'environnement)",
    "cli.option.debug": "affiche le détail technique des erreurs",
    "cli.option.help": "affiche l'aide",
    "cli.error.lang": "Langue inconnue « {value} » : utilisez --lang fr ou --lang en.",
    "cli.help.usage": "Utilisation :",
    "cli.help.usageLine": "[options] [commande]",
    "cli.help.options": "Options :",
    "cli.help.commands": "Commandes :",
    "cli.help.arguments": "Arguments :",
    "cli.help.globalOptions": "Options générales :",
    "cli.usage.unknownCommand": "Commande inconnue « {name} ». La liste des commandes : grille --help.",
    "cli.usage.unknownOption": "Option inconnue « {name} ». Les options de la commande : ajoutez --help.",
    "cli.usage.missingArgument": "Il manque l'argument « {name} ». Voir l'aide de la commande (--help).",
    "cli.usage.optionMissingArgument":
      "L'option « {name} » attend une valeur. Voir l'aide de la commande (--help).",
    "cli.usage.missingMandatoryOption":
      "L'option « {name} » est obligatoire. Voir l'aide de la commande (--help).",
    "cli.usage.excessArguments": "Trop d'arguments. Voir l'aide de la commande (--help).",
    "cli.usage.invalidArgument": "Valeur refusée : {detail}. Voir l'aide de la commande (--help).",
    "cli.usage.conflictingOption": "Options incompatibles : {detail}.",
    "cli.usage.other": "Commande incorrecte : {detail}. Voir grille --help.",
    "cli.demo.description": "exécute le travail principal sur les données d'exemple intégrées (sans Excel)",
    "cli.demo.option.out": "dossier où écrire les résultats",
    "cli.demo.start": "Démonstration : les résultats sont écrits dans {folder}",
    "cli.demo.done": "{count} {count|fichier écrit|fichiers écrits} dans {folder} :",
    "cli.demo.page.title": "La page hors ligne",
    "cli.demo.page.copied":
      "{file} ({size} Ko) : les mêmes outils sans Excel, dans une seule page qui fonctionne sans Internet.",
    "cli.demo.page.missing":
      "Page hors ligne non construite ({file}) : lancez « npm run build:web » dans le dépôt, puis la démonstration à nouveau.",
    "cli.demo.page.open":
      "Ouvrez {file} dans votre navigateur (double-clic) : traiteur, acheteur ou animateur, sans Excel ni Internet.",
    "cli.demo.about.title": "Le produit",
    "cli.demo.about.file": "Ce que contient le dossier de démonstration : {file}",
    "cli.demo.about.body":
      "Ce dossier est produit par « npm run demo » à partir des données d'exemple intégrées. Chaque fichier est décrit dans le README du projet.",
    "cli.help.default": "par défaut : {value}",
    "cli.read.argument": "fichier.xlsx",
    "cli.read.json":
      "{file} est une grille au format JSON, pas un classeur : « grille read » relit un modèle rempli (.xlsx). Pour en faire un modèle à remplir : grille template --from {file} --out ma-grille.xlsx",
    "cli.price.option.product": "produit : cocktail ou une ligne de prix (alias --produit)",
    "cli.price.option.pieces": "nombre de pièces d'un cocktail",
    "cli.price.option.guests": "nombre de convives (ou de plateaux) (alias --convives)",
    "cli.price.option.per": "unité du prix demandé : personne, plateau, prestation… (alias --par)",
    "cli.price.option.delivery":
      "livraison comprise (included) ou en sus (excluded) (alias --livraison comprise|en-sus)",
    "cli.price.option.zone": "zone de livraison : Paris, petite couronne, grande couronne",
    "cli.price.option.evening": "livraison après 19 h (alias --soir)",
    "cli.price.option.weekend": "livraison le week-end ou un jour férié (alias --week-end)",
    "cli.price.option.pickup": "reprise du matériel (alias --retrait)",
    "cli.price.option.extra": "supplément par personne, à répéter (alias --supplement)",
    "cli.price.option.staff":
      "personnel compris : sa fonction (serveur, maître d'hôtel, cuisinier), ou en-sus (alias --personnel)",
    "cli.price.option.staffPerGuests": "un intervenant pour N convives",
    "cli.price.option.staffCount": "nombre fixe d'intervenants",
    "cli.price.option.staffHours": "heures par intervenant (3,5 = 3 h 30)",
    "cli.price.option.basis": "base des prix demandée : HT ou TTC (alias --base)",
    "cli.price.help.choices":
      'Valeurs du standard (majuscules et accents indifférents) :\n  produits : {products}\n  suppléments : {extras}\n  zones : {zones}\n  unités : {units}\n  personnel : {roles}\n\nExemple :\n  grille price --grid ma-grille.xlsx --produit cocktail --pieces 8 --convives 30 --supplement boissons.vin --zone "petite couronne" --soir',
    "cli.price.variantJsonAt":
      "--variant : JSON invalide à la ligne {line}, colonne {column}. Vérifiez les guillemets et les virgules, ou décrivez la variante avec les options (--produit, --convives… ; voir --help).",
    "cli.price.optionsAndJson":
      "Décrivez la variante soit avec les options (--produit…), soit avec --variant ou --variants, pas les deux.",
    "cli.price.option.designation":
      "une ligne telle que l'acheteur la rédige (« cocktail 8 pièces livraison comprise Paris »), lue comme le fait =GRILLE.PRIX ; avec --convives et --base seulement",
    "cli.price.designationOptions":
      "--designation se lit avec --convives et --base seulement : pour décrire la variante champ par champ, utilisez les autres options sans --designation.",
    "cli.price.designationGuests":
      "--convives « {value} » : donnez un nombre entier de convives, par exemple --convives 50.",
    "cli.price.designationBasis": "--base « {value} » : écrivez HT ou TTC.",
  },
  en: {
    "cli.description":
      "Grille commune traiteur: the standard price grid template, checking filled grids, and the exact price of any variant.",
    "cli.option.lang": "language of messages: fr or en (default: the environment's)",
    "cli.option.debug": "show technical details of errors",
    "cli.option.help": "show help",
    "cli.error.lang": 'Unknown language "{value}": use --lang fr or --lang en.',
    "cli.help.usage": "Usage:",
    "cli.help.usageLine": "[options] [command]",
    "cli.help.options": "Options:",
    "cli.help.commands": "Commands:",
    "cli.help.arguments": "Arguments:",
    "cli.help.globalOptions": "Global options:",
    "cli.usage.unknownCommand": 'Unknown command "{name}". The list of commands: grille --help.',
    "cli.usage.unknownOption": 'Unknown option "{name}". The command\'s options: add --help.',
    "cli.usage.missingArgument": 'The argument "{name}" is missing. See the command\'s help (--help).',
    "cli.usage.optionMissingArgument": 'The option "{name}" needs a value. See the command\'s help (--help).',
    "cli.usage.missingMandatoryOption": 'The option "{name}" is required. See the command\'s help (--help).',
    "cli.usage.excessArguments": "Too many arguments. See the command's help (--help).",
    "cli.usage.invalidArgument": "Value refused: {detail}. See the command's help (--help).",
    "cli.usage.conflictingOption": "Options that cannot go together: {detail}.",
    "cli.usage.other": "Incorrect command: {detail}. See grille --help.",
    "cli.demo.description": "run the main job on the built-in sample data (no Excel needed)",
    "cli.demo.option.out": "folder to write the results into",
    "cli.demo.start": "Demo: results are written to {folder}",
    "cli.demo.done": "{count} {count|file|files} written to {folder}:",
    "cli.demo.page.title": "The offline page",
    "cli.demo.page.copied":
      "{file} ({size} KB): the same tools without Excel, in one page that works without the Internet.",
    "cli.demo.page.missing":
      "Offline page not built ({file}): run `npm run build:web` in the repository, then the demo again.",
    "cli.demo.page.open":
      "Open {file} in your browser (double-click): caterer, buyer or facilitator, without Excel or the Internet.",
    "cli.demo.about.title": "The product",
    "cli.demo.about.file": "What the demo folder holds: {file}",
    "cli.demo.about.body":
      'This folder is produced by "npm run demo" from the built-in sample data. Each file is described in the project\'s README.',
    "cli.help.default": "default: {value}",
    "cli.read.argument": "file.xlsx",
    "cli.read.json":
      "{file} is a grid in JSON, not a workbook: grille read checks a filled template (.xlsx). To make a template to fill from it: grille template --from {file} --out my-grid.xlsx",
    "cli.price.option.product": "product: cocktail or a price line (alias --produit)",
    "cli.price.option.pieces": "number of pieces of a cocktail",
    "cli.price.option.guests": "number of guests (or trays) (alias --convives)",
    "cli.price.option.per": "unit of the price asked: personne, plateau, prestation… (alias --par)",
    "cli.price.option.delivery":
      "delivery included or excluded (billed elsewhere) (alias --livraison comprise|en-sus)",
    "cli.price.option.zone": "delivery zone: Paris, petite couronne, grande couronne",
    "cli.price.option.evening": "delivery after 7 pm (alias --soir)",
    "cli.price.option.weekend": "delivery at the weekend or on a public holiday (alias --week-end)",
    "cli.price.option.pickup": "equipment collected afterwards (alias --retrait)",
    "cli.price.option.extra": "per-person extra, repeatable (alias --supplement)",
    "cli.price.option.staff":
      "staff included: their role (serveur, maître d'hôtel, cuisinier), or excluded (alias --personnel)",
    "cli.price.option.staffPerGuests": "one staff member per N guests",
    "cli.price.option.staffCount": "fixed number of staff",
    "cli.price.option.staffHours": "hours per staff member (3.5 = 3 h 30)",
    "cli.price.option.basis": "price basis asked: HT or TTC (alias --base)",
    "cli.price.help.choices":
      'Values of the standard (case and accents do not matter):\n  products: {products}\n  extras: {extras}\n  zones: {zones}\n  units: {units}\n  staff: {roles}\n\nExample:\n  grille price --grid my-grid.xlsx --product cocktail --pieces 8 --guests 30 --extra boissons.vin --zone "petite couronne" --evening',
    "cli.price.variantJsonAt":
      "--variant: invalid JSON at line {line}, column {column}. Check the quotes and commas, or describe the variant with options (--product, --guests…; see --help).",
    "cli.price.optionsAndJson":
      "Describe the variant either with options (--product…) or with --variant or --variants, not both.",
    "cli.price.option.designation":
      'a line as the buyer words it ("cocktail 8 pièces livraison comprise Paris"), read as =GRILLE.PRICE does; with --guests and --basis only',
    "cli.price.designationOptions":
      "--designation is read with --guests and --basis only: to describe the variant field by field, use the other options without --designation.",
    "cli.price.designationGuests":
      '--guests "{value}": give a whole number of guests, for example --guests 50.',
    "cli.price.designationBasis": '--basis "{value}": write HT or TTC.',
  },
});

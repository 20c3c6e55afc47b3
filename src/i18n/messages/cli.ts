import { defineMessages } from "../types";

// The command line's own words: help texts, options, demo.
export const cli = defineMessages({
  fr: {
    "cli.description":
      "Grille commune traiteur : grille de prix standard, prix des variantes, remplissage et vérification des offres.",
    "cli.option.lang": "langue des messages : fr ou en (par défaut : celle de l'environnement)",
    "cli.option.debug": "affiche le détail technique des erreurs",
    "cli.option.help": "affiche l'aide",
    "cli.error.lang": "Langue inconnue « {value} » : utilisez --lang fr ou --lang en.",
    "cli.help.usage": "Utilisation :",
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
    "cli.demo.done": "{count} fichier(s) écrit(s) dans {folder} :",
    "cli.demo.about.title": "Le produit",
    "cli.demo.about.body":
      "Ce dossier est produit par « npm run demo » à partir des données d'exemple intégrées. Chaque fichier est décrit dans le README du projet.",
  },
  en: {
    "cli.description":
      "Grille commune traiteur: standard price grid, variant pricing, tender filling and bid checking.",
    "cli.option.lang": "language of messages: fr or en (default: the environment's)",
    "cli.option.debug": "show technical details of errors",
    "cli.option.help": "show help",
    "cli.error.lang": 'Unknown language "{value}": use --lang fr or --lang en.',
    "cli.help.usage": "Usage:",
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
    "cli.demo.done": "{count} file(s) written to {folder}:",
    "cli.demo.about.title": "The product",
    "cli.demo.about.body":
      'This folder is produced by "npm run demo" from the built-in sample data. Each file is described in the project\'s README.',
  },
});

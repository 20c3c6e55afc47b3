import type { MessageModule } from "../types";

// The command line's own words: help texts, options, demo.
export const cli: MessageModule = {
  fr: {
    "cli.description":
      "Grille commune traiteur : grille de prix standard, prix des variantes, remplissage et vérification des offres.",
    "cli.option.lang": "langue des messages : fr ou en (par défaut : celle de l'environnement)",
    "cli.option.debug": "affiche le détail technique des erreurs",
    "cli.option.help": "affiche l'aide",
    "cli.error.lang": "Langue inconnue « {value} » : utilisez --lang fr ou --lang en.",
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
    "cli.demo.description": "run the main job on the built-in sample data (no Excel needed)",
    "cli.demo.option.out": "folder to write the results into",
    "cli.demo.start": "Demo: results are written to {folder}",
    "cli.demo.done": "{count} file(s) written to {folder}:",
    "cli.demo.about.title": "The product",
    "cli.demo.about.body":
      'This folder is produced by "npm run demo" from the built-in sample data. Each file is described in the project\'s README.',
  },
};

import { defineMessages } from "../types";

// The Excel task pane's shell (role chooser, outside-Excel notice) and the manifest's ribbon texts. The
// taskpane.manifest.* texts are copied in manifest.xml (XML cannot read the catalog); the manifest test compares.
export const taskpane = defineMessages({
  fr: {
    "taskpane.loading": "Connexion à Excel…",
    "taskpane.roles.heading": "Qui êtes-vous ?",
    "taskpane.roles.intro":
      "Choisissez votre rôle : le volet vous montre ce que la grille commune fait pour vous.",
    "taskpane.roles.label": "Rôles",
    "taskpane.role.back": "Changer de rôle",
    "taskpane.outside.heading": "Ce volet fonctionne dans Excel",
    "taskpane.outside.body":
      "Vous l'avez ouvert hors d'Excel, dans un navigateur : il ne peut ni lire ni écrire de classeur ici.",
    "taskpane.outside.howTo": "Pour l'utiliser :",
    "taskpane.outside.step.open":
      "ouvrez un classeur dans Excel (Excel pour Windows ou Mac, ou Excel sur le web) ;",
    "taskpane.outside.step.addIn":
      "ajoutez le complément {product} (Accueil › Compléments, ou chargement de manifest.xml) ;",
    "taskpane.outside.step.button": "sous l'onglet Accueil, groupe « {group} », cliquez sur « {button} ».",
    "taskpane.outside.cli":
      "Sans Excel, la commande « grille » fait le même travail sur des fichiers .xlsx (voir le README du projet).",
    "taskpane.unsupported.heading": "Cette version d'Excel est trop ancienne",
    "taskpane.unsupported.body":
      "{product} a besoin de l'API Excel {version} : Excel 2019 ou plus récent, Microsoft 365 ou Excel sur le web.",
    "taskpane.manifest.group": "Grille commune",
    "taskpane.manifest.button": "Ouvrir la grille",
    "taskpane.manifest.tooltip":
      "Ouvre le volet Grille commune traiteur : traiteur, acheteur ou animateur, choisissez votre rôle.",
    "taskpane.manifest.getStarted.title": "Grille commune traiteur est prête",
    "taskpane.manifest.getStarted.description":
      "Onglet Accueil, groupe Grille commune : cliquez sur Ouvrir la grille, puis choisissez votre rôle.",
  },
  en: {
    "taskpane.loading": "Connecting to Excel…",
    "taskpane.roles.heading": "Who are you?",
    "taskpane.roles.intro": "Choose your role: the pane shows you what the common grid does for you.",
    "taskpane.roles.label": "Roles",
    "taskpane.role.back": "Change role",
    "taskpane.outside.heading": "This pane runs inside Excel",
    "taskpane.outside.body":
      "You opened it outside Excel, in a browser: it can neither read nor write a workbook here.",
    "taskpane.outside.howTo": "To use it:",
    "taskpane.outside.step.open": "open a workbook in Excel (Excel for Windows or Mac, or Excel on the web);",
    "taskpane.outside.step.addIn": "add the {product} add-in (Home › Add-ins, or upload manifest.xml);",
    "taskpane.outside.step.button": 'on the Home tab, "{group}" group, click "{button}".',
    "taskpane.outside.cli":
      'Without Excel, the "grille" command does the same work on .xlsx files (see the project\'s README).',
    "taskpane.unsupported.heading": "This version of Excel is too old",
    "taskpane.unsupported.body":
      "{product} needs the Excel API {version}: Excel 2019 or later, Microsoft 365 or Excel on the web.",
    "taskpane.manifest.group": "Grille commune",
    "taskpane.manifest.button": "Open the grid",
    "taskpane.manifest.tooltip":
      "Opens the Grille commune traiteur pane: caterer, buyer or facilitator, choose your role.",
    "taskpane.manifest.getStarted.title": "Grille commune traiteur is ready",
    "taskpane.manifest.getStarted.description":
      "Home tab, Grille commune group: click Open the grid, then choose your role.",
  },
});

import { defineMessages } from "../types";

// The facilitator's desk in the task pane: choose the returned grids, read them on this computer, write the
// register into new sheets of the open workbook, download the report.
export const taskpaneCollect = defineMessages({
  fr: {
    "role.offer.collect": "Rassembler les grilles retournées : annuaire et observatoire des prix",
    "pane.flow.collect": "Rassembler les grilles retournées",
    "pane.flow.collect.hint":
      "Toutes les grilles reçues d'un coup : constats, annuaire de l'offre, observatoire des prix, heures d'insertion.",
    "pane.animateur.label": "Outils de l'animateur",
    "pane.collect.title": "Rassembler les grilles retournées",
    "pane.collect.body":
      "Choisissez les grilles reçues des traiteurs (modèles remplis .xlsx ou fichiers .json), autant que vous voulez. Elles sont lues sur cet ordinateur : rien n'est envoyé.",
    "pane.collect.files": "Grilles retournées (.xlsx, .json)",
    "pane.collect.reading": "Lecture de {done} {done|fichier|fichiers} sur {total} : {file}",
    "pane.collect.done":
      "{files} {files|fichier lu|fichiers lus} : {statuses}. Annuaire et statistiques sur {valid} {valid|grille valide|grilles valides}.",
    "pane.collect.listLabel": "Fichiers reçus et leur état",
    "pane.collect.write": "Écrire le registre dans ce classeur",
    "pane.collect.writing": "Écriture du registre dans le classeur…",
    "pane.collect.written":
      "Registre écrit dans de nouvelles feuilles : {sheets}. Vos feuilles ne sont pas modifiées.",
    "pane.collect.refused": "Le registre n'a pas été écrit : {reasons}",
    "pane.collect.report": "Télécharger le rapport (HTML)",
    "pane.collect.reportOffered":
      "Rapport proposé au téléchargement : {file}. Une page autonome, imprimable, qui s'ouvre dans tout navigateur.",
    "pane.collect.reportFile": "observatoire-{today}.html",
    "pane.collect.tooLarge":
      "{file} : plus de {max} Mo, ce n'est pas une grille. Vérifiez le fichier choisi.",
    "pane.collect.notGridFile":
      "{file} : ni un classeur .xlsx ni un fichier .json. Choisissez les grilles remplies sur le modèle.",
    "pane.collect.rule": "Règle des statistiques : {rule}",
  },
  en: {
    "role.offer.collect": "Collect returned grids: directory and price observatory",
    "pane.flow.collect": "Collect returned grids",
    "pane.flow.collect.hint":
      "Every grid received at once: findings, directory of the offer, price observatory, insertion hours.",
    "pane.animateur.label": "Facilitator's tools",
    "pane.collect.title": "Collect returned grids",
    "pane.collect.body":
      "Choose the grids caterers returned (filled .xlsx templates or .json files), as many as you like. They are read on this computer: nothing is sent.",
    "pane.collect.files": "Returned grids (.xlsx, .json)",
    "pane.collect.reading": "Reading file {done} of {total}: {file}",
    "pane.collect.done":
      "{files} {files|file|files} read: {statuses}. Directory and statistics over {valid} {valid|valid grid|valid grids}.",
    "pane.collect.listLabel": "Files received and their state",
    "pane.collect.write": "Write the register into this workbook",
    "pane.collect.writing": "Writing the register into the workbook…",
    "pane.collect.written": "Register written into new sheets: {sheets}. Your sheets are not changed.",
    "pane.collect.refused": "The register was not written: {reasons}",
    "pane.collect.report": "Download the report (HTML)",
    "pane.collect.reportOffered":
      "Report offered as a download: {file}. A self-contained, printable page that opens in any browser.",
    "pane.collect.reportFile": "observatory-{today}.html",
    "pane.collect.tooLarge": "{file}: over {max} MB, this is no grid. Check the file chosen.",
    "pane.collect.notGridFile":
      "{file}: neither an .xlsx workbook nor a .json file. Choose the grids filled in on the template.",
    "pane.collect.rule": "Statistics rule: {rule}",
  },
});

import { defineMessages } from "../types";

// The task pane while its parts arrive: a screen loaded when first opened, an action's code fetched on its first use,
// and the pane's start when the texts of its language cannot be fetched (the pane's entry carries that text and the
// busy line of a screen in both languages, with its first screen's: src/taskpane/firstScreen.ts).
export const taskpaneLoading = defineMessages({
  fr: {
    "taskpane.view.loading": "Ouverture de l'écran…",
    "taskpane.view.failed":
      "Cet écran n'a pas pu être chargé : le serveur du complément ne répond pas. Vérifiez votre connexion, puis réessayez.",
    "taskpane.view.retry": "Réessayer",
    "pane.error.partNotLoaded":
      "Cette partie du volet n'a pas pu être chargée : le serveur du complément ne répond pas. Vérifiez votre connexion, puis réessayez.",
    "taskpane.start.failed":
      "Le volet n'a pas pu se charger : le serveur du complément ne répond pas. Vérifiez votre connexion, puis fermez et rouvrez le volet.",
  },
  en: {
    "taskpane.view.loading": "Opening the screen…",
    "taskpane.view.failed":
      "This screen could not be loaded: the add-in's server does not answer. Check your connection, then try again.",
    "taskpane.view.retry": "Try again",
    "pane.error.partNotLoaded":
      "This part of the pane could not be loaded: the add-in's server does not answer. Check your connection, then try again.",
    "taskpane.start.failed":
      "The pane could not load: the add-in's server does not answer. Check your connection, then close and reopen the pane.",
  },
});

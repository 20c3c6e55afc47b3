import { defineMessages } from "../types";

// The pane's words for which grid prices a variant, replacing and restoring my grid, opening the template, a form
// field to correct, the main action of each state, and what each role can do in this build (role.offer.*: a
// feature that lands adds its phrase here and its entry in src/ui/roles.ts).
export const taskpaneGrid = defineMessages({
  fr: {
    "role.offer.createGrid": "Créer et remplir ma grille dans Excel",
    "role.offer.checkGrid": "Vérifier une grille, cellule par cellule",
    "role.offer.price": "Calculer le prix exact d'une variante",
    "role.offer.myGrid": "Garder ma grille sur cet ordinateur",
    "role.offer.template": "Distribuer le modèle vierge",
    "role.offer.checkReturned": "Vérifier une grille reçue d'un traiteur",
    "pane.acheteur.label": "Outils de l'acheteur",
    "pane.flow.checkReturned": "Vérifier une grille reçue",
    "pane.flow.checkReturned.hint":
      "Les erreurs et oublis d'une grille de traiteur, ouverte dans Excel ou choisie comme fichier.",
    "pane.flow.price.buyer.hint":
      "Le prix HT et TTC exact d'une formule, calculé depuis la grille d'un traiteur ouverte dans ce classeur.",

    "pane.create.presentState": "Ce classeur contient la grille commune. Remplissez les cellules jaunes.",

    "pane.price.source.workbook": "Calculé avec la grille de ce classeur.",
    "pane.price.source.mine": "Ce classeur n'a pas de grille : calculé avec ma grille enregistrée le {date}.",
    "pane.price.savedDiffers":
      "Ma grille enregistrée le {date} n'est plus la même que celle de ce classeur. Le prix ci-dessus vient de ce classeur.",
    "pane.price.updateSaved": "Mettre à jour ma grille",
    "pane.price.updated": "Ma grille est à jour avec celle de ce classeur.",
    "pane.price.result": "Prix calculé",
    "pane.price.notPriceable": "Cette variante ne peut pas être chiffrée.",
    "pane.price.fieldError": "À corriger : {field}.",
    "pane.price.gridProblem":
      "Cette variante ne peut pas être chiffrée avec cette grille : cliquez sur le point ci-dessous pour aller à la cellule.",

    "pane.import.notGrid":
      "{file} n'est pas une grille commune : on n'y trouve ni le standard ni ses rubriques (entreprise, prix, TVA). Ma grille n'a pas été modifiée.",
    "pane.import.noPrice":
      "{file} ne contient aucun prix : ma grille n'a pas été modifiée. Choisissez une grille dont les prix sont remplis.",
    "pane.mygrid.replace.question":
      "Remplacer ma grille actuelle ({current}) par celle de {file} ? L'actuelle restera récupérable.",
    "pane.mygrid.replace.confirm": "Remplacer",
    "pane.mygrid.replace.cancel": "Annuler",
    "pane.mygrid.replace.cancelled": "Import annulé : ma grille n'a pas changé.",
    "pane.mygrid.previous": "Grille précédente gardée : {what}",
    "pane.mygrid.restore": "Revenir à la grille précédente",
    "pane.mygrid.restored": "La grille précédente est de nouveau ma grille.",
    "pane.mygrid.exportDone": "Téléchargement proposé : {file}.",

    "pane.template.body": "Un classeur de la grille commune, vide, à envoyer aux traiteurs.",
    "pane.template.button.open": "Ouvrir le modèle dans un nouveau classeur",
    "pane.template.button.download": "Télécharger le modèle (.xlsx)",
    "pane.template.opened":
      "Modèle ouvert dans un nouveau classeur. Enregistrez-le (Fichier › Enregistrer sous) avant de l'envoyer.",
    "pane.template.offered":
      "Téléchargement proposé : {file}. Si aucun fichier n'apparaît dans vos Téléchargements, utilisez Excel sur le web ou la commande « grille template ».",
  },
  en: {
    "role.offer.createGrid": "Create and fill my grid in Excel",
    "role.offer.checkGrid": "Check a grid, cell by cell",
    "role.offer.price": "Work out the exact price of a variant",
    "role.offer.myGrid": "Keep my grid on this computer",
    "role.offer.template": "Hand out the blank template",
    "role.offer.checkReturned": "Check a grid received from a caterer",
    "pane.acheteur.label": "Buyer's tools",
    "pane.flow.checkReturned": "Check a received grid",
    "pane.flow.checkReturned.hint":
      "Mistakes and gaps in a caterer's grid, open in Excel or chosen as a file.",
    "pane.flow.price.buyer.hint":
      "The exact price before and after VAT of a variant, from a caterer's grid open in this workbook.",

    "pane.create.presentState": "This workbook holds the common grid. Fill in the yellow cells.",

    "pane.price.source.workbook": "Priced with this workbook's grid.",
    "pane.price.source.mine": "This workbook has no grid: priced with my grid saved on {date}.",
    "pane.price.savedDiffers":
      "My grid saved on {date} is no longer the same as this workbook's. The price above comes from this workbook.",
    "pane.price.updateSaved": "Update my grid",
    "pane.price.updated": "My grid now matches this workbook's.",
    "pane.price.result": "Price",
    "pane.price.notPriceable": "This variant cannot be priced.",
    "pane.price.fieldError": "To correct: {field}.",
    "pane.price.gridProblem":
      "This variant cannot be priced with this grid: click the item below to go to the cell.",

    "pane.import.notGrid":
      "{file} is not a common grid: it holds neither the standard nor its sections (company, prices, VAT). My grid was not changed.",
    "pane.import.noPrice":
      "{file} holds no price: my grid was not changed. Choose a grid whose prices are filled in.",
    "pane.mygrid.replace.question":
      "Replace my current grid ({current}) with the one in {file}? The current one stays recoverable.",
    "pane.mygrid.replace.confirm": "Replace",
    "pane.mygrid.replace.cancel": "Cancel",
    "pane.mygrid.replace.cancelled": "Import cancelled: my grid is unchanged.",
    "pane.mygrid.previous": "Previous grid kept: {what}",
    "pane.mygrid.restore": "Go back to the previous grid",
    "pane.mygrid.restored": "The previous grid is my grid again.",
    "pane.mygrid.exportDone": "Download offered: {file}.",

    "pane.template.body": "A workbook of the common grid, blank, to send to caterers.",
    "pane.template.button.open": "Open the template in a new workbook",
    "pane.template.button.download": "Download the template (.xlsx)",
    "pane.template.opened": "Template opened in a new workbook. Save it (File › Save As) before sending it.",
    "pane.template.offered":
      "Download offered: {file}. If no file shows up in your Downloads, use Excel on the web or the `grille template` command.",
  },
});

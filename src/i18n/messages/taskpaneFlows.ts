import { defineMessages } from "../types";

// The task pane's flows (caterer and facilitator screens): create and check the grid, price a variant, my grid,
// the blank template, errors in plain words. The pane.manifest.* texts are copied in manifest.xml (ribbon buttons).
export const taskpaneFlows = defineMessages({
  fr: {
    "pane.back": "Retour",
    "pane.severity.error": "Erreur",
    "pane.severity.warning": "Attention",
    "pane.severity.info": "Info",
    "pane.count.error": "{count} {count|erreur|erreurs}",
    "pane.count.warning": "{count} {count|avertissement|avertissements}",
    "pane.count.info": "{count} {count|information|informations}",

    "pane.error.excel.AccessDenied":
      "Excel a refusé la modification : le classeur ou la feuille est protégé, ou ouvert en lecture seule. Ôtez la protection ou ouvrez le classeur en modification, puis réessayez.",
    "pane.error.excel.ApiNotFound":
      "Cette version d'Excel ne sait pas faire cette opération. Essayez Microsoft 365 ou Excel sur le web.",
    "pane.error.excel.InvalidOperation":
      "Excel n'a pas pu faire l'opération maintenant. Quittez la cellule en cours de saisie (Entrée ou Échap), puis réessayez.",
    "pane.error.excel.InvalidOperationInCellEditMode":
      "Excel est en cours de saisie dans une cellule. Validez ou quittez la saisie (Entrée ou Échap), puis réessayez.",
    "pane.error.excel.ItemAlreadyExists":
      "Une feuille ou un nom porte déjà ce nom dans le classeur. Renommez-le, puis réessayez.",
    "pane.error.excel.ItemNotFound":
      "La feuille ou la cellule n'existe plus dans le classeur (renommée ou supprimée ?). Vérifiez à nouveau la grille.",
    "pane.error.excel.RequestPayloadSizeLimitExceeded":
      "Trop de données à écrire d'un coup pour Excel sur le web. Réessayez dans Excel pour Windows ou Mac.",
    "pane.error.excel.ResponsePayloadSizeLimitExceeded":
      "Le classeur est trop gros pour être lu d'un coup par Excel sur le web. Réessayez dans Excel pour Windows ou Mac.",
    "pane.error.excel.GeneralException":
      "Excel a rencontré un problème. Enregistrez le classeur, fermez puis rouvrez le volet, et réessayez.",
    "pane.error.storage":
      "Le complément n'a pas pu enregistrer sur cet ordinateur (stockage plein ou désactivé par le navigateur). Autorisez le stockage pour le complément, ou exportez votre grille en JSON pour la garder.",
    "pane.error.unexpected":
      "Une erreur inattendue s'est produite ; rien n'a été modifié dans votre classeur. Détail pour l'assistance : {detail}",

    "pane.create.title": "Créer la grille dans ce classeur",
    "pane.create.body":
      "Ajoute les feuilles de la grille commune à ce classeur. Vos feuilles existantes ne sont pas modifiées.",
    "pane.create.button": "Créer la grille",
    "pane.create.busy": "Création de la grille en cours…",
    "pane.create.done": "La grille est prête : feuilles {sheets}. Remplissez les cellules jaunes.",
    "pane.create.present":
      "Ce classeur contient déjà une grille : rien n'a été ajouté. Pour la contrôler, utilisez « Vérifier ma grille ».",
    "pane.create.nameTaken":
      "Ce classeur a déjà des feuilles nommées {sheets} : pour ne pas les modifier, la grille n'a pas été créée. Créez-la dans un nouveau classeur.",
    "pane.create.refused": "La grille n'a pas été créée : {reasons}",

    "pane.flow.label": "Outils du traiteur",
    "pane.flow.check": "Vérifier ma grille",
    "pane.flow.check.hint": "Les erreurs et oublis de la grille de ce classeur, avec la cellule concernée.",
    "pane.flow.price": "Calculer le prix d'une variante",
    "pane.flow.price.hint": "Le prix HT et TTC exact d'une formule demandée, avec le détail du calcul.",
    "pane.flow.mygrid": "Ma grille",
    "pane.flow.mygrid.hint": "Garder votre grille dans le complément, l'exporter ou l'importer en JSON.",

    "pane.check.title": "Vérifier la grille",
    "pane.check.body": "Le volet relit la grille de ce classeur et liste ce qui manque ou ne va pas.",
    "pane.check.again": "Vérifier à nouveau",
    "pane.check.busy": "Lecture du classeur…",
    "pane.check.noGrid":
      "Aucune grille commune dans ce classeur. Créez-la depuis l'écran du traiteur, ou ouvrez le classeur qui la contient.",
    "pane.check.clean": "Aucun problème : la grille est complète et conforme.",
    "pane.check.summary": "À revoir : {counts}.",
    "pane.check.listLabel": "Points à revoir",
    "pane.check.clickHint": "Cliquez sur un point pour aller à la cellule dans Excel.",
    "pane.check.selecting": "Sélection de la cellule…",

    "pane.price.title": "Prix d'une variante",
    "pane.price.body":
      "Décrivez la formule demandée par l'acheteur : le volet calcule son prix depuis votre grille.",
    "pane.price.product": "Produit",
    "pane.price.cocktail": "Cocktail (nombre de pièces au choix)",
    "pane.price.pieces": "Nombre de pièces",
    "pane.price.extras": "En supplément, par personne",
    "pane.price.guests": "Nombre de convives (ou de plateaux)",
    "pane.price.unit": "Prix demandé",
    "pane.price.delivery": "Livraison",
    "pane.price.delivery.none": "Non concernée",
    "pane.price.delivery.included": "Comprise dans le prix",
    "pane.price.delivery.excluded": "En sus (facturée à part)",
    "pane.price.zone": "Zone de livraison",
    "pane.price.evening": "Après 19 h",
    "pane.price.weekend": "Samedi, dimanche ou jour férié",
    "pane.price.pickup": "Reprise du matériel (second passage)",
    "pane.price.staff": "Personnel de service",
    "pane.price.staff.none": "Non concerné",
    "pane.price.staff.included": "Compris dans le prix",
    "pane.price.staff.excluded": "En sus (facturé à part)",
    "pane.price.role": "Fonction",
    "pane.price.staff.mode": "Effectif",
    "pane.price.staff.ratio": "Un intervenant pour N convives",
    "pane.price.staff.count": "Nombre fixe d'intervenants",
    "pane.price.staff.number": "N (convives par intervenant, ou nombre d'intervenants)",
    "pane.price.hours": "Heures par intervenant",
    "pane.price.submit": "Calculer le prix",
    "pane.price.busy": "Calcul en cours…",
    "pane.price.noGrid":
      "Pas de grille pour calculer : enregistrez « Ma grille » ou importez-la, ou ouvrez le classeur qui contient votre grille.",
    "pane.price.problems": "Pourquoi",
    "pane.price.ht": "Prix HT ({unit})",
    "pane.price.ttc": "Prix TTC ({unit})",
    "pane.price.breakdown": "Détail du calcul",

    "pane.mygrid.title": "Ma grille",
    "pane.mygrid.storage":
      "Votre grille est gardée par le complément sur cet ordinateur : vous la retrouvez dans tous vos classeurs. Rien n'est envoyé sur Internet.",
    "pane.mygrid.none": "Aucune grille enregistrée pour l'instant.",
    "pane.mygrid.saved": "Grille enregistrée le {date}.",
    "pane.mygrid.saved.named": "Grille de {name}, enregistrée le {date}.",
    "pane.mygrid.save.title": "Enregistrer depuis ce classeur",
    "pane.mygrid.save.body":
      "Relit la grille de ce classeur et la garde comme « ma grille » (remplace la précédente).",
    "pane.mygrid.save": "Enregistrer ma grille",
    "pane.mygrid.saving": "Lecture de la grille…",
    "pane.mygrid.saveDone": "Ma grille est enregistrée.",
    "pane.mygrid.file.title": "Fichier JSON",
    "pane.mygrid.export": "Exporter ma grille (JSON)",
    "pane.mygrid.import": "Importer une grille (fichier JSON)",
    "pane.mygrid.importing": "Lecture du fichier…",
    "pane.mygrid.importDone": "Grille importée : c'est maintenant ma grille.",
    "pane.mygrid.withFindings": "À revoir : {counts}.",
    "pane.mygrid.unusable": "Cette grille n'est pas utilisable ({counts}) : rien n'a été enregistré.",
    "pane.mygrid.listLabel": "Points relevés",
    "pane.import.notJson":
      "{file} n'est pas un fichier JSON lisible. Choisissez le fichier exporté par le complément ou par la commande « grille ».",

    "pane.template.title": "Modèle vierge à distribuer",
    "pane.template.language": "Langue du modèle",
    "pane.template.language.fr": "Français",
    "pane.template.language.en": "Anglais",
    "pane.template.password": "Mot de passe de protection (facultatif)",
    "pane.template.password.hint":
      "Protège la structure des feuilles : les traiteurs ne remplissent que les cellules jaunes. Conservez ce mot de passe.",
    "pane.template.busy": "Préparation du modèle…",
    "pane.template.fileName.fr": "grille-commune-traiteur-modele.xlsx",
    "pane.template.fileName.en": "grille-commune-traiteur-template.xlsx",

    "pane.returned.title": "Vérifier une grille reçue",
    "pane.returned.body":
      "Contrôlez une grille renvoyée par un traiteur : ouverte dans Excel, ou choisie comme fichier.",
    "pane.returned.open": "Vérifier la grille du classeur ouvert",
    "pane.returned.file": "Ou choisir un fichier .xlsx reçu",
    "pane.returned.busy": "Lecture de {file}…",

    "pane.manifest.traiteur.label": "Ma grille",
    "pane.manifest.traiteur.tooltip":
      "Traiteur : créer et vérifier votre grille, calculer le prix d'une variante, garder votre grille.",
    "pane.manifest.animateur.label": "Animation",
    "pane.manifest.animateur.tooltip":
      "Animateur : télécharger le modèle vierge à distribuer, vérifier une grille reçue.",
  },
  en: {
    "pane.back": "Back",
    "pane.severity.error": "Error",
    "pane.severity.warning": "Warning",
    "pane.severity.info": "Info",
    "pane.count.error": "{count} {count|error|errors}",
    "pane.count.warning": "{count} {count|warning|warnings}",
    "pane.count.info": "{count} {count|note|notes}",

    "pane.error.excel.AccessDenied":
      "Excel refused the change: the workbook or sheet is protected, or opened read-only. Remove the protection or open the workbook for editing, then try again.",
    "pane.error.excel.ApiNotFound":
      "This version of Excel cannot do this. Try Microsoft 365 or Excel on the web.",
    "pane.error.excel.InvalidOperation":
      "Excel could not do it right now. Leave the cell you are editing (Enter or Esc), then try again.",
    "pane.error.excel.InvalidOperationInCellEditMode":
      "Excel is busy with the cell you are typing in. Finish or leave it (Enter or Esc), then try again.",
    "pane.error.excel.ItemAlreadyExists":
      "A sheet or a name with this name already exists in the workbook. Rename it, then try again.",
    "pane.error.excel.ItemNotFound":
      "The sheet or cell is no longer in the workbook (renamed or deleted?). Check the grid again.",
    "pane.error.excel.RequestPayloadSizeLimitExceeded":
      "Too much data to write at once for Excel on the web. Try again in Excel for Windows or Mac.",
    "pane.error.excel.ResponsePayloadSizeLimitExceeded":
      "The workbook is too large for Excel on the web to read at once. Try again in Excel for Windows or Mac.",
    "pane.error.excel.GeneralException":
      "Excel ran into a problem. Save the workbook, close and reopen the pane, and try again.",
    "pane.error.storage":
      "The add-in could not save on this computer (storage full or disabled by the browser). Allow storage for the add-in, or export your grid as JSON to keep it.",
    "pane.error.unexpected":
      "Something unexpected went wrong; nothing was changed in your workbook. Detail for support: {detail}",

    "pane.create.title": "Create the grid in this workbook",
    "pane.create.body":
      "Adds the common grid's sheets to this workbook. Your existing sheets are not changed.",
    "pane.create.button": "Create the grid",
    "pane.create.busy": "Creating the grid…",
    "pane.create.done": "The grid is ready: sheets {sheets}. Fill in the yellow cells.",
    "pane.create.present":
      'This workbook already holds a grid: nothing was added. To check it, use "Check my grid".',
    "pane.create.nameTaken":
      "This workbook already has sheets named {sheets}: so as not to change them, the grid was not created. Create it in a new workbook.",
    "pane.create.refused": "The grid was not created: {reasons}",

    "pane.flow.label": "Caterer's tools",
    "pane.flow.check": "Check my grid",
    "pane.flow.check.hint": "Mistakes and gaps in this workbook's grid, with the cell concerned.",
    "pane.flow.price": "Price a variant",
    "pane.flow.price.hint":
      "The exact price before and after VAT of what a buyer asks for, with its breakdown.",
    "pane.flow.mygrid": "My grid",
    "pane.flow.mygrid.hint": "Keep your grid in the add-in, export or import it as JSON.",

    "pane.check.title": "Check the grid",
    "pane.check.body": "The pane reads this workbook's grid again and lists what is missing or wrong.",
    "pane.check.again": "Check again",
    "pane.check.busy": "Reading the workbook…",
    "pane.check.noGrid":
      "No common grid in this workbook. Create one from the caterer's screen, or open the workbook that holds it.",
    "pane.check.clean": "No problem: the grid is complete and conforms.",
    "pane.check.summary": "To review: {counts}.",
    "pane.check.listLabel": "Points to review",
    "pane.check.clickHint": "Click a point to go to its cell in Excel.",
    "pane.check.selecting": "Selecting the cell…",

    "pane.price.title": "Price of a variant",
    "pane.price.body": "Describe what the buyer asks for: the pane prices it from your grid.",
    "pane.price.product": "Product",
    "pane.price.cocktail": "Cocktail (any number of pieces)",
    "pane.price.pieces": "Number of pieces",
    "pane.price.extras": "Add-ons, per person",
    "pane.price.guests": "Number of guests (or trays)",
    "pane.price.unit": "Price asked",
    "pane.price.delivery": "Delivery",
    "pane.price.delivery.none": "Not concerned",
    "pane.price.delivery.included": "Included in the price",
    "pane.price.delivery.excluded": "Billed separately",
    "pane.price.zone": "Delivery zone",
    "pane.price.evening": "After 7 pm",
    "pane.price.weekend": "Saturday, Sunday or public holiday",
    "pane.price.pickup": "Equipment pick-up (second trip)",
    "pane.price.staff": "Service staff",
    "pane.price.staff.none": "Not concerned",
    "pane.price.staff.included": "Included in the price",
    "pane.price.staff.excluded": "Billed separately",
    "pane.price.role": "Role",
    "pane.price.staff.mode": "Headcount",
    "pane.price.staff.ratio": "One staff member per N guests",
    "pane.price.staff.count": "A fixed number of staff",
    "pane.price.staff.number": "N (guests per staff member, or number of staff)",
    "pane.price.hours": "Hours per staff member",
    "pane.price.submit": "Price it",
    "pane.price.busy": "Pricing…",
    "pane.price.noGrid":
      'No grid to price from: save "My grid" or import it, or open the workbook that holds your grid.',
    "pane.price.problems": "Why",
    "pane.price.ht": "Price before VAT ({unit})",
    "pane.price.ttc": "Price incl. VAT ({unit})",
    "pane.price.breakdown": "How it is calculated",

    "pane.mygrid.title": "My grid",
    "pane.mygrid.storage":
      "Your grid is kept by the add-in on this computer: you find it in all your workbooks. Nothing is sent over the Internet.",
    "pane.mygrid.none": "No grid saved yet.",
    "pane.mygrid.saved": "Grid saved on {date}.",
    "pane.mygrid.saved.named": "Grid of {name}, saved on {date}.",
    "pane.mygrid.save.title": "Save from this workbook",
    "pane.mygrid.save.body":
      'Reads this workbook\'s grid and keeps it as "my grid" (replacing the previous one).',
    "pane.mygrid.save": "Save my grid",
    "pane.mygrid.saving": "Reading the grid…",
    "pane.mygrid.saveDone": "My grid is saved.",
    "pane.mygrid.file.title": "JSON file",
    "pane.mygrid.export": "Export my grid (JSON)",
    "pane.mygrid.import": "Import a grid (JSON file)",
    "pane.mygrid.importing": "Reading the file…",
    "pane.mygrid.importDone": "Grid imported: it is now my grid.",
    "pane.mygrid.withFindings": "To review: {counts}.",
    "pane.mygrid.unusable": "This grid cannot be used ({counts}): nothing was saved.",
    "pane.mygrid.listLabel": "Points found",
    "pane.import.notJson":
      '{file} is not a readable JSON file. Choose the file exported by the add-in or by the "grille" command.',

    "pane.template.title": "Blank template to distribute",
    "pane.template.language": "Template language",
    "pane.template.language.fr": "French",
    "pane.template.language.en": "English",
    "pane.template.password": "Protection password (optional)",
    "pane.template.password.hint":
      "Protects the sheets' structure: caterers only fill in the yellow cells. Keep this password.",
    "pane.template.busy": "Preparing the template…",
    "pane.template.fileName.fr": "grille-commune-traiteur-modele.xlsx",
    "pane.template.fileName.en": "grille-commune-traiteur-template.xlsx",

    "pane.returned.title": "Check a returned grid",
    "pane.returned.body": "Check a grid a caterer sent back: open in Excel, or chosen as a file.",
    "pane.returned.open": "Check the grid of the open workbook",
    "pane.returned.file": "Or choose a returned .xlsx file",
    "pane.returned.busy": "Reading {file}…",

    "pane.manifest.traiteur.label": "My grid",
    "pane.manifest.traiteur.tooltip": "Caterer: create and check your grid, price a variant, keep your grid.",
    "pane.manifest.animateur.label": "Facilitation",
    "pane.manifest.animateur.tooltip":
      "Facilitator: download the blank template to distribute, check a returned grid.",
  },
});

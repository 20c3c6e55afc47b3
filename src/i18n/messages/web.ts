import { defineMessages } from "../types";

// The offline page (src/web): its frame (title, confidentiality, language switch), the words of its tools where they
// differ from the pane's (a file rather than "this workbook", downloads, this browser's storage), and what each role
// finds on it (web.offer.*, web.flow.*.hint.*: a flow that lands adds its lines).
export const web = defineMessages({
  fr: {
    "web.title": "Grille commune traiteur (hors ligne)",
    "web.tagline":
      "La grille de prix commune des traiteurs, sans Excel : vos fichiers .xlsx restent sur votre ordinateur.",
    "web.privacy":
      "Confidentialité : cette page fonctionne sans Internet ; vos fichiers sont lus et écrits dans ce navigateur, et rien n'est envoyé nulle part (sa politique de sécurité interdit toute connexion).",
    "web.lang.other": "English",
    "web.roles.intro":
      "Choisissez votre rôle. Cette page lit les fichiers que vous choisissez ou déposez, et vous propose en téléchargement ce qu'elle produit.",
    "web.flows.label": "Outils",
    "web.drop.one": "Ou déposez le fichier dans ce cadre.",
    "web.drop.many": "Ou déposez les fichiers dans ce cadre (plusieurs à la fois).",
    "web.download.offered":
      "Téléchargement proposé : {file}. Votre navigateur l'enregistre dans vos Téléchargements, ou vous demande où.",

    "web.offer.template": "Télécharger le modèle vierge",
    "web.offer.checkMany": "Vérifier d'un coup les grilles reçues",
    "web.flow.template.hint.traiteur":
      "Le classeur de la grille commune à remplir dans Excel, LibreOffice ou Google Sheets.",
    "web.flow.template.hint.animateur":
      "Le classeur vierge à envoyer aux traiteurs, en français ou en anglais, protégé par un mot de passe si vous voulez.",
    "web.flow.check.hint.traiteur":
      "Avant de l'envoyer : les erreurs et oublis de votre grille remplie, avec leur cellule.",
    "web.flow.check.hint.acheteur": "Les erreurs et oublis de la grille d'un traiteur, avec leur cellule.",
    "web.flow.price.hint.traiteur":
      "Le prix HT et TTC exact d'une formule demandée, avec le détail du calcul, depuis votre grille.",
    "web.flow.price.hint.acheteur":
      "Le prix HT et TTC exact d'une formule, calculé depuis la grille d'un traiteur (.xlsx ou .json).",
    "web.flow.mygrid.hint": "Garder votre grille dans ce navigateur, l'exporter ou l'importer en JSON.",
    "web.flow.many.hint":
      "Plusieurs grilles de traiteurs à la fois : un tableau de synthèse, puis le détail de chacune.",

    "web.template.title": "Modèle vierge",
    "web.template.intro":
      "Téléchargez le classeur de la grille commune, vide : il s'ouvre dans Excel, LibreOffice ou Google Sheets.",

    "web.check.title": "Vérifier une grille",
    "web.check.intro":
      "Choisissez une grille remplie (.xlsx) : la page la relit et liste ce qui manque ou ne va pas, avec la feuille et la cellule.",
    "web.check.file": "Grille remplie (.xlsx)",
    "web.check.checked": "Grille vérifiée : {file}",
    "web.check.noGrid":
      "{file} ne contient pas de grille commune. Choisissez le classeur du modèle rempli (téléchargé depuis cette page, le complément ou « grille template »).",

    "web.many.title": "Vérifier les grilles reçues",
    "web.many.intro":
      "Choisissez ou déposez toutes les grilles renvoyées par les traiteurs : un tableau dit lesquelles renvoyer pour correction, puis le détail de chacune.",
    "web.many.files": "Grilles reçues (.xlsx, plusieurs à la fois)",
    "web.many.busy": "Lecture de {count} fichiers…",
    "web.many.reading": "Lecture de {file} ({index} sur {count})…",
    "web.many.done": "{count} {count|fichier lu|fichiers lus} ; à renvoyer pour correction : {review}.",
    "web.many.caption": "Synthèse des {count} grilles",
    "web.many.col.grid": "Grille",
    "web.many.col.caterer": "Traiteur",
    "web.many.col.errors": "Erreurs",
    "web.many.col.warnings": "Avertissements",
    "web.many.unreadable": "Fichier illisible",
    "web.many.notGrid": "Pas une grille commune",
    "web.many.noName": "Raison sociale non remplie",
    "web.many.findings": "Points à revoir de {file}",

    "web.price.title": "Prix d'une variante",
    "web.price.intro":
      "Choisissez la grille, décrivez la formule demandée : la page calcule son prix HT et TTC avec le détail du calcul.",
    "web.price.grid.title": "Grille utilisée",
    "web.price.grid.none": "Aucune grille choisie pour l'instant.",
    "web.price.grid.file": "Grille d'un traiteur (.xlsx rempli ou .json)",
    "web.price.grid.ready": "Grille prête : décrivez la variante.",
    "web.price.grid.findings": "Grille prête, avec des points à revoir : {counts}.",
    "web.price.grid.unusable":
      "La grille de {file} ne permet pas de calculer de prix : corrigez les points ci-dessous, puis choisissez-la à nouveau.",
    "web.price.source.mine": "Ma grille, enregistrée dans ce navigateur le {date}.",
    "web.price.source.file": "La grille du fichier {file}.",
    "web.price.variant.title": "Variante demandée",
    "web.price.noGrid": "Choisissez d'abord la grille à utiliser (fichier .xlsx rempli ou .json).",
    "web.price.pricedWith": "Calculé avec : {source}",
    "web.price.gridProblem":
      "Cette variante ne peut pas être chiffrée avec cette grille : le point ci-dessous donne la cellule à remplir dans le fichier.",

    "web.mygrid.intro":
      "Gardez votre grille dans ce navigateur pour calculer vos prix sans rechoisir le fichier ; exportez-la pour la sauvegarder ou la transporter.",
    "web.mygrid.storage":
      "Votre grille est gardée par ce navigateur, sur cet ordinateur, pour la page à cette adresse : {address}. Un autre navigateur, un autre ordinateur ou une copie de la page à une autre adresse ne la retrouvent pas : exportez-la en JSON pour la garder. Rien n'est envoyé sur Internet.",
    "web.mygrid.save.title": "Enregistrer depuis une grille remplie",
    "web.mygrid.save.body":
      "Relit la grille du fichier et la garde comme « ma grille » (remplace la précédente, qui reste récupérable).",
    "web.mygrid.save.file": "Ma grille remplie (.xlsx)",

    "web.flow.tender.hint":
      "Le bordereau de l'acheteur (.xlsx) : vérifiez ses lignes, puis téléchargez la copie remplie de vos prix.",
    "web.tender.title": "Répondre à un appel d'offres",
    "web.tender.intro":
      "Choisissez le bordereau de l'acheteur : son tableau de prix, ses conditions et chaque ligne sont lus. Vérifiez les lignes, confirmez celles qui le demandent, puis téléchargez une copie remplie : rien d'autre n'y change, et le fichier choisi reste tel quel.",
    "web.tender.file.title": "Bordereau de l'acheteur",
    "web.tender.file": "Le classeur de l'acheteur (.xlsx)",
    "web.tender.grid.ready": "Grille prête : les prix des lignes sont calculés avec elle.",
    "web.tender.source.none":
      "Aucune grille pour chiffrer : choisissez votre grille (un .xlsx rempli ou un .json), ou gardez-la dans « Ma grille ».",
    "web.tender.fill.body":
      "Les prix sont écrits dans une copie du classeur, proposée en téléchargement. Seules les cellules de prix des lignes reconnues sont remplies ; les lignes à confirmer, hors standard ou non chiffrables restent vides, et une cellule déjà remplie est gardée sauf si vous cochez ci-dessous.",
    "web.tender.fill.button": "Remplir les prix et télécharger la copie",
    "web.tender.fileName": "{name} - prix remplis.xlsx",
    "web.tender.fill.done":
      "{filled} {filled|ligne remplie|lignes remplies} sur {lines}. Copie proposée en téléchargement : {file} ; montants et totaux de l'acheteur s'y recalculent à l'ouverture.",
    "web.tender.fill.partial":
      "{filled} {filled|ligne remplie|lignes remplies} sur {lines} ; {left} à voir par vous ci-dessous. Copie proposée en téléchargement : {file}.",

    "web.flow.schedule.hint":
      "Les prestations choisies dans le catalogue du standard, avec leurs quantités : le bordereau (BPU valant DQE) à télécharger.",
    "web.schedule.intro":
      "Choisissez chaque prestation dans le catalogue du standard, avec sa quantité estimative, ou importez une liste de lignes (.json). Le bordereau (BPU valant DQE) se télécharge ; les traiteurs le remplissent sans rien deviner.",
    "web.schedule.download.title": "Télécharger le bordereau",
    "web.schedule.refused": "Le bordereau ne peut pas être fait : corrigez les points ci-dessous.",

    "web.flow.checkBid.hint":
      "L'offre d'un candidat comparée au bordereau d'origine : prix manquants, négatifs, modifications du bordereau, calculs faux.",
    "web.flow.beforeSending.hint":
      "Votre réponse remplie comparée au bordereau de l'acheteur et à votre grille, avant de l'envoyer.",
    "web.checkBid.title.acheteur": "Vérifier une offre reçue",
    "web.checkBid.intro.acheteur":
      "Choisissez le bordereau d'origine tel que vous l'avez diffusé, puis l'offre d'un candidat : chaque ligne de prix est vérifiée, et toute modification du bordereau signalée avec sa cellule.",
    "web.checkBid.intro.traiteur":
      "Choisissez le bordereau tel que l'acheteur vous l'a envoyé, puis votre réponse remplie : chaque ligne de prix est vérifiée, et comparée à votre grille gardée dans ce navigateur.",
    "web.checkBid.files": "Fichiers à comparer",
    "web.checkBid.bid.acheteur": "L'offre du candidat (.xlsx)",
    "web.checkBid.bid.traiteur": "Votre réponse remplie (.xlsx)",
    "web.checkBid.chosen": "Choisi : {file}.",
    "web.checkBid.needOriginal": "Choisissez aussi le bordereau d'origine.",
    "web.checkBid.needBid": "Choisissez aussi l'offre à vérifier.",
    "web.checkBid.grid.none":
      "Aucune grille gardée dans ce navigateur : vos prix ne sont pas comparés à votre grille (voir « Ma grille »).",

    "web.flow.compare.hint":
      "Les offres reçues, plusieurs à la fois : classement, notes, offres anormalement basses ; le classeur de comparaison et le rapport à télécharger.",
    "web.compare.intro":
      "Choisissez le bordereau d'origine et les offres reçues (plusieurs à la fois), puis la notation. Le classement s'affiche ici ; le classeur de comparaison (synthèse, détail par ligne, constats) et le rapport HTML se téléchargent.",
    "web.compare.files": "Bordereau et offres",
    "web.compare.chosenBids": "Offres choisies",
    "web.compare.originalMissing": "Choisissez d'abord le fichier du bordereau d'origine.",
    "web.compare.done":
      "{count} {count|offre comparée|offres comparées} : le classement ci-dessous, le classeur et le rapport à télécharger.",
    "web.compare.downloadWorkbook": "Télécharger le classeur de comparaison (.xlsx)",
    "web.compare.writing": "Écriture du classeur de comparaison…",
    "web.compare.workbookFile": "comparaison-offres.xlsx",

    "web.flow.collect.hint":
      "Toutes les grilles retournées d'un coup : l'annuaire de l'offre et l'observatoire des prix, en classeur et en rapport à télécharger.",
    "web.collect.intro":
      "Choisissez ou déposez les grilles retournées par les traiteurs (.xlsx ou .json, autant que vous voulez). Chaque fichier est lu dans ce navigateur ; le registre (annuaire, observatoire des prix, insertion) et le rapport de l'observatoire se téléchargent.",
    "web.collect.register": "Télécharger le registre (.xlsx)",
    "web.collect.writing": "Écriture du registre…",
    "web.collect.registerFile": "registre-grilles-{today}.xlsx",
  },
  en: {
    "web.title": "Grille commune traiteur (offline)",
    "web.tagline": "The caterers' common price grid, without Excel: your .xlsx files stay on your computer.",
    "web.privacy":
      "Privacy: this page works without the Internet; your files are read and written in this browser, and nothing is sent anywhere (its security policy forbids every connection).",
    "web.lang.other": "Français",
    "web.roles.intro":
      "Choose your role. This page reads the files you choose or drop, and offers what it makes as downloads.",
    "web.flows.label": "Tools",
    "web.drop.one": "Or drop the file on this box.",
    "web.drop.many": "Or drop the files on this box (several at once).",
    "web.download.offered":
      "Download offered: {file}. Your browser saves it in your Downloads, or asks where.",

    "web.offer.template": "Download the blank template",
    "web.offer.checkMany": "Check all returned grids at once",
    "web.flow.template.hint.traiteur":
      "The common grid's workbook, to fill in Excel, LibreOffice or Google Sheets.",
    "web.flow.template.hint.animateur":
      "The blank workbook to send to caterers, in French or English, protected by a password if you wish.",
    "web.flow.check.hint.traiteur":
      "Before sending it: mistakes and gaps in your filled grid, with their cells.",
    "web.flow.check.hint.acheteur": "Mistakes and gaps in a caterer's grid, with their cells.",
    "web.flow.price.hint.traiteur":
      "The exact price before and after VAT of what a buyer asks for, with its breakdown, from your grid.",
    "web.flow.price.hint.acheteur":
      "The exact price before and after VAT of a variant, from a caterer's grid (.xlsx or .json).",
    "web.flow.mygrid.hint": "Keep your grid in this browser, export or import it as JSON.",
    "web.flow.many.hint": "Several caterers' grids at once: a summary table, then each one's details.",

    "web.template.title": "Blank template",
    "web.template.intro":
      "Download the common grid's workbook, blank: it opens in Excel, LibreOffice or Google Sheets.",

    "web.check.title": "Check a grid",
    "web.check.intro":
      "Choose a filled grid (.xlsx): the page reads it and lists what is missing or wrong, with the sheet and the cell.",
    "web.check.file": "Filled grid (.xlsx)",
    "web.check.checked": "Grid checked: {file}",
    "web.check.noGrid":
      "{file} holds no common grid. Choose the filled template's workbook (downloaded from this page, the add-in or `grille template`).",

    "web.many.title": "Check returned grids",
    "web.many.intro":
      "Choose or drop all the grids caterers sent back: a table says which to send back for correction, then each one's details.",
    "web.many.files": "Returned grids (.xlsx, several at once)",
    "web.many.busy": "Reading {count} files…",
    "web.many.reading": "Reading {file} ({index} of {count})…",
    "web.many.done": "{count} {count|file|files} read; to send back for correction: {review}.",
    "web.many.caption": "Summary of the {count} grids",
    "web.many.col.grid": "Grid",
    "web.many.col.caterer": "Caterer",
    "web.many.col.errors": "Errors",
    "web.many.col.warnings": "Warnings",
    "web.many.unreadable": "Unreadable file",
    "web.many.notGrid": "Not a common grid",
    "web.many.noName": "Company name not filled in",
    "web.many.findings": "Points to review in {file}",

    "web.price.title": "Price of a variant",
    "web.price.intro":
      "Choose the grid, describe what is asked for: the page works out its price before and after VAT with the breakdown.",
    "web.price.grid.title": "Grid used",
    "web.price.grid.none": "No grid chosen yet.",
    "web.price.grid.file": "A caterer's grid (filled .xlsx or .json)",
    "web.price.grid.ready": "Grid ready: describe the variant.",
    "web.price.grid.findings": "Grid ready, with points to review: {counts}.",
    "web.price.grid.unusable":
      "The grid in {file} cannot give prices: correct the points below, then choose it again.",
    "web.price.source.mine": "My grid, saved in this browser on {date}.",
    "web.price.source.file": "The grid of the file {file}.",
    "web.price.variant.title": "Variant asked for",
    "web.price.noGrid": "First choose the grid to use (a filled .xlsx or a .json file).",
    "web.price.pricedWith": "Priced with: {source}",
    "web.price.gridProblem":
      "This variant cannot be priced with this grid: the item below gives the cell to fill in the file.",

    "web.mygrid.intro":
      "Keep your grid in this browser to price without choosing the file again; export it to back it up or carry it.",
    "web.mygrid.storage":
      "Your grid is kept by this browser, on this computer, for the page at this address: {address}. Another browser, another computer or a copy of the page at another address do not find it: export it as JSON to keep it. Nothing is sent over the Internet.",
    "web.mygrid.save.title": "Save from a filled grid",
    "web.mygrid.save.body":
      'Reads the file\'s grid and keeps it as "my grid" (replacing the previous one, which stays recoverable).',
    "web.mygrid.save.file": "My filled grid (.xlsx)",

    "web.flow.tender.hint":
      "The buyer's schedule (.xlsx): check its lines, then download the copy filled with your prices.",
    "web.tender.title": "Answer a tender",
    "web.tender.intro":
      "Choose the buyer's schedule: its price table, its conditions and every line are read. Check the lines, confirm those that ask for it, then download a filled copy: nothing else in it changes, and the file you chose stays as it is.",
    "web.tender.file.title": "The buyer's schedule",
    "web.tender.file": "The buyer's workbook (.xlsx)",
    "web.tender.grid.ready": "Grid ready: the lines are priced with it.",
    "web.tender.source.none":
      'No grid to price with: choose your grid (a filled .xlsx or a .json), or keep it in "My grid".',
    "web.tender.fill.body":
      "The prices are written into a copy of the workbook, offered as a download. Only the price cells of recognised lines are filled; lines to confirm, outside the standard or that cannot be priced stay empty, and a cell already filled is kept unless you tick below.",
    "web.tender.fill.button": "Fill the prices and download the copy",
    "web.tender.fileName": "{name} - prices filled.xlsx",
    "web.tender.fill.done":
      "{filled} {filled|line|lines} filled out of {lines}. Copy offered as a download: {file}; the buyer's amounts and totals recalculate when it opens.",
    "web.tender.fill.partial":
      "{filled} {filled|line|lines} filled out of {lines}; {left} for you to see below. Copy offered as a download: {file}.",

    "web.flow.schedule.hint":
      "Services picked from the standard's catalogue, with their quantities: the schedule (BPU/DQE) to download.",
    "web.schedule.intro":
      "Pick each service from the standard's catalogue, with its estimated quantity, or import a list of lines (.json). The schedule (BPU/DQE) downloads; caterers fill it without guessing anything.",
    "web.schedule.download.title": "Download the schedule",
    "web.schedule.refused": "The schedule cannot be made: correct the points below.",

    "web.flow.checkBid.hint":
      "A bidder's offer checked against the original schedule: missing or negative prices, changes to the schedule, wrong sums.",
    "web.flow.beforeSending.hint":
      "Your filled answer checked against the buyer's schedule and your grid, before you send it.",
    "web.checkBid.title.acheteur": "Check a bid received",
    "web.checkBid.intro.acheteur":
      "Choose the original schedule as you sent it out, then a bidder's offer: every price line is checked, and any change to the schedule is reported with its cell.",
    "web.checkBid.intro.traiteur":
      "Choose the schedule as the buyer sent it to you, then your filled answer: every price line is checked, and compared with your grid kept in this browser.",
    "web.checkBid.files": "Files to compare",
    "web.checkBid.bid.acheteur": "The bidder's offer (.xlsx)",
    "web.checkBid.bid.traiteur": "Your filled answer (.xlsx)",
    "web.checkBid.chosen": "Chosen: {file}.",
    "web.checkBid.needOriginal": "Also choose the original schedule.",
    "web.checkBid.needBid": "Also choose the bid to check.",
    "web.checkBid.grid.none":
      'No grid kept in this browser: your prices are not compared with your grid (see "My grid").',

    "web.flow.compare.hint":
      "The bids received, several at once: ranking, scores, abnormally low bids; the comparison workbook and the report to download.",
    "web.compare.intro":
      "Choose the original schedule and the bids received (several at once), then the scoring. The ranking shows here; the comparison workbook (summary, line by line, findings) and the HTML report download.",
    "web.compare.files": "Schedule and bids",
    "web.compare.chosenBids": "Bids chosen",
    "web.compare.originalMissing": "First choose the file of the original schedule.",
    "web.compare.done":
      "{count} {count|bid|bids} compared: the ranking below, the workbook and the report to download.",
    "web.compare.downloadWorkbook": "Download the comparison workbook (.xlsx)",
    "web.compare.writing": "Writing the comparison workbook…",
    "web.compare.workbookFile": "bid-comparison.xlsx",

    "web.flow.collect.hint":
      "Every returned grid at once: the directory of the offer and the price observatory, as a workbook and a report to download.",
    "web.collect.intro":
      "Choose or drop the grids caterers returned (.xlsx or .json, as many as you like). Each file is read in this browser; the register (directory, price observatory, insertion) and the observatory's report download.",
    "web.collect.register": "Download the register (.xlsx)",
    "web.collect.writing": "Writing the register…",
    "web.collect.registerFile": "grid-register-{today}.xlsx",
  },
});

import { defineMessages } from "../types";

// The pane's buyer's side: make a schedule from the standard's catalogue, check the bid open in Excel against its
// original (a buyer's "Vérifier l'offre ouverte", a caterer's "Vérifier avant envoi"), and what each role offers.
export const taskpaneBuyer = defineMessages({
  fr: {
    "role.offer.makeSchedule": "Créer un bordereau au format standard",
    "role.offer.checkBid": "Vérifier une offre reçue, ligne par ligne",
    "role.offer.checkBeforeSending": "Vérifier ma réponse avant de l'envoyer",
    "pane.flow.schedule": "Créer un bordereau",
    "pane.flow.schedule.hint":
      "Les prestations demandées, choisies dans le catalogue du standard, en BPU valant DQE prêt à diffuser.",
    "pane.flow.checkBid": "Vérifier l'offre ouverte",
    "pane.flow.checkBid.hint":
      "L'offre ouverte dans Excel comparée au bordereau d'origine : prix manquants, TVA, montants, lignes modifiées.",
    "pane.flow.beforeSending": "Vérifier avant envoi",
    "pane.flow.beforeSending.hint":
      "Votre réponse ouverte dans Excel comparée au bordereau reçu, et vos prix comparés à votre grille.",
    "pane.schedule.title": "Créer un bordereau",
    "pane.schedule.body":
      "Choisissez chaque prestation dans le catalogue du standard, avec sa quantité estimative. Le bordereau (BPU valant DQE) s'écrit dans une nouvelle feuille de ce classeur, ou se télécharge.",
    "pane.schedule.add.title": "Ajouter une ligne",
    "pane.schedule.quantity": "Quantité estimative",
    "pane.schedule.ref": "N° de prix (facultatif)",
    "pane.schedule.add": "Ajouter la ligne",
    "pane.schedule.added": "Ligne {ref} ajoutée : {label}.",
    "pane.schedule.addRefused": "La ligne n'est pas ajoutée : corrigez le champ « {field} ».",
    "pane.schedule.addProblem": "La ligne n'est pas ajoutée : voyez ci-dessous.",
    "pane.schedule.lines.title": "Lignes du bordereau",
    "pane.schedule.lines.count": "{count} {count|ligne|lignes}.",
    "pane.schedule.lines.empty":
      "Aucune ligne pour l'instant : ajoutez-en avec le formulaire, ou importez une liste.",
    "pane.schedule.line.quantity": "Quantité : {quantity} ({unit})",
    "pane.schedule.remove": "Retirer",
    "pane.schedule.removeLabel": "Retirer la ligne {ref}",
    "pane.schedule.removed": "Ligne {ref} retirée.",
    "pane.schedule.import": "Importer une liste de lignes (JSON)",
    "pane.schedule.importing": "Lecture de {file}…",
    "pane.schedule.imported": "{count} {count|ligne importée|lignes importées} de {file}.",
    "pane.schedule.importRefused": "{file} n'est pas importé : corrigez les lignes signalées ci-dessous.",
    "pane.schedule.importInvalid": "{file} n'est pas une liste JSON lisible ({detail}) : rien n'est importé.",
    "pane.schedule.export": "Télécharger la liste (JSON)",
    "pane.schedule.problems": "À corriger",
    "pane.schedule.lineFinding": "Ligne {line} : {message}",
    "pane.schedule.write.title": "Écrire le bordereau",
    "pane.schedule.consultation": "Intitulé de la consultation (facultatif)",
    "pane.schedule.write": "Écrire dans ce classeur",
    "pane.schedule.download": "Télécharger le bordereau (.xlsx)",
    "pane.schedule.busy": "Écriture du bordereau…",
    "pane.schedule.done":
      "Bordereau écrit dans la feuille « {sheets} » : {rows} {rows|ligne|lignes} de prix.",
    "pane.schedule.nameTaken":
      "Ce classeur a déjà une feuille « {sheets} » : rien n'a été écrit. Renommez-la ou ouvrez un nouveau classeur, puis recommencez.",
    "pane.schedule.refused": "Excel ne peut pas écrire le bordereau ici : {reasons}",
    "pane.schedule.noLines": "Ajoutez au moins une ligne avant d'écrire le bordereau.",
    "pane.schedule.offered": "Bordereau proposé au téléchargement : {file}.",
    "pane.schedule.fileName": "bordereau-BPU-DQE.xlsx",
    "pane.schedule.listFileName": "lignes-bordereau.json",
    "pane.checkBid.title.acheteur": "Vérifier l'offre ouverte",
    "pane.checkBid.title.traiteur": "Vérifier avant envoi",
    "pane.checkBid.body.acheteur":
      "Ouvrez l'offre d'un candidat dans Excel, puis choisissez le bordereau d'origine tel que vous l'avez diffusé. Le fichier est lu sur cet ordinateur : rien n'est envoyé.",
    "pane.checkBid.body.traiteur":
      "Ouvrez dans Excel votre réponse remplie, puis choisissez le bordereau tel que l'acheteur vous l'a envoyé. Le fichier est lu sur cet ordinateur : rien n'est envoyé.",
    "pane.checkBid.file": "Bordereau d'origine (.xlsx)",
    "pane.checkBid.again": "Vérifier à nouveau",
    "pane.checkBid.busy": "Vérification de l'offre contre {file}…",
    "pane.checkBid.clean":
      "Aucune anomalie par rapport à {file} : {lines} {lines|ligne|lignes} de prix, chaque prix est lu et rien du bordereau n'a été modifié.",
    "pane.checkBid.summary":
      "{lines} {lines|ligne de prix vérifiée|lignes de prix vérifiées} par rapport à {file} : {counts}.",
    "pane.checkBid.unusable": "L'offre ne peut pas être vérifiée. {reason}",
    "pane.checkBid.grid.mine":
      "Prix comparés à ma grille (enregistrée le {date}) : {count} {count|ligne|lignes}.",
    "pane.checkBid.grid.none":
      "Aucune grille enregistrée dans le complément : vos prix ne sont pas comparés à votre grille (voir « Ma grille »).",
    "pane.checkBid.listLabel": "Anomalies de l'offre",
  },
  en: {
    "role.offer.makeSchedule": "Make a schedule in the standard format",
    "role.offer.checkBid": "Check a received bid, line by line",
    "role.offer.checkBeforeSending": "Check my answer before sending it",
    "pane.flow.schedule": "Make a schedule",
    "pane.flow.schedule.hint":
      "The services you ask for, picked from the standard's catalogue, as a schedule of prices and quantities ready to hand out.",
    "pane.flow.checkBid": "Check the open bid",
    "pane.flow.checkBid.hint":
      "The bid open in Excel against the original schedule: missing prices, VAT, amounts, changed lines.",
    "pane.flow.beforeSending": "Check before sending",
    "pane.flow.beforeSending.hint":
      "Your answer open in Excel against the schedule you received, and your prices against your grid.",
    "pane.schedule.title": "Make a schedule",
    "pane.schedule.body":
      "Pick each service from the standard's catalogue, with its estimated quantity. The schedule (BPU/DQE) is written into a new sheet of this workbook, or downloaded.",
    "pane.schedule.add.title": "Add a line",
    "pane.schedule.quantity": "Estimated quantity",
    "pane.schedule.ref": "Item number (optional)",
    "pane.schedule.add": "Add the line",
    "pane.schedule.added": "Line {ref} added: {label}.",
    "pane.schedule.addRefused": 'The line is not added: correct the field "{field}".',
    "pane.schedule.addProblem": "The line is not added: see below.",
    "pane.schedule.lines.title": "Lines of the schedule",
    "pane.schedule.lines.count": "{count} {count|line|lines}.",
    "pane.schedule.lines.empty": "No line yet: add some with the form, or import a list.",
    "pane.schedule.line.quantity": "Quantity: {quantity} ({unit})",
    "pane.schedule.remove": "Remove",
    "pane.schedule.removeLabel": "Remove line {ref}",
    "pane.schedule.removed": "Line {ref} removed.",
    "pane.schedule.import": "Import a list of lines (JSON)",
    "pane.schedule.importing": "Reading {file}…",
    "pane.schedule.imported": "{count} {count|line|lines} imported from {file}.",
    "pane.schedule.importRefused": "{file} is not imported: correct the lines reported below.",
    "pane.schedule.importInvalid": "{file} is not a readable JSON list ({detail}): nothing is imported.",
    "pane.schedule.export": "Download the list (JSON)",
    "pane.schedule.problems": "To correct",
    "pane.schedule.lineFinding": "Line {line}: {message}",
    "pane.schedule.write.title": "Write the schedule",
    "pane.schedule.consultation": "Title of the consultation (optional)",
    "pane.schedule.write": "Write into this workbook",
    "pane.schedule.download": "Download the schedule (.xlsx)",
    "pane.schedule.busy": "Writing the schedule…",
    "pane.schedule.done": 'Schedule written in the sheet "{sheets}": {rows} {rows|priced row|priced rows}.',
    "pane.schedule.nameTaken":
      'This workbook already has a sheet "{sheets}": nothing was written. Rename it or open a new workbook, then try again.',
    "pane.schedule.refused": "Excel cannot write the schedule here: {reasons}",
    "pane.schedule.noLines": "Add at least one line before writing the schedule.",
    "pane.schedule.offered": "Schedule offered as a download: {file}.",
    "pane.schedule.fileName": "schedule-BPU-DQE.xlsx",
    "pane.schedule.listFileName": "schedule-lines.json",
    "pane.checkBid.title.acheteur": "Check the open bid",
    "pane.checkBid.title.traiteur": "Check before sending",
    "pane.checkBid.body.acheteur":
      "Open a bidder's bid in Excel, then choose the original schedule as you handed it out. The file is read on this computer: nothing is sent.",
    "pane.checkBid.body.traiteur":
      "Open your filled answer in Excel, then choose the schedule as the buyer sent it to you. The file is read on this computer: nothing is sent.",
    "pane.checkBid.file": "Original schedule (.xlsx)",
    "pane.checkBid.again": "Check again",
    "pane.checkBid.busy": "Checking the bid against {file}…",
    "pane.checkBid.clean":
      "Nothing to report against {file}: {lines} {lines|priced line|priced lines}, every price is read and nothing of the schedule was changed.",
    "pane.checkBid.summary": "{lines} {lines|priced line|priced lines} checked against {file}: {counts}.",
    "pane.checkBid.unusable": "The bid cannot be checked. {reason}",
    "pane.checkBid.grid.mine": "Prices compared with my grid (saved on {date}): {count} {count|line|lines}.",
    "pane.checkBid.grid.none":
      'No grid saved in the add-in: your prices are not compared with your grid (see "My grid").',
    "pane.checkBid.listLabel": "Findings on the bid",
  },
});

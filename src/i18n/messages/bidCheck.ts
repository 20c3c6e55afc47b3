import { defineMessages } from "../types";

// Checking a bid against its original schedule as a whole (src/usecases/check-bid.ts), the stale prices found with
// the caterer's grid, and the command line's `grille bordereau` and `grille check`. Amounts in {price},
// {expected} are rendered by findingMessage.
export const bidCheck = defineMessages({
  fr: {
    "bid.price.stale":
      "Prix de {price}, alors que votre grille donne {expected} pour cette ligne : mettez le prix à jour, ou vérifiez votre grille si ce prix est voulu.",
    "bid.sheet.missing":
      "L'offre {bid} n'a pas de feuille « {sheet} », où le bordereau d'origine {tender} attend les prix : vérifiez que l'offre et le bordereau d'origine choisis vont ensemble.",
    "bid.table.columns":
      "Les colonnes du tableau de prix ont changé : la colonne {original} du bordereau d'origine est en {changed} dans l'offre (une colonne insérée, supprimée ou déplacée). Les lignes ne sont pas vérifiées ; examinez si l'offre reste régulière.",
    "bid.table.header":
      "L'en-tête du tableau de prix (ligne {row} du bordereau d'origine) n'est plus reconnu dans l'offre : le candidat l'a modifié. Les lignes sont vérifiées dans les colonnes du bordereau d'origine ; examinez si l'offre reste régulière.",
    "bid.table.mismatch":
      "L'offre {bid} ne semble pas répondre au bordereau {tender} : {count} {count|ligne|lignes} de prix sur {total} {count|y a une autre désignation ou manque|y ont une autre désignation ou manquent}. Vérifiez que vous avez choisi le bon bordereau d'origine.",
    "cli.check.description":
      "vérifie une offre ligne par ligne contre le bordereau d'origine (prix manquants ou illisibles, TVA, montants, lignes ou formules modifiées)",
    "cli.check.argument": "offre.xlsx",
    "cli.check.option.tender": "le bordereau d'origine, tel que l'acheteur l'a diffusé (.xlsx)",
    "cli.check.option.grid":
      "votre grille (JSON ou modèle rempli) : signale les prix qui ne sont pas ceux de la grille",
    "cli.check.option.json": "résultat en JSON : {bid, tender, findings}",
    "cli.check.checked":
      "{bid} vérifiée contre {tender} : feuille « {sheet} », {lines} {lines|ligne|lignes} de prix.",
    "cli.check.grid": "Prix comparés à la grille {grid} : {count} {count|ligne|lignes}.",
    "cli.check.clean": "Aucune anomalie : chaque prix est lu et rien du bordereau n'a été modifié.",
    "cli.check.summary":
      "{errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.",
    "cli.check.where": "{file}: {cell}",
    "cli.bordereau.description":
      "écrit un bordereau BPU valant DQE au format standard à partir d'une liste de lignes (JSON)",
    "cli.bordereau.option.lines":
      'les lignes demandées, en JSON : [{"variant": {…}, "quantity": 120, "ref": "1.1"}]',
    "cli.bordereau.option.out": "le classeur à écrire (.xlsx)",
    "cli.bordereau.option.title": "l'intitulé de la consultation, sous le titre du bordereau",
    "cli.bordereau.option.force": "remplace le fichier de sortie s'il existe",
    "cli.bordereau.option.lang": "langue du bordereau : fr ou en",
    "cli.bordereau.where": "{file}, ligne {line}, champ « {field} »",
    "cli.bordereau.whereLine": "{file}, ligne {line}",
    "cli.bordereau.written":
      "Bordereau écrit : {file} ({lines} {lines|ligne demandée|lignes demandées}, {rows} {rows|ligne|lignes} de prix à remplir).",
    "cli.demo.buyer.title": "Côté acheteur : le bordereau standard et la vérification d'une offre",
    "cli.demo.buyer.consultation": "Exemple de DQE du standard (section 6)",
    "cli.demo.buyer.schedule":
      "{file} : bordereau écrit depuis {lines} ; relu ligne par ligne, {mapped} {mapped|ligne de prix reconnue|lignes de prix reconnues} sur {rows}.",
    "cli.demo.buyer.check":
      "{file} : l'offre bid-c.xlsx vérifiée contre le bordereau t-departement.xlsx, {count} {count|anomalie|anomalies}.",
    "cli.demo.buyer.noSamples":
      "Offres d'exemple introuvables dans {folder} : la vérification d'une offre n'est pas montrée.",
    "cli.bordereau.refused":
      "Rien n'a été écrit : corrigez les lignes signalées dans {file}, puis relancez la commande.",
  },
  en: {
    "bid.price.stale":
      "Price of {price}, where your grid gives {expected} for this line: update the price, or check your grid if this price is intended.",
    "bid.sheet.missing":
      'The bid {bid} has no sheet "{sheet}", where the original schedule {tender} expects the prices: check that the bid and the original chosen go together.',
    "bid.table.columns":
      "The price table's columns have changed: column {original} of the original schedule is {changed} in the bid (a column inserted, removed or moved). The lines are not checked; consider whether the bid is still compliant.",
    "bid.table.header":
      "The price table's header (row {row} of the original schedule) is no longer recognised in the bid: the bidder changed it. The lines are checked in the original's columns; consider whether the bid is still compliant.",
    "bid.table.mismatch":
      "The bid {bid} does not seem to answer the schedule {tender}: {count} of its {total} priced lines have another description or are missing. Check that you chose the right original schedule.",
    "cli.check.description":
      "check a bid line by line against the original schedule (missing or unreadable prices, VAT, amounts, changed lines or formulas)",
    "cli.check.argument": "bid.xlsx",
    "cli.check.option.tender": "the original schedule, as the buyer handed it out (.xlsx)",
    "cli.check.option.grid": "your grid (JSON or filled template): reports prices that are not the grid's",
    "cli.check.option.json": "result as JSON: {bid, tender, findings}",
    "cli.check.checked":
      '{bid} checked against {tender}: sheet "{sheet}", {lines} {lines|priced line|priced lines}.',
    "cli.check.grid": "Prices compared with the grid {grid}: {count} {count|line|lines}.",
    "cli.check.clean": "Nothing to report: every price is read and nothing of the schedule was changed.",
    "cli.check.summary": "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "cli.check.where": "{file}: {cell}",
    "cli.bordereau.description":
      "write a schedule of unit prices and quantities (BPU/DQE) in the standard format from a list of lines (JSON)",
    "cli.bordereau.option.lines":
      'the lines asked for, as JSON: [{"variant": {…}, "quantity": 120, "ref": "1.1"}]',
    "cli.bordereau.option.out": "the workbook to write (.xlsx)",
    "cli.bordereau.option.title": "the consultation's title, under the schedule's title",
    "cli.bordereau.option.force": "replace the output file if it exists",
    "cli.bordereau.option.lang": "language of the schedule: fr or en",
    "cli.bordereau.where": '{file}, line {line}, field "{field}"',
    "cli.bordereau.whereLine": "{file}, line {line}",
    "cli.bordereau.written":
      "Schedule written: {file} ({lines} {lines|line|lines} asked for, {rows} {rows|priced row|priced rows} to fill).",
    "cli.demo.buyer.title": "The buyer's side: the standard schedule and checking a bid",
    "cli.demo.buyer.consultation": "The standard's DQE example (section 6)",
    "cli.demo.buyer.schedule":
      "{file}: schedule written from {lines}; read back line by line, {mapped} of {rows} {rows|priced row|priced rows} recognised.",
    "cli.demo.buyer.check":
      "{file}: the bid bid-c.xlsx checked against the schedule t-departement.xlsx, {count} {count|finding|findings}.",
    "cli.demo.buyer.noSamples": "Sample bids not found in {folder}: checking a bid is not shown.",
    "cli.bordereau.refused":
      "Nothing was written: correct the lines reported in {file}, then run the command again.",
  },
});

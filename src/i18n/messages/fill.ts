import { defineMessages } from "../types";

// Answering a tender: the fill report's reasons, a corrected reading file's problems, the "ready to submit" check,
// `grille fill` and its demo step.
export const fill = defineMessages({
  fr: {
    "fill.amount.ht": "{amount} HT",
    "fill.amount.ttc": "{amount} TTC",
    "fill.left.uncertain": "à confirmer, non remplie : {reason}",
    "fill.left.suggestion": "Lecture proposée : {label}.",
    "fill.left.unmapped": "hors standard, non remplie : {reason}",
    "fill.left.notPriceable": "non chiffrable avec cette grille, non remplie : {reason}",
    "fill.left.partMissing":
      "{cell} demande la part « {part} » du prix, que cette variante n'a pas : non remplie, vérifiez la ligne.",
    "fill.left.noPriceCell": "aucune cellule de prix à remplir sur cette ligne.",
    "fill.left.moved":
      "la ligne n'est plus à sa place dans le classeur depuis la lecture (lignes insérées ou déplacées) : non remplie. Relisez le bordereau.",
    "fill.left.refused": "non remplie : {reason}",
    "fill.left.kept": "valeur gardée : {reason}",
    "fill.map.shape":
      '{file} : ce n\'est pas une lecture de bordereau ({"lines": […]} attendu). Produisez-la avec « grille map BPU.xlsx --json > lecture.json », corrigez les lignes, puis passez-la avec --map.',
    "fill.map.lineShape":
      '{file}, élément n° {index} de « lines » : un objet {"row", "status", "variant"} est attendu.',
    "fill.map.rowShape":
      "{file}, élément n° {index} de « lines » : « row » vaut {value} ; donnez le numéro de ligne du classeur (un entier à partir de 1).",
    "fill.map.status":
      "{file}, ligne {row} : statut « {value} » inconnu ; utilisez « mapped » (à remplir avec la variante donnée), « uncertain » (à laisser vide) ou « unmapped » (hors standard).",
    "fill.map.sheet":
      "{file} : cette lecture porte sur la feuille « {sheet} », mais le tableau de prix lu est sur « {read} ». Passez --sheet « {sheet} », ou refaites la lecture de ce classeur.",
    "fill.map.row":
      "{file}, ligne {row} : la feuille « {sheet} » n'a pas de ligne de prix {row}. Ce fichier a-t-il été fait pour ce classeur ? Refaites-le avec grille map --json.",
    "fill.map.duplicate": "{file}, ligne {row} : donnée deux fois ; gardez une seule entrée par ligne.",
    "fill.map.designation":
      "{file}, ligne {row} : le fichier dit « {given} », le classeur « {text} ». Ce fichier a-t-il été fait pour ce classeur ? Refaites-le avec grille map --json.",
    "fill.map.variantMissing":
      "{file}, ligne {row} : statut « mapped » sans variante ; donnez la variante demandée (voir grille price --help), ou laissez « uncertain ».",
    "fill.map.variantNotMapped":
      "{file}, ligne {row} : une variante est donnée mais le statut reste « uncertain » ; mettez « mapped » pour que la ligne soit remplie.",
    "fill.map.variantInvalid": "{file}, ligne {row} : variante refusée : {detail}",
    "answer.ready.gridSheet":
      "La feuille « {sheet} » est celle de votre grille de prix : supprimez-la avant de déposer (clic droit sur l'onglet → Supprimer), l'acheteur y verrait tous vos prix.",
    "answer.ready.hiddenGridSheet":
      "La feuille masquée « {sheet} » contient votre grille de prix : l'acheteur la verrait en l'affichant. Affichez-la (clic droit sur un onglet → Afficher), puis supprimez-la.",
    "answer.ready.gridNames":
      "{count} {count|nom défini|noms définis} de votre grille {count|reste|restent} dans le classeur ({names}) : {count|supprimez-le|supprimez-les} (Formules → Gestionnaire de noms).",
    "answer.ready.gridFormulas":
      "Feuille « {sheet} » : {count} {count|cellule calculée|cellules calculées} sur votre grille ({cells}) : {count|remplacez-la par sa valeur|remplacez-les par leurs valeurs} (Copier, puis Collage spécial → Valeurs).",
    "answer.ready.externalFormulas":
      "Feuille « {sheet} » : {count} {count|cellule liée|cellules liées} à un autre classeur ({cells}) : {count|remplacez-la par sa valeur|remplacez-les par leurs valeurs} (Copier, puis Collage spécial → Valeurs), ou rompez les liaisons (Données → Modifier les liens).",
    "answer.ready.externalNames":
      "{count} {count|nom défini|noms définis} {count|renvoie|renvoient} à un autre classeur ({names}) : {count|supprimez-le|supprimez-les} (Formules → Gestionnaire de noms) ou rompez les liaisons (Données → Modifier les liens).",
    "fill.cli.description":
      "remplit les prix d'un bordereau d'acheteur (BPU/DQE) à partir de votre grille, sans rien toucher d'autre",
    "fill.cli.option.grid": "votre grille : JSON du standard ou modèle rempli (.xlsx)",
    "fill.cli.option.out":
      "fichier rempli à écrire, en .xlsx (en .xlsm pour un bordereau avec macros ; jamais le bordereau d'origine)",
    "fill.cli.option.map": "lecture corrigée (la sortie de grille map --json, lignes modifiées)",
    "fill.cli.option.sheet": "la feuille du tableau de prix (par défaut : celle où se saisissent les prix)",
    "fill.cli.option.overwrite": "remplace les prix déjà saisis dans le bordereau",
    "fill.cli.option.force": "remplace le fichier de sortie s'il existe déjà",
    "fill.cli.option.json": "rapport en JSON : {file, sheet, lines, filled, left}",
    "fill.cli.written":
      "{file} → {out} : {filled} {filled|ligne remplie|lignes remplies} sur {lines} (feuille « {sheet} »).",
    "fill.cli.filled": "Remplies :",
    "fill.cli.line": "ligne {row} · {ref} · {designation}",
    "fill.cli.cell": "{cell} : {amount}",
    "fill.cli.already": "{cell} : {amount} (déjà saisi)",
    "fill.cli.left": "À voir par vous :",
    "fill.cli.none": "Rien à voir : toutes les lignes sont remplies.",
    "fill.cli.summary":
      "{lines} {lines|ligne|lignes} : {filled} {filled|remplie|remplies}, {left} à voir par vous. Montants et totaux du bordereau se recalculent à l'ouverture.",
    "fill.cli.hintMap":
      "Pour confirmer ou corriger une lecture : grille map {file} --json > lecture.json ; dans la ligne, mettez « status » à « mapped » et, dans « variant », sa « suggestion » (à confirmer) ou la variante juste ; puis relancez avec --map lecture.json.",
    "fill.cli.hintOverwrite": "Pour remplacer les prix déjà saisis : relancez avec --overwrite.",
    "fill.cli.noTable": "{file} : rien n'a été rempli.",
    "fill.cli.mapUnusable":
      "{file} : lecture corrigée inutilisable, rien n'a été rempli. Corrigez les lignes ci-dessus.",
    "fill.demo.title": "Réponse aux bordereaux d'exemple",
    "fill.demo.noTenders":
      "Bordereaux d'exemple introuvables ({folder}) : cette étape a besoin des fichiers partagés à côté du dépôt.",
    "fill.demo.pair": "{tender} rempli avec la grille {grid} → {file}",
  },
  en: {
    "fill.amount.ht": "{amount} excl. VAT",
    "fill.amount.ttc": "{amount} incl. VAT",
    "fill.left.uncertain": "to confirm, not filled: {reason}",
    "fill.left.suggestion": "Suggested reading: {label}.",
    "fill.left.unmapped": "outside the standard, not filled: {reason}",
    "fill.left.notPriceable": "cannot be priced with this grid, not filled: {reason}",
    "fill.left.partMissing":
      '{cell} asks for the "{part}" part of the price, which this variant does not have: not filled, check the line.',
    "fill.left.noPriceCell": "no price cell to fill on this line.",
    "fill.left.moved":
      "the line is no longer where it was read (rows inserted or moved since): not filled. Read the schedule again.",
    "fill.left.refused": "not filled: {reason}",
    "fill.left.kept": "value kept: {reason}",
    "fill.map.shape":
      '{file}: not a schedule reading ({"lines": […]} expected). Make one with "grille map BPU.xlsx --json > reading.json", correct its lines, then pass it with --map.',
    "fill.map.lineShape":
      '{file}, item {index} of "lines": an object {"row", "status", "variant"} is expected.',
    "fill.map.rowShape":
      '{file}, item {index} of "lines": "row" is {value}; give the workbook\'s row number (an integer from 1).',
    "fill.map.status":
      '{file}, row {row}: unknown status "{value}"; use "mapped" (fill with the variant given), "uncertain" (leave empty) or "unmapped" (outside the standard).',
    "fill.map.sheet":
      '{file}: this reading is of sheet "{sheet}", but the price table read is on "{read}". Pass --sheet "{sheet}", or read this workbook again.',
    "fill.map.row":
      '{file}, row {row}: sheet "{sheet}" has no price line on row {row}. Was this file made for this workbook? Make it again with grille map --json.',
    "fill.map.duplicate": "{file}, row {row}: given twice; keep one entry per row.",
    "fill.map.designation":
      '{file}, row {row}: the file says "{given}", the workbook "{text}". Was this file made for this workbook? Make it again with grille map --json.',
    "fill.map.variantMissing":
      '{file}, row {row}: status "mapped" without a variant; give the variant asked (see grille price --help), or leave it "uncertain".',
    "fill.map.variantNotMapped":
      '{file}, row {row}: a variant is given but the status is still "uncertain"; set it to "mapped" to have the line filled.',
    "fill.map.variantInvalid": "{file}, row {row}: variant refused: {detail}",
    "answer.ready.gridSheet":
      'Sheet "{sheet}" is your price grid: delete it before you submit (right-click its tab → Delete), or the buyer will see all your prices.',
    "answer.ready.hiddenGridSheet":
      'Hidden sheet "{sheet}" holds your price grid: the buyer would see it by unhiding it. Unhide it (right-click a tab → Unhide), then delete it.',
    "answer.ready.gridNames":
      "{count} {count|defined name|defined names} of your grid {count|is|are} still in the workbook ({names}): delete {count|it|them} (Formulas → Name Manager).",
    "answer.ready.gridFormulas":
      'Sheet "{sheet}": {count} {count|cell|cells} computed from your grid ({cells}): {count|replace it with its value|replace them with their values} (Copy, then Paste Special → Values).',
    "answer.ready.externalFormulas":
      'Sheet "{sheet}": {count} {count|cell|cells} linked to another workbook ({cells}): {count|replace it with its value|replace them with their values} (Copy, then Paste Special → Values), or break the links (Data → Edit Links).',
    "answer.ready.externalNames":
      "{count} {count|defined name|defined names} {count|points|point} to another workbook ({names}): delete {count|it|them} (Formulas → Name Manager) or break the links (Data → Edit Links).",
    "fill.cli.description":
      "fills the prices of a buyer's schedule (BPU/DQE) from your grid, touching nothing else",
    "fill.cli.option.grid": "your grid: the standard's JSON or a filled template (.xlsx)",
    "fill.cli.option.out":
      "filled file to write, .xlsx (.xlsm for a schedule with macros; never the original schedule)",
    "fill.cli.option.map": "corrected reading (the output of grille map --json, lines edited)",
    "fill.cli.option.sheet": "the price table's sheet (default: the one where prices are typed)",
    "fill.cli.option.overwrite": "replace prices already typed in the schedule",
    "fill.cli.option.force": "replace the output file if it already exists",
    "fill.cli.option.json": "JSON report: {file, sheet, lines, filled, left}",
    "fill.cli.written": '{file} → {out}: {filled} of {lines} {lines|line|lines} filled (sheet "{sheet}").',
    "fill.cli.filled": "Filled:",
    "fill.cli.line": "row {row} · {ref} · {designation}",
    "fill.cli.cell": "{cell}: {amount}",
    "fill.cli.already": "{cell}: {amount} (already typed)",
    "fill.cli.left": "For you to see to:",
    "fill.cli.none": "Nothing to see to: every line is filled.",
    "fill.cli.summary":
      "{lines} {lines|line|lines}: {filled} filled, {left} for you to see to. The schedule's amounts and totals recalculate when it opens.",
    "fill.cli.hintMap":
      'To confirm or correct a reading: grille map {file} --json > reading.json; in the line, set "status" to "mapped" and "variant" to its "suggestion" (to confirm) or to the right variant; then run again with --map reading.json.',
    "fill.cli.hintOverwrite": "To replace prices already typed: run again with --overwrite.",
    "fill.cli.noTable": "{file}: nothing was filled.",
    "fill.cli.mapUnusable":
      "{file}: corrected reading unusable, nothing was filled. Correct the lines above.",
    "fill.demo.title": "Answering the sample schedules",
    "fill.demo.noTenders":
      "Sample schedules not found ({folder}): this step needs the shared files beside the repository.",
    "fill.demo.pair": "{tender} filled from grid {grid} → {file}",
  },
});

import { defineMessages } from "../types";

// Comparing bids (src/usecases/compare-bids.ts and its outputs): what the comparison says about the schedule and
// each bid, the comparison workbook, the HTML report, `grille compare`, the demo step and the pane's screen.
export const compare = defineMessages({
  fr: {
    "compare.tender.ttcOnly":
      "Le bordereau demande des prix TTC (colonne {column}) : la comparaison se fait sur les prix unitaires HT. Demandez les prix HT ou comparez à la main.",
    "compare.tender.isGrid":
      "{file} est la grille standard d'un traiteur, pas un bordereau d'acheteur : donnez le bordereau d'origine, et cette grille parmi les offres.",
    "compare.tender.noLines":
      "Aucune ligne à prix trouvée dans le tableau du bordereau : vérifiez que c'est bien le bordereau d'origine.",
    "compare.tender.noQuantities":
      "Le bordereau ne donne pas de quantités estimatives : chaque ligne compte une fois dans le total (somme des prix unitaires).",
    "compare.tender.quantityMissing":
      "Quantité estimative absente ou illisible aux lignes {rows} : ces lignes comptent pour 0 dans les totaux. Corrigez le bordereau d'origine pour les compter.",
    "compare.tender.vatAssumed":
      "Taux de TVA non indiqué aux lignes {rows} : 10 % retenu pour les totaux TTC (les totaux HT, les rangs et les notes n'en dépendent pas).",
    "compare.bid.otherSchedule":
      "{file} n'est pas une offre sur ce bordereau : la feuille « {sheet} » ou ses lignes n'y sont pas. L'offre n'est pas comparée ; vérifiez que le fichier est le bon.",
    "compare.bid.gridUnusable":
      "{file} : la grille du traiteur ne peut pas servir à chiffrer le bordereau. L'offre n'est pas comparée.",
    "compare.grid.notStandard":
      "Ligne {ref} (« {designation} ») : ce n'est pas une prestation reconnue du standard, la grille ne peut pas la chiffrer. L'offre est incomplète sur cette ligne.",
    "compare.grid.unpriced":
      "Ligne {ref} (« {designation} ») : la grille ne permet pas de la chiffrer (raison ci-dessous). L'offre est incomplète sur cette ligne.",
    "compare.grid.noPart":
      "Ligne {ref} (« {designation} ») : la variante n'a pas de part en catégorie « {category} » ; la colonne cachée du bordereau a peut-être été modifiée.",
    "compare.status.complete": "complète",
    "compare.status.incomplete": "incomplète ({count} prix manquant(s)) : ni classée ni notée",
    "compare.status.unreadable": "non lue : voir les constats",
    "compare.sheet.tender": "Bordereau d'origine : {file}, feuille « {sheet} », {lines} lignes à prix.",
    "compare.sheet.flag": "À justifier",
    "compare.sheet.legal":
      "« À justifier » : l'offre paraît anormalement basse au regard de la méthode indiquée. Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3 du code de la commande publique) ; ce signalement n'est jamais un motif de rejet à lui seul. Le prix global fait foi ; les écarts par ligne ne sont qu'une information.",
    "compare.sheet.summary.name": "Synthèse",
    "compare.sheet.summary.title": "Comparaison des offres – critère prix",
    "compare.sheet.summary.note":
      "Totaux recalculés à partir des prix unitaires HT (feuille « {sheet} ») : le prix unitaire prévaut. Rangs, notes et signalements sont des formules : ils suivent un prix corrigé ou un nombre de points changé.",
    "compare.sheet.summary.points": "Points du critère prix :",
    "compare.sheet.summary.rank": "Rang",
    "compare.sheet.summary.bidder": "Candidat",
    "compare.sheet.summary.file": "Fichier",
    "compare.sheet.summary.status": "Offre",
    "compare.sheet.summary.totalHt": "Total HT",
    "compare.sheet.summary.totalTtc": "Total TTC",
    "compare.sheet.summary.score.classique": "Note classique",
    "compare.sheet.summary.score.lineaire": "Note linéaire",
    "compare.sheet.summary.score.ecart": "Note écart au moins-disant",
    "compare.sheet.summary.flag.meanSigma": "Moyenne − écart type",
    "compare.sheet.summary.flag.trimmedMean": "Moyenne réduite − 10 %",
    "compare.sheet.summary.flag.estimate": "Estimation",
    "compare.sheet.summary.findings": "Constats",
    "compare.sheet.stats.count": "Offres complètes",
    "compare.sheet.stats.min": "Total HT le plus bas (Pmin)",
    "compare.sheet.stats.max": "Total HT le plus haut (Pmax)",
    "compare.sheet.stats.mean": "Moyenne des totaux HT",
    "compare.sheet.stats.sigma": "Écart type (population)",
    "compare.sheet.stats.threshold": "Seuil : moyenne − écart type",
    "compare.sheet.stats.trimmedMean": "Moyenne sans les offres à plus de 120 % de la moyenne",
    "compare.sheet.stats.trimmedThreshold": "Seuil : cette moyenne − 10 %",
    "compare.sheet.stats.estimate": "Estimation de l'acheteur (HT)",
    "compare.sheet.stats.estimateBelow": "Écart retenu sous l'estimation",
    "compare.sheet.stats.estimateThreshold": "Seuil : estimation − écart",
    "compare.sheet.chart.title": "Total HT de chaque offre",
    "compare.sheet.lines.name": "Détail par ligne",
    "compare.sheet.lines.title": "Comparaison ligne par ligne",
    "compare.sheet.lines.note":
      "Prix unitaires HT tels que saisis par chaque candidat (en italique : chiffrés depuis sa grille standard). Couleurs par ligne : du moins cher (vert) au plus cher (rouge). Min, max et moyenne sur les offres complètes.",
    "compare.sheet.lines.ref": "N°",
    "compare.sheet.lines.designation": "Désignation",
    "compare.sheet.lines.unit": "Unité",
    "compare.sheet.lines.quantity": "Quantité",
    "compare.sheet.lines.vat": "TVA",
    "compare.sheet.lines.prices": "Prix unitaires HT",
    "compare.sheet.lines.stats": "Offres complètes",
    "compare.sheet.lines.gaps": "Écart à la moyenne de la ligne",
    "compare.sheet.lines.amounts": "Montants HT (quantité × prix unitaire)",
    "compare.sheet.lines.min": "Min",
    "compare.sheet.lines.max": "Max",
    "compare.sheet.lines.mean": "Moyenne",
    "compare.sheet.lines.missing": "Prix manquants",
    "compare.sheet.lines.totalHt": "Total HT",
    "compare.sheet.lines.vatAt": "TVA à {rate}",
    "compare.sheet.lines.totalVat": "Total TVA",
    "compare.sheet.lines.totalTtc": "Total TTC",
    "compare.sheet.findings.name": "Constats",
    "compare.sheet.findings.title": "Constats de la comparaison",
    "compare.sheet.findings.note":
      "Erreurs : l'offre est incomplète ou ne peut être lue. Avertissements : à vérifier avec le candidat. Infos : pour éclairer l'analyse.",
    "compare.sheet.findings.none": "Aucun constat : toutes les offres sont complètes et cohérentes.",
    "compare.sheet.findings.file": "Fichier",
    "compare.sheet.findings.bidder": "Candidat",
    "compare.sheet.findings.severity": "Gravité",
    "compare.sheet.findings.cell": "Cellule",
    "compare.sheet.findings.message": "Constat",
    "compare.sheet.findings.code": "Code",
    "compare.report.title": "Analyse des offres – critère prix",
    "compare.report.criterion":
      "{count} offre(s) · critère prix sur {points} points · notation principale : {method}.",
    "compare.report.date": "Établi le {date}.",
    "compare.report.ranking": "Classement",
    "compare.report.rankingCaption":
      "Total HT = somme des quantités × prix unitaires HT (le prix unitaire prévaut). Notes sur {points} points ; la colonne encadrée est la notation principale.",
    "compare.report.flags": "Offre anormalement basse ?",
    "compare.report.flagBy": "À justifier ({method})",
    "compare.report.oab.meanSigma": "moyenne − écart type",
    "compare.report.oab.trimmedMean": "moyenne réduite − 10 %",
    "compare.report.oab.estimate": "estimation",
    "compare.report.bar.incomplete": "incomplète : non classée",
    "compare.report.bar.unreadable": "non lue",
    "compare.report.chart.threshold": "seuil {amount}",
    "compare.report.chart.description":
      "Barres horizontales : total HT de chaque offre complète. La ligne pointillée marque le seuil moyenne − écart type ; une offre en dessous est à justifier.",
    "compare.report.flagsTitle": "Offres anormalement basses",
    "compare.report.noFlag": "Aucune offre complète n'est sous les seuils de détection retenus.",
    "compare.report.statsTitle": "Statistiques et méthodes",
    "compare.report.noComplete": "Aucune offre complète : ni classement, ni notes, ni seuils.",
    "compare.report.linesTitle": "Détail par ligne",
    "compare.report.linesCaption":
      "Prix unitaires HT tels que saisis ; sous chaque prix, l'écart à la moyenne de la ligne (offres complètes). « le plus bas », « le plus haut » : extrêmes de la ligne ; « très bas » : plus de 50 % sous la moyenne, pour information.",
    "compare.report.lowest": "le plus bas",
    "compare.report.highest": "le plus haut",
    "compare.report.outlier": "très bas",
    "compare.report.findingsTitle": "Constats par offre",
    "compare.report.tenderFindings": "Bordereau d'origine",
    "compare.report.noFinding": "Aucun constat.",
    "compare.report.footer":
      "Établi avec Grille commune traiteur. Les fichiers ont été lus sur cet ordinateur ; rien n'a été envoyé.",
    "compare.cli.description":
      "compare les offres reçues sur un bordereau : totaux, rangs, notes du critère prix, offres anormalement basses",
    "compare.cli.argument.bids":
      "les offres : copies du bordereau remplies (.xlsx) ou grilles standard des traiteurs (.xlsx ou .json)",
    "compare.cli.option.tender": "le bordereau d'origine de l'acheteur (.xlsx)",
    "compare.cli.option.points": "points du critère prix",
    "compare.cli.option.estimate":
      "votre estimation du total HT (ex. 120000) : signale les offres très en dessous",
    "compare.cli.option.method":
      "notation affichée en premier : classique, lineaire ou ecart (les trois sont calculées)",
    "compare.cli.option.trimmedMean":
      "signale aussi par la moyenne réduite (sans les offres à plus de 120 %) − 10 %",
    "compare.cli.option.out": "écrit le classeur de comparaison (.xlsx)",
    "compare.cli.option.report": "écrit le rapport HTML à joindre au rapport d'analyse des offres",
    "compare.cli.option.json": "écrit la comparaison en JSON sur la sortie standard",
    "compare.cli.option.force": "remplace les fichiers de sortie existants",
    "compare.cli.points":
      "Nombre de points « {value} » invalide : donnez un nombre positif d'au plus 2 décimales, jusqu'à 1 000 (ex. --points 40).",
    "compare.cli.method": "Notation « {value} » inconnue : choisissez {methods}.",
    "compare.cli.estimate":
      "Estimation « {value} » illisible : donnez un montant HT positif en euros (ex. --estimate 120000).",
    "compare.cli.tenderUnusable":
      "{file} ne peut pas servir de bordereau d'origine : voyez le message ci-dessus.",
    "compare.cli.heading":
      "{count} offre(s) sur {file} (feuille « {sheet} », {lines} lignes), critère prix sur {points} points.",
    "compare.cli.score.classique": "Classique",
    "compare.cli.score.lineaire": "Linéaire",
    "compare.cli.score.ecart": "Écart",
    "compare.cli.stats":
      "Offres complètes : {count} · moyenne des totaux HT {mean} · écart type {sigma} · seuil moyenne − écart type {threshold}.",
    "compare.cli.findings": "Constats :",
    "compare.cli.written.workbook": "Classeur de comparaison écrit : {file}",
    "compare.cli.written.report": "Rapport HTML écrit : {file}",
    "compare.demo.title": "Acheteur : comparer les offres",
    "compare.demo.schedule": "Bordereau standard d'exemple ({lines} lignes) : {file}",
    "compare.demo.compared":
      "{count} offre(s) comparée(s), {ranked} classée(s), {flagged} à justifier : {files}",
    "compare.demo.noBids":
      "Offres d'exemple introuvables (attendues dans {folder}/bids et tenders/t-departement.xlsx) : comparaison des offres non faite.",
  },
  en: {
    "compare.tender.ttcOnly":
      "The schedule asks for prices including VAT (column {column}): the comparison works on unit prices before VAT. Ask for prices before VAT or compare by hand.",
    "compare.tender.isGrid":
      "{file} is a caterer's standard grid, not a buyer's schedule: give the original schedule, and this grid among the bids.",
    "compare.tender.noLines":
      "No priced line found in the schedule's table: check that this is the original schedule.",
    "compare.tender.noQuantities":
      "The schedule gives no estimated quantities: each line counts once in the total (sum of the unit prices).",
    "compare.tender.quantityMissing":
      "Estimated quantity missing or unreadable on rows {rows}: these lines count as 0 in the totals. Correct the original schedule to count them.",
    "compare.tender.vatAssumed":
      "No VAT rate on rows {rows}: 10% used for the totals including VAT (totals before VAT, ranks and scores do not depend on it).",
    "compare.bid.otherSchedule":
      "{file} is not a bid on this schedule: the sheet “{sheet}” or its lines are not in it. The bid is not compared; check that the file is the right one.",
    "compare.bid.gridUnusable":
      "{file}: the caterer's grid cannot price the schedule. The bid is not compared.",
    "compare.grid.notStandard":
      "Line {ref} (“{designation}”): not a service of the standard, the grid cannot price it. The bid is incomplete on this line.",
    "compare.grid.unpriced":
      "Line {ref} (“{designation}”): the grid cannot price it (reason below). The bid is incomplete on this line.",
    "compare.grid.noPart":
      "Line {ref} (“{designation}”): the variant has no part in the “{category}” category; the schedule's hidden column may have been changed.",
    "compare.status.complete": "complete",
    "compare.status.incomplete": "incomplete ({count} price(s) missing): neither ranked nor scored",
    "compare.status.unreadable": "not read: see the findings",
    "compare.sheet.tender": "Original schedule: {file}, sheet “{sheet}”, {lines} priced lines.",
    "compare.sheet.flag": "To be justified",
    "compare.sheet.legal":
      "“To be justified”: the bid looks abnormally low by the method shown. Ask the bidder to justify its price (articles L2152-5 and R2152-3 of the French public procurement code); this flag is never a ground for rejection on its own. The overall price decides; gaps on single lines are information only.",
    "compare.sheet.summary.name": "Summary",
    "compare.sheet.summary.title": "Comparison of bids – price criterion",
    "compare.sheet.summary.note":
      "Totals recalculated from the unit prices before VAT (sheet “{sheet}”): the unit price prevails. Ranks, scores and flags are formulas: they follow a corrected price or a changed number of points.",
    "compare.sheet.summary.points": "Points of the price criterion:",
    "compare.sheet.summary.rank": "Rank",
    "compare.sheet.summary.bidder": "Bidder",
    "compare.sheet.summary.file": "File",
    "compare.sheet.summary.status": "Bid",
    "compare.sheet.summary.totalHt": "Total before VAT",
    "compare.sheet.summary.totalTtc": "Total incl. VAT",
    "compare.sheet.summary.score.classique": "Proportional score",
    "compare.sheet.summary.score.lineaire": "Linear score",
    "compare.sheet.summary.score.ecart": "Gap-to-lowest score",
    "compare.sheet.summary.flag.meanSigma": "Mean − standard deviation",
    "compare.sheet.summary.flag.trimmedMean": "Trimmed mean − 10%",
    "compare.sheet.summary.flag.estimate": "Estimate",
    "compare.sheet.summary.findings": "Findings",
    "compare.sheet.stats.count": "Complete bids",
    "compare.sheet.stats.min": "Lowest total before VAT (Pmin)",
    "compare.sheet.stats.max": "Highest total before VAT (Pmax)",
    "compare.sheet.stats.mean": "Mean of the totals before VAT",
    "compare.sheet.stats.sigma": "Standard deviation (population)",
    "compare.sheet.stats.threshold": "Threshold: mean − standard deviation",
    "compare.sheet.stats.trimmedMean": "Mean without the bids above 120% of the mean",
    "compare.sheet.stats.trimmedThreshold": "Threshold: that mean − 10%",
    "compare.sheet.stats.estimate": "Buyer's estimate (before VAT)",
    "compare.sheet.stats.estimateBelow": "Gap below the estimate",
    "compare.sheet.stats.estimateThreshold": "Threshold: estimate − gap",
    "compare.sheet.chart.title": "Total before VAT of each bid",
    "compare.sheet.lines.name": "Line by line",
    "compare.sheet.lines.title": "Line-by-line comparison",
    "compare.sheet.lines.note":
      "Unit prices before VAT as each bidder typed them (in italics: priced from its standard grid). Colours per line: from the cheapest (green) to the dearest (red). Min, max and mean over the complete bids.",
    "compare.sheet.lines.ref": "No.",
    "compare.sheet.lines.designation": "Description",
    "compare.sheet.lines.unit": "Unit",
    "compare.sheet.lines.quantity": "Quantity",
    "compare.sheet.lines.vat": "VAT",
    "compare.sheet.lines.prices": "Unit prices before VAT",
    "compare.sheet.lines.stats": "Complete bids",
    "compare.sheet.lines.gaps": "Gap to the line's mean",
    "compare.sheet.lines.amounts": "Amounts before VAT (quantity × unit price)",
    "compare.sheet.lines.min": "Min",
    "compare.sheet.lines.max": "Max",
    "compare.sheet.lines.mean": "Mean",
    "compare.sheet.lines.missing": "Missing prices",
    "compare.sheet.lines.totalHt": "Total before VAT",
    "compare.sheet.lines.vatAt": "VAT at {rate}",
    "compare.sheet.lines.totalVat": "Total VAT",
    "compare.sheet.lines.totalTtc": "Total incl. VAT",
    "compare.sheet.findings.name": "Findings",
    "compare.sheet.findings.title": "Findings of the comparison",
    "compare.sheet.findings.note":
      "Errors: the bid is incomplete or cannot be read. Warnings: to check with the bidder. Info: to inform the analysis.",
    "compare.sheet.findings.none": "No finding: every bid is complete and consistent.",
    "compare.sheet.findings.file": "File",
    "compare.sheet.findings.bidder": "Bidder",
    "compare.sheet.findings.severity": "Severity",
    "compare.sheet.findings.cell": "Cell",
    "compare.sheet.findings.message": "Finding",
    "compare.sheet.findings.code": "Code",
    "compare.report.title": "Analysis of bids – price criterion",
    "compare.report.criterion":
      "{count} bid(s) · price criterion on {points} points · main scoring: {method}.",
    "compare.report.date": "Drawn up on {date}.",
    "compare.report.ranking": "Ranking",
    "compare.report.rankingCaption":
      "Total before VAT = sum of quantities × unit prices before VAT (the unit price prevails). Scores on {points} points; the framed column is the main scoring.",
    "compare.report.flags": "Abnormally low?",
    "compare.report.flagBy": "To be justified ({method})",
    "compare.report.oab.meanSigma": "mean − standard deviation",
    "compare.report.oab.trimmedMean": "trimmed mean − 10%",
    "compare.report.oab.estimate": "estimate",
    "compare.report.bar.incomplete": "incomplete: not ranked",
    "compare.report.bar.unreadable": "not read",
    "compare.report.chart.threshold": "threshold {amount}",
    "compare.report.chart.description":
      "Horizontal bars: total before VAT of each complete bid. The dashed line marks the mean − standard deviation threshold; a bid below it is to be justified.",
    "compare.report.flagsTitle": "Abnormally low bids",
    "compare.report.noFlag": "No complete bid is below the detection thresholds used.",
    "compare.report.statsTitle": "Statistics and methods",
    "compare.report.noComplete": "No complete bid: no ranking, no scores, no thresholds.",
    "compare.report.linesTitle": "Line by line",
    "compare.report.linesCaption":
      "Unit prices before VAT as typed; under each price, its gap to the line's mean (complete bids). “lowest”, “highest”: the line's extremes; “very low”: more than 50% below the mean, for information.",
    "compare.report.lowest": "lowest",
    "compare.report.highest": "highest",
    "compare.report.outlier": "very low",
    "compare.report.findingsTitle": "Findings by bid",
    "compare.report.tenderFindings": "Original schedule",
    "compare.report.noFinding": "No finding.",
    "compare.report.footer":
      "Drawn up with Grille commune traiteur. The files were read on this computer; nothing was sent.",
    "compare.cli.description":
      "compares the bids received on a schedule: totals, ranks, price scores, abnormally low bids",
    "compare.cli.argument.bids":
      "the bids: filled copies of the schedule (.xlsx) or caterers' standard grids (.xlsx or .json)",
    "compare.cli.option.tender": "the buyer's original schedule (.xlsx)",
    "compare.cli.option.points": "points of the price criterion",
    "compare.cli.option.estimate":
      "your estimate of the total before VAT (e.g. 120000): flags bids far below it",
    "compare.cli.option.method": "scoring shown first: classique, lineaire or ecart (all three are computed)",
    "compare.cli.option.trimmedMean": "also flags by the trimmed mean (without bids above 120%) − 10%",
    "compare.cli.option.out": "writes the comparison workbook (.xlsx)",
    "compare.cli.option.report": "writes the HTML report to attach to the analysis of bids",
    "compare.cli.option.json": "writes the comparison as JSON on standard output",
    "compare.cli.option.force": "replaces existing output files",
    "compare.cli.points":
      "Invalid number of points “{value}”: give a positive number with at most 2 decimals, up to 1,000 (e.g. --points 40).",
    "compare.cli.method": "Unknown scoring “{value}”: choose {methods}.",
    "compare.cli.estimate":
      "Unreadable estimate “{value}”: give a positive amount before VAT in euros (e.g. --estimate 120000).",
    "compare.cli.tenderUnusable": "{file} cannot serve as the original schedule: see the message above.",
    "compare.cli.heading":
      "{count} bid(s) on {file} (sheet “{sheet}”, {lines} lines), price criterion on {points} points.",
    "compare.cli.score.classique": "Proport.",
    "compare.cli.score.lineaire": "Linear",
    "compare.cli.score.ecart": "Gap",
    "compare.cli.stats":
      "Complete bids: {count} · mean of the totals before VAT {mean} · standard deviation {sigma} · mean − standard deviation threshold {threshold}.",
    "compare.cli.findings": "Findings:",
    "compare.cli.written.workbook": "Comparison workbook written: {file}",
    "compare.cli.written.report": "HTML report written: {file}",
    "compare.demo.title": "Buyer: compare the bids",
    "compare.demo.schedule": "Sample standard schedule ({lines} lines): {file}",
    "compare.demo.compared": "{count} bid(s) compared, {ranked} ranked, {flagged} to be justified: {files}",
    "compare.demo.noBids":
      "Sample bids not found (expected in {folder}/bids and tenders/t-departement.xlsx): bids not compared.",
  },
});

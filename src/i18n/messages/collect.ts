import { defineMessages } from "../types";

// The facilitator's desk: collecting returned grids, the register workbook, the observatory report, the statistics
// rule, and `grille collect`. The report and the register never use the words for the lowest or highest price: the
// rule is said without them, so a scan of an output for those words finds none (test/browser/collect-report).
export const collect = defineMessages({
  fr: {
    "collect.status.valid": "valide",
    "collect.status.expired": "expirée",
    "collect.status.replaced": "remplacée",
    "collect.status.errors": "à corriger",
    "collect.status.notGrid": "pas une grille",
    "collect.status.unreadable": "illisible",

    "collect.notGrid":
      "{file} : ce fichier ne contient pas de grille commune (ni le nom ni la version du standard). Demandez au traiteur la grille remplie sur le modèle.",
    "collect.note.keptLater":
      "Même SIRET que {others} : cette grille est retenue, ses prix sont valables plus longtemps.",
    "collect.note.keptLaterFile":
      "Même SIRET que {others}, même date de validité : cette grille est retenue car elle vient après dans la liste.",
    "collect.note.replacedLater":
      "Même SIRET que {kept}, retenue à sa place : ses prix sont valables plus longtemps.",
    "collect.note.replacedLaterFile":
      "Même SIRET que {kept}, même date de validité : {kept} est retenue car elle vient après dans la liste.",
    "collect.note.expired":
      "Prix valables jusqu'au {date}, avant le {today} : grille listée mais hors annuaire et hors statistiques.",
    "collect.note.errors":
      "Grille à corriger (voir les constats) : hors annuaire et hors statistiques jusqu'à correction.",

    "collect.rule.threshold":
      "Un prix n'est montré que si au moins {threshold} traiteurs distincts (grilles valides, SIRET différents) proposent la ligne ; sinon « moins de {threshold} grilles ». Le nombre de grilles est toujours donné.",
    "collect.rule.single":
      "Sous {small} traiteurs, un quartile égal au prix d'un seul traiteur n'est pas montré (« prix d'un seul traiteur ») : avec 5 prix, le 1er quartile, la médiane et le 3e quartile seraient les prix de trois traiteurs. Un groupe (type de structure, département) n'est pas montré non plus quand 1 à 4 traiteurs seulement sont hors du groupe.",
    "collect.rule.extremes":
      "Les prix extrêmes (le plus bas, le plus haut) ne sont jamais calculés ni montrés : aucun prix d'un traiteur ne peut être relu.",
    "collect.rule.rounding":
      "Quartiles calculés comme QUARTILE.INC d'Excel, exactement en quarts de centime, puis arrondis une fois au centime (le demi-centime vers le haut). Prix HT.",
    "collect.withheld.fewerThanThreshold": "moins de {threshold} grilles",
    "collect.withheld.singlePrice": "prix d'un seul traiteur",
    "collect.withheld.closeToWhole": "groupe trop proche de l'ensemble",
    "collect.withheld.quartile": "{quartile} : {reason}",
    "collect.yes": "oui",
    "collect.no": "non",
    "collect.offered": "{lines}/{of}",

    "collect.sheet.readme": "À lire",
    "collect.sheet.grids": "Grilles",
    "collect.sheet.findings": "Constats",
    "collect.sheet.directory": "Annuaire",
    "collect.sheet.observatory": "Observatoire",
    "collect.sheet.byType": "Par type",
    "collect.sheet.byDepartment": "Par département",
    "collect.sheet.insertion": "Insertion",
    "collect.table.grids": "Grilles",
    "collect.table.findings": "Constats",
    "collect.table.directory": "Annuaire",
    "collect.table.observatory": "Observatoire",
    "collect.table.byType": "ParType",
    "collect.table.byDepartment": "ParDepartement",
    "collect.sheetAbout.grids":
      "Un fichier par ligne : traiteur, SIRET, état, erreurs, avertissements, part des lignes du standard proposées, et la raison d'une mise à l'écart.",
    "collect.sheetAbout.findings": "Chaque constat de chaque fichier, avec sa feuille et sa cellule.",
    "collect.sheetAbout.directory":
      "L'annuaire de l'offre pour les acheteurs : un traiteur par ligne (grilles valides), filtrable par département et par produit (boutons de filtre du tableau). Aucun prix.",
    "collect.sheetAbout.observatory":
      "Par ligne du standard : nombre de grilles valides qui la proposent et quartiles des prix HT, selon la règle ci-dessus, avec un graphique par famille.",
    "collect.sheetAbout.byType": "Les mêmes chiffres par type de structure.",
    "collect.sheetAbout.byDepartment": "Les mêmes chiffres par département desservi.",
    "collect.sheetAbout.insertion":
      "Heures d'insertion par an des grilles valides, par type de structure et par département (formules sur l'annuaire).",

    "collect.column.file": "Fichier",
    "collect.column.name": "Raison sociale",
    "collect.column.siret": "SIRET",
    "collect.column.type": "Type de structure",
    "collect.column.departments": "Départements",
    "collect.column.validUntil": "Prix valables jusqu'au",
    "collect.column.status": "État",
    "collect.column.errors": "Erreurs",
    "collect.column.warnings": "Avertissements",
    "collect.column.offered": "Lignes proposées",
    "collect.column.note": "Remarque",
    "collect.column.severity": "Gravité",
    "collect.column.sheet": "Feuille",
    "collect.column.cell": "Cellule",
    "collect.column.message": "Constat",
    "collect.column.department": "Dép. {department}",
    "collect.column.departmentName": "Département",
    "collect.column.family": "Famille",
    "collect.column.line": "Ligne du standard",
    "collect.column.count": "Grilles",
    "collect.column.q1": "1er quartile",
    "collect.column.median": "Médiane",
    "collect.column.q3": "3e quartile",
    "collect.column.remark": "Chiffres non montrés",
    "collect.column.id": "Identifiant",
    "collect.column.structures": "Structures",
    "collect.column.insertionHours": "Heures d'insertion par an",

    "collect.register.title": "Registre des grilles retournées",
    "collect.register.intro":
      "Établi par Grille commune traiteur à partir des grilles reçues ; rien n'a quitté l'ordinateur.",
    "collect.register.today": "Validité comparée au",
    "collect.register.files": "Fichiers reçus",
    "collect.register.rule": "Règle des statistiques",
    "collect.register.sheets": "Feuilles",
    "collect.observatory.title": "Observatoire des prix (HT)",
    "collect.byType.title": "Prix par type de structure",
    "collect.byDepartment.title": "Prix par département desservi",
    "collect.chart.family": "{family} : quartiles des prix HT",
    "collect.insertion.title": "Heures d'insertion",
    "collect.insertion.source":
      "Heures d'insertion par an déclarées dans les grilles valides (une par traiteur), d'après l'annuaire.",
    "collect.insertion.total": "Total",
    "collect.insertion.overlap":
      "Une structure qui dessert plusieurs départements compte dans chacun : la somme des départements dépasse le total.",

    "collect.report.title": "Observatoire des grilles retournées",
    "collect.report.summary":
      "Validité comparée au {today}. {files} {files|fichier reçu|fichiers reçus} : {statuses}.",
    "collect.report.statusCount": "{status} : {count}",
    "collect.report.contents": "Sommaire",
    "collect.report.grids": "Grilles reçues",
    "collect.report.gridsCaption": "{count} {count|fichier|fichiers}, dans l'ordre donné",
    "collect.report.findings": "Constats par fichier",
    "collect.report.noFindings": "Aucun constat : toutes les grilles sont conformes.",
    "collect.report.finding": "{severity} : {where}{message}",
    "collect.report.directory": "Annuaire de l'offre",
    "collect.report.directoryAbout":
      "Un traiteur par ligne, pour chaque grille valide (sans erreur, prix en cours de validité, la plus récente pour un SIRET). Aucun prix n'y figure.",
    "collect.report.directoryCaption": "{count} {count|traiteur|traiteurs}",
    "collect.report.directoryEmpty": "Aucune grille valide : l'annuaire est vide.",
    "collect.report.products": "Produits proposés (nombre de lignes)",
    "collect.report.family": "{family} ({count})",
    "collect.report.percent": "{value} %",
    "collect.report.filter.department": "Département desservi",
    "collect.report.filter.product": "Produit proposé",
    "collect.report.filter.anyDepartment": "Tous les départements",
    "collect.report.filter.anyProduct": "Tous les produits",
    "collect.report.filter.count.one": "{count} traiteur affiché",
    "collect.report.filter.count.many": "{count} traiteurs affichés",
    "collect.report.observatoryAbout":
      "Pour chaque ligne du standard, sur les grilles valides qui la proposent : le nombre de grilles et les quartiles des prix HT (la moitié des prix se situe entre le 1er et le 3e quartile ; la médiane partage les prix en deux).",
    "collect.report.familyCaption": "{family} : grilles et quartiles des prix HT",
    "collect.report.range": "{q1} – {q3}",
    "collect.report.count": "{count} {count|grille|grilles}",
    "collect.report.byTypeAbout":
      "Médiane, puis 1er – 3e quartile et nombre de grilles, par type de structure ; même règle que ci-dessus.",
    "collect.report.byDepartmentAbout":
      "Médiane, puis 1er – 3e quartile et nombre de grilles, par département desservi (un traiteur compte dans chaque département qu'il dessert) ; même règle que ci-dessus.",
    "collect.report.noGroups": "Aucune grille valide.",
    "collect.report.tableOf": "Tableau : {title}",
    "collect.report.insertionTotal":
      "{hours} heures d'insertion par an, pour {structures} {structures|structure|structures}.",
    "collect.report.insertionByType": "Par type de structure",
    "collect.report.insertionByDepartment": "Par département desservi",

    "collect.cli.description":
      "rassemble les grilles retournées (fichiers .xlsx ou .json, ou dossiers parcourus avec leurs sous-dossiers ; {max} fichiers au plus) : une ligne et les constats par fichier, l'annuaire de l'offre, l'observatoire des prix et les heures d'insertion",
    "collect.cli.argument": "grilles",
    "collect.cli.option.out":
      "écrit le registre (classeur .xlsx : grilles, constats, annuaire, observatoire, insertion)",
    "collect.cli.option.report": "écrit le rapport (page .html autonome, imprimable, filtres sans serveur)",
    "collect.cli.option.json": 'affiche {"grids": [...], "lines": [...]} sur la sortie standard',
    "collect.cli.option.force": "remplace les fichiers de sortie existants",
    "collect.cli.option.today":
      "date à laquelle comparer la validité des prix (AAAA-MM-JJ ; aujourd'hui par défaut)",
    "collect.cli.badDate": "--today {value} : date invalide. Écrivez-la AAAA-MM-JJ, par exemple 2026-11-29.",
    "collect.cli.noFile":
      "Aucune grille trouvée dans {paths} (fichiers .xlsx, .xlsm ou .json). Donnez des fichiers ou un dossier qui en contient.",
    "collect.cli.tooManyFiles":
      "{count} fichiers : c'est plus que les {max} qu'une collecte accepte. Répartissez-les en plusieurs dossiers.",
    "collect.cli.readFailed":
      "{file} : lecture impossible ({detail}). Ouvrez-le dans Excel et enregistrez-le à nouveau.",
    "collect.cli.line": "{file} : {status}",
    "collect.cli.counts":
      "{errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}",
    "collect.cli.who": "{name}, SIRET {siret}",
    "collect.cli.offered": "{lines}/{of} lignes proposées",
    "collect.cli.summary": "{files} {files|fichier|fichiers}, validité comparée au {today} : {statuses}.",
    "collect.cli.directory":
      "Annuaire et statistiques : {count} {count|grille valide|grilles valides}. Règle des statistiques :",
    "collect.cli.wroteRegister": "Registre écrit : {file}",
    "collect.cli.wroteReport": "Rapport écrit : {file}",

    "collect.demo.title": "Grilles retournées : registre, annuaire et observatoire",
    "collect.demo.samples":
      "{count} fichiers reçus d'exemple dans {folder} (modèles remplis, JSON, un fichier abîmé, un SIRET envoyé deux fois), validité comparée au {today}",
    "collect.demo.result":
      "Valides : {valid} · expirées : {expired} · remplacées : {replaced} · à corriger : {errors} · illisibles : {unreadable} · annuaire : {directory} traiteurs",
    "collect.demo.outputs": "Registre : {register} · rapport : {report} · JSON : {json}",
  },
  en: {
    "collect.status.valid": "valid",
    "collect.status.expired": "expired",
    "collect.status.replaced": "replaced",
    "collect.status.errors": "to fix",
    "collect.status.notGrid": "not a grid",
    "collect.status.unreadable": "unreadable",

    "collect.notGrid":
      "{file}: this file holds no standard grid (neither the standard's name nor its version). Ask the caterer for the grid filled in on the template.",
    "collect.note.keptLater": "Same SIRET as {others}: this grid is kept, its prices are valid for longer.",
    "collect.note.keptLaterFile":
      "Same SIRET as {others}, same validity date: this grid is kept because it comes later in the list.",
    "collect.note.replacedLater": "Same SIRET as {kept}, kept instead: its prices are valid for longer.",
    "collect.note.replacedLaterFile":
      "Same SIRET as {kept}, same validity date: {kept} is kept because it comes later in the list.",
    "collect.note.expired":
      "Prices valid until {date}, before {today}: the grid is listed but left out of the directory and the statistics.",
    "collect.note.errors":
      "Grid to fix (see the findings): left out of the directory and the statistics until fixed.",

    "collect.rule.threshold":
      'A price is shown only when at least {threshold} distinct caterers (valid grids, different SIRETs) offer the line; otherwise "fewer than {threshold} grids". The number of grids is always given.',
    "collect.rule.single":
      "Under {small} caterers, a quartile equal to one caterer's price is not shown (\"one caterer's price\"): with 5 prices, the first quartile, the median and the third quartile would be three caterers' prices. A group (type of organisation, department) is not shown either when only 1 to 4 caterers are outside it.",
    "collect.rule.extremes":
      "The extreme prices (lowest, highest) are never computed or shown: no caterer's price can be read back.",
    "collect.rule.rounding":
      "Quartiles computed as Excel's QUARTILE.INC, exactly in quarters of a cent, then rounded once to the cent (half a cent up). Prices before VAT.",
    "collect.withheld.fewerThanThreshold": "fewer than {threshold} grids",
    "collect.withheld.singlePrice": "one caterer's price",
    "collect.withheld.closeToWhole": "group too close to the whole",
    "collect.withheld.quartile": "{quartile}: {reason}",
    "collect.yes": "yes",
    "collect.no": "no",
    "collect.offered": "{lines}/{of}",

    "collect.sheet.readme": "Read me",
    "collect.sheet.grids": "Grids",
    "collect.sheet.findings": "Findings",
    "collect.sheet.directory": "Directory",
    "collect.sheet.observatory": "Observatory",
    "collect.sheet.byType": "By type",
    "collect.sheet.byDepartment": "By department",
    "collect.sheet.insertion": "Insertion",
    "collect.table.grids": "Grids",
    "collect.table.findings": "Findings",
    "collect.table.directory": "Directory",
    "collect.table.observatory": "Observatory",
    "collect.table.byType": "ByType",
    "collect.table.byDepartment": "ByDepartment",
    "collect.sheetAbout.grids":
      "One file per row: caterer, SIRET, state, errors, warnings, share of the standard's lines offered, and why a grid is set aside.",
    "collect.sheetAbout.findings": "Every finding of every file, with its sheet and cell.",
    "collect.sheetAbout.directory":
      "The directory of the offer for buyers: one caterer per row (valid grids), filtered by department and product with the table's filter buttons. No price.",
    "collect.sheetAbout.observatory":
      "Per line of the standard: how many valid grids offer it and the quartiles of their prices before VAT, under the rule above, with a chart per family.",
    "collect.sheetAbout.byType": "The same figures by type of organisation.",
    "collect.sheetAbout.byDepartment": "The same figures by department served.",
    "collect.sheetAbout.insertion":
      "Insertion hours per year of the valid grids, by type of organisation and by department (formulas over the directory).",

    "collect.column.file": "File",
    "collect.column.name": "Company name",
    "collect.column.siret": "SIRET",
    "collect.column.type": "Type of organisation",
    "collect.column.departments": "Departments",
    "collect.column.validUntil": "Prices valid until",
    "collect.column.status": "State",
    "collect.column.errors": "Errors",
    "collect.column.warnings": "Warnings",
    "collect.column.offered": "Lines offered",
    "collect.column.note": "Note",
    "collect.column.severity": "Severity",
    "collect.column.sheet": "Sheet",
    "collect.column.cell": "Cell",
    "collect.column.message": "Finding",
    "collect.column.department": "Dept {department}",
    "collect.column.departmentName": "Department",
    "collect.column.family": "Family",
    "collect.column.line": "Line of the standard",
    "collect.column.count": "Grids",
    "collect.column.q1": "First quartile",
    "collect.column.median": "Median",
    "collect.column.q3": "Third quartile",
    "collect.column.remark": "Figures not shown",
    "collect.column.id": "Id",
    "collect.column.structures": "Organisations",
    "collect.column.insertionHours": "Insertion hours per year",

    "collect.register.title": "Register of returned grids",
    "collect.register.intro":
      "Made by Grille commune traiteur from the grids received; nothing left the computer.",
    "collect.register.today": "Validity compared with",
    "collect.register.files": "Files received",
    "collect.register.rule": "Statistics rule",
    "collect.register.sheets": "Sheets",
    "collect.observatory.title": "Price observatory (before VAT)",
    "collect.byType.title": "Prices by type of organisation",
    "collect.byDepartment.title": "Prices by department served",
    "collect.chart.family": "{family}: quartiles of prices before VAT",
    "collect.insertion.title": "Insertion hours",
    "collect.insertion.source":
      "Insertion hours per year stated in the valid grids (one per caterer), from the directory.",
    "collect.insertion.total": "Total",
    "collect.insertion.overlap":
      "An organisation serving several departments counts in each: the departments add up to more than the total.",

    "collect.report.title": "Observatory of returned grids",
    "collect.report.summary":
      "Validity compared with {today}. {files} {files|file|files} received: {statuses}.",
    "collect.report.statusCount": "{status}: {count}",
    "collect.report.contents": "Contents",
    "collect.report.grids": "Grids received",
    "collect.report.gridsCaption": "{count} {count|file|files}, in the order given",
    "collect.report.findings": "Findings by file",
    "collect.report.noFindings": "No finding: every grid conforms.",
    "collect.report.finding": "{severity}: {where}{message}",
    "collect.report.directory": "Directory of the offer",
    "collect.report.directoryAbout":
      "One caterer per row, for each valid grid (no error, prices still valid, the latest for a SIRET). No price appears here.",
    "collect.report.directoryCaption": "{count} {count|caterer|caterers}",
    "collect.report.directoryEmpty": "No valid grid: the directory is empty.",
    "collect.report.products": "Products offered (number of lines)",
    "collect.report.family": "{family} ({count})",
    "collect.report.percent": "{value}%",
    "collect.report.filter.department": "Department served",
    "collect.report.filter.product": "Product offered",
    "collect.report.filter.anyDepartment": "All departments",
    "collect.report.filter.anyProduct": "All products",
    "collect.report.filter.count.one": "{count} caterer shown",
    "collect.report.filter.count.many": "{count} caterers shown",
    "collect.report.observatoryAbout":
      "For each line of the standard, over the valid grids that offer it: the number of grids and the quartiles of prices before VAT (half the prices lie between the first and third quartiles; the median splits them in two).",
    "collect.report.familyCaption": "{family}: grids and quartiles of prices before VAT",
    "collect.report.range": "{q1} – {q3}",
    "collect.report.count": "{count} {count|grid|grids}",
    "collect.report.byTypeAbout":
      "Median, then first – third quartile and number of grids, by type of organisation; same rule as above.",
    "collect.report.byDepartmentAbout":
      "Median, then first – third quartile and number of grids, by department served (a caterer counts in each department it serves); same rule as above.",
    "collect.report.noGroups": "No valid grid.",
    "collect.report.tableOf": "Table: {title}",
    "collect.report.insertionTotal":
      "{hours} insertion hours per year, from {structures} {structures|organisation|organisations}.",
    "collect.report.insertionByType": "By type of organisation",
    "collect.report.insertionByDepartment": "By department served",

    "collect.cli.description":
      "collects returned grids (.xlsx or .json files, or folders read with their subfolders; {max} files at most): a line and findings per file, the directory of the offer, the price observatory and the insertion hours",
    "collect.cli.argument": "grids",
    "collect.cli.option.out":
      "writes the register (.xlsx workbook: grids, findings, directory, observatory, insertion)",
    "collect.cli.option.report":
      "writes the report (a self-contained, printable .html page with filters that need no server)",
    "collect.cli.option.json": 'prints {"grids": [...], "lines": [...]} on standard output',
    "collect.cli.option.force": "replaces existing output files",
    "collect.cli.option.today": "date to compare price validity with (YYYY-MM-DD; today by default)",
    "collect.cli.badDate": "--today {value}: not a date. Write it YYYY-MM-DD, for example 2026-11-29.",
    "collect.cli.noFile":
      "No grid found in {paths} (.xlsx, .xlsm or .json files). Give files, or a folder holding some.",
    "collect.cli.tooManyFiles":
      "{count} files: more than the {max} one collection takes. Split them into several folders.",
    "collect.cli.readFailed": "{file}: cannot be read ({detail}). Open it in Excel and save it again.",
    "collect.cli.line": "{file}: {status}",
    "collect.cli.counts": "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
    "collect.cli.who": "{name}, SIRET {siret}",
    "collect.cli.offered": "{lines}/{of} lines offered",
    "collect.cli.summary": "{files} {files|file|files}, validity compared with {today}: {statuses}.",
    "collect.cli.directory":
      "Directory and statistics: {count} {count|valid grid|valid grids}. Statistics rule:",
    "collect.cli.wroteRegister": "Register written: {file}",
    "collect.cli.wroteReport": "Report written: {file}",

    "collect.demo.title": "Returned grids: register, directory and observatory",
    "collect.demo.samples":
      "{count} sample files received in {folder} (filled templates, JSON, one damaged file, one SIRET sent twice), validity compared with {today}",
    "collect.demo.result":
      "Valid: {valid} · expired: {expired} · replaced: {replaced} · to fix: {errors} · unreadable: {unreadable} · directory: {directory} caterers",
    "collect.demo.outputs": "Register: {register} · report: {report} · JSON: {json}",
  },
});

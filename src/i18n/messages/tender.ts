import { defineMessages } from "../types";

// Reading a buyer's schedule: why each line was read as it was, what was found in the workbook, `grille map`.
export const tender = defineMessages({
  fr: {
    "tender.reason.mapped": "Reconnu : « {matched} ».",
    "tender.reason.mappedWithConditions": "Reconnu : « {matched} », avec les conditions de {cells}.",
    "tender.reason.corrected": "Lecture corrigée par l'utilisateur.",
    "tender.reason.standardSchedule":
      "Lu dans la grille standard de l'acheteur : la variante de la ligne est écrite en {cell}.",
    "tender.reason.scheduleVariantInvalid":
      "Grille standard, mais la variante de la ligne ({cell}) est illisible ou modifiée : désignation lue à la place, à confirmer.",
    "tender.reason.maybe": "« {matched} » se lit probablement {products} : à confirmer.",
    "tender.reason.vague": "« {matched} » ne dit pas lequel : {products} ? À préciser.",
    "tender.reason.ambiguous": "Deux lectures possibles ({products}) : laquelle est demandée ?",
    "tender.reason.detailOnly": "« {matched} » : seul le détail laisse penser à {products}, à confirmer.",
    "tender.reason.piecesMissing":
      "Cocktail sans nombre de pièces : indiquez combien de pièces par personne sont demandées.",
    "tender.reason.piecesAmbiguous": "Plusieurs nombres de pièces ({values}) : lequel est demandé ?",
    "tender.reason.extraVague": "« {matched} » : quelle boisson ({products}) ? À préciser.",
    "tender.reason.extraMaybe": "« {matched} » lu comme {products} en supplément : à confirmer.",
    "tender.reason.extraNotPerPerson":
      "« {matched} » est compris dans la ligne, mais le standard le chiffre à part ({products}) : à chiffrer vous-même ou à confirmer.",
    "tender.reason.drinkInDetails":
      "Le détail cite « {matched} » : boisson comprise dans le prix ou non ? À confirmer.",
    "tender.reason.outsideInDetails":
      "Le détail cite « {matched} », hors du standard : compris dans le prix ? À vérifier.",
    "tender.reason.unitUnknown": "Unité « {unit} » inconnue du standard pour {products} : à vérifier.",
    "tender.reason.unitMismatch": "{products} ne se vend pas à l'unité « {unit} » : à vérifier.",
    "tender.reason.unitMissing": "Unité non précisée : par personne, par plateau ou forfait ?",
    "tender.reason.unitUnclear": "La désignation donne deux unités : laquelle est demandée ?",
    "tender.reason.deliveryUnclear":
      "La ligne parle de livraison sans dire si elle est comprise dans le prix ou facturée à part.",
    "tender.reason.deliveryConflict":
      "Les conditions se contredisent sur la livraison (comprise ou en sus) : laquelle vaut pour cette ligne ?",
    "tender.reason.zoneMissing":
      "Livraison comprise, mais le lieu n'est pas dit : Paris, petite couronne ou grande couronne ?",
    "tender.reason.zoneAmbiguous": "Plusieurs lieux de livraison possibles ({products}) : lequel ?",
    "tender.reason.pickupUnclear":
      "La reprise du matériel est citée sans dire si elle est comprise dans le prix.",
    "tender.reason.staffUnclear":
      "Service compris, mais l'effectif, le rôle ou la durée manque : combien de personnes, pendant combien d'heures ?",
    "tender.reason.staffConflict":
      "Les conditions se contredisent sur le service (compris ou en sus) : lequel vaut pour cette ligne ?",
    "tender.reason.eventCostsStandalone":
      "Livraison ou service compris sur une ligne facturée seule : le standard ne chiffre pas cette combinaison, à chiffrer vous-même.",
    "tender.reason.guestsMissing":
      "Livraison ou service compris, ou prix forfaitaire, sans nombre de convives : sur combien de personnes ?",
    "tender.reason.guestsAmbiguous": "Plusieurs nombres de convives ({values}) : lequel ?",
    "tender.reason.basisUnknown": "Le prix demandé n'est dit ni HT ni TTC : à préciser.",
    "tender.reason.sectionUnknown":
      "Des conditions sont données par rubrique, mais la rubrique de cette ligne n'est pas identifiée.",
    "tender.reason.invalid": "Lecture incomplète ({detail}) : à vérifier.",
    "tender.reason.outside": "« {matched} » n'est pas une prestation du standard : à chiffrer vous-même.",
    "tender.reason.unknown":
      "Aucune prestation du standard reconnue : à chiffrer vous-même, ou à lire comme une variante du standard.",
    "tender.reason.empty": "Ligne sans désignation.",
    "tender.reason.tooLong":
      "Désignation de plus de {max} caractères : elle n'est pas lue, pour ne rien deviner. Choisissez vous-même la variante de cette ligne.",
    "tender.reason.setAside": "Mise de côté par l'utilisateur : hors standard.",
    "tender.reason.heldByUser": "Gardée à confirmer par l'utilisateur (fichier de lecture) : non remplie.",
    "tender.product.cocktail": "cocktail",
    "tender.or": "ou",
    "tender.finding.isGrid":
      "{file} est une grille commune de traiteur, pas le bordereau d'un acheteur : choisissez le bordereau (BPU ou DQE) de l'appel d'offres. La grille sert à chiffrer ses lignes.",
    "tender.finding.noTable":
      "{file} : aucun tableau de prix trouvé (il faut une ligne d'en-tête avec une colonne « Désignation » et une colonne de prix). Vérifiez qu'il s'agit bien du BPU ou du DQE de l'acheteur, ou indiquez la feuille à lire.",
    "tender.finding.noTableOnSheet":
      "{file}, feuille « {sheet} » : aucun tableau de prix (une ligne d'en-tête avec « Désignation » et une colonne de prix). Indiquez une autre feuille.",
    "tender.finding.sheetMissing": "{file} : pas de feuille « {sheet} ». Feuilles du classeur : {sheets}.",
    "tender.finding.noInputs":
      "{file}, feuille « {sheet} » : le tableau (en-tête ligne {row}) n'a aucune cellule de prix à remplir (formules ou cellules verrouillées). Les prix se saisissent peut-être sur une autre feuille : indiquez-la.",
    "tender.finding.otherSheets":
      "Des prix se saisissent aussi dans : {sheets}. Seule la feuille « {sheet} » est lue ; indiquez une autre feuille pour la lire.",
    "tender.finding.hiddenLines":
      "{count} {count|ligne masquée|lignes masquées} avec un prix à saisir, {count|non lue|non lues} : {count|ligne|lignes} {rows}. {count|Affichez-la si elle fait|Affichez-les si elles font} partie de l'offre.",
    "tender.finding.mergedPrice":
      "{count} {count|ligne|lignes} dont la cellule de prix est fusionnée avec sa voisine, où rien ne peut être saisi : {count|ligne|lignes} {rows}. {count|Cette ligne reste|Ces lignes restent} sans prix ; demandez à l'acheteur un bordereau sans cette fusion, ou saisissez {count|ce prix|ces prix} vous-même.",
    "tender.finding.refRepeated":
      "La référence « {ref} » figure sur {count} lignes ({cells}) : chacune est lue comme une ligne à part et reçoit son propre prix, dans sa propre cellule. Vérifiez auprès de l'acheteur qu'il s'agit bien de {count} prestations différentes.",
    "tender.finding.basisUnknown":
      "La colonne de prix {column} ne dit pas HT ou TTC, les conditions non plus : chaque ligne est à confirmer.",
    "tender.finding.basisConflict":
      "La colonne de prix demande des prix {column}, mais cette cellule parle de prix {stated} : vérifiez ce que l'acheteur attend.",
    "tender.finding.scopeUnmatched":
      "{at} vise {count|la rubrique|les rubriques} {sections}, {count|introuvable|introuvables} dans le tableau : ces conditions ne s'appliquent à aucune ligne. Vérifiez la numérotation.",
    "tender.finding.correctionRow":
      "Correction de la ligne {row} ignorée : ce n'est pas une ligne de prix du tableau.",
    "tender.finding.correctionInvalid":
      "Correction de la ligne {row} refusée : variante invalide ({detail}).",
    "tender.column.ref": "n°",
    "tender.column.designation": "désignation",
    "tender.column.unit": "unité",
    "tender.column.quantity": "quantité",
    "tender.column.price_ht": "prix HT",
    "tender.column.vat": "TVA",
    "tender.column.price_ttc": "prix TTC",
    "tender.column.amount": "montant",
    "tender.scope.tender": "tout le bordereau",
    "tender.scope.sections": "{count|rubrique|rubriques} {sections}",
    "tender.scope.rows": "lignes {first} à {last}",
    "tender.fact.deliveryIncluded": "livraison comprise",
    "tender.fact.deliveryExcluded": "livraison en sus",
    "tender.fact.staffIncluded": "service compris",
    "tender.fact.staffExcluded": "service en sus",
    "tender.fact.pickupIncluded": "reprise du matériel comprise",
    "tender.fact.pickupExcluded": "reprise du matériel en sus",
    "tender.fact.conflict": "{what} : contradictoire",
    "tender.fact.guests": "base {guests} convives",
    "tender.fact.basis": "prix {basis}",
    "tender.cli.map.description":
      "lit le bordereau de prix d'un acheteur (BPU/DQE) : le tableau, ses conditions, et chaque ligne comme une variante du standard",
    "tender.cli.option.sheet": "la feuille à lire (par défaut : celle où se saisissent les prix)",
    "tender.cli.argument": "bordereau.xlsx",
    "tender.cli.option.json": "résultat en JSON : {sheet, header_row, columns, conditions, lines}",
    "tender.cli.table": "{file} : tableau de prix de la feuille « {sheet} », en-tête ligne {row}.",
    "tender.cli.columns": "Colonnes : {columns}.",
    "tender.cli.toType": "à saisir",
    "tender.cli.hiddenColumns": "Colonnes masquées, non lues : {columns}.",
    "tender.cli.conditions": "Conditions :",
    "tender.cli.noConditions": "Conditions : aucune trouvée.",
    "tender.condition": "{at} ({scope}) : {facts}",
    "tender.cli.lines": "Lignes :",
    "tender.cli.line": "ligne {row} · {ref} · {designation}",
    "tender.cli.mapped": "reconnue : {label}",
    "tender.cli.uncertain": "à confirmer : {reason}",
    "tender.cli.suggestion": "lecture proposée : {label}",
    "tender.cli.unmapped": "hors standard : {reason}",
    "tender.cli.summary":
      "{total} {total|ligne|lignes} : {mapped} {mapped|reconnue|reconnues}, {uncertain} à confirmer, {unmapped} hors standard.",
  },
  en: {
    "tender.reason.mapped": 'Recognised: "{matched}".',
    "tender.reason.mappedWithConditions": 'Recognised: "{matched}", with the conditions in {cells}.',
    "tender.reason.corrected": "Reading corrected by the user.",
    "tender.reason.standardSchedule":
      "Read from the buyer's standard schedule: the line's variant is written in {cell}.",
    "tender.reason.scheduleVariantInvalid":
      "Standard schedule, but the line's variant ({cell}) cannot be read or was changed: the designation was read instead, please confirm.",
    "tender.reason.maybe": '"{matched}" probably means {products}: please confirm.',
    "tender.reason.vague": '"{matched}" does not say which: {products}? Please specify.',
    "tender.reason.ambiguous": "Two possible readings ({products}): which one is asked?",
    "tender.reason.detailOnly": '"{matched}": only the details suggest {products}, please confirm.',
    "tender.reason.piecesMissing":
      "Cocktail without a number of pieces: say how many pieces per person are asked.",
    "tender.reason.piecesAmbiguous": "Several numbers of pieces ({values}): which one is asked?",
    "tender.reason.extraVague": '"{matched}": which drink ({products})? Please specify.',
    "tender.reason.extraMaybe": '"{matched}" read as {products} on top: please confirm.',
    "tender.reason.extraNotPerPerson":
      '"{matched}" is included in the line, but the standard prices it separately ({products}): price it yourself or confirm.',
    "tender.reason.drinkInDetails":
      'The details mention "{matched}": is the drink included in the price? Please confirm.',
    "tender.reason.outsideInDetails":
      'The details mention "{matched}", which is outside the standard: included in the price? Please check.',
    "tender.reason.unitUnknown": 'Unit "{unit}" is not a unit of the standard for {products}: please check.',
    "tender.reason.unitMismatch": '{products} is not sold per "{unit}": please check.',
    "tender.reason.unitMissing": "Unit not given: per person, per tray or flat fee?",
    "tender.reason.unitUnclear": "The designation gives two units: which one is asked?",
    "tender.reason.deliveryUnclear":
      "The line mentions delivery without saying whether it is included in the price or billed separately.",
    "tender.reason.deliveryConflict":
      "The conditions contradict each other on delivery (included or billed separately): which applies to this line?",
    "tender.reason.zoneMissing":
      "Delivery included, but the place is not given: Paris, inner suburbs or outer suburbs?",
    "tender.reason.zoneAmbiguous": "Several possible delivery places ({products}): which one?",
    "tender.reason.pickupUnclear":
      "Equipment pick-up is mentioned without saying whether it is included in the price.",
    "tender.reason.staffUnclear":
      "Service included, but the number, role or duration is missing: how many staff, for how many hours?",
    "tender.reason.staffConflict":
      "The conditions contradict each other on service (included or billed separately): which applies to this line?",
    "tender.reason.eventCostsStandalone":
      "Delivery or service included on a line billed alone: the standard does not price this combination, price it yourself.",
    "tender.reason.guestsMissing":
      "Delivery or service included, or a flat fee, with no number of guests: how many people?",
    "tender.reason.guestsAmbiguous": "Several numbers of guests ({values}): which one?",
    "tender.reason.basisUnknown": "The price asked is neither said to be HT nor TTC: please specify.",
    "tender.reason.sectionUnknown":
      "Conditions are given per rubrique, but this line's rubrique cannot be identified.",
    "tender.reason.invalid": "Incomplete reading ({detail}): please check.",
    "tender.reason.outside": '"{matched}" is not a service of the standard: price it yourself.',
    "tender.reason.unknown":
      "No service of the standard recognised: price it yourself, or read it as a variant of the standard.",
    "tender.reason.empty": "Line without a designation.",
    "tender.reason.tooLong":
      "Designation over {max} characters: it is not read, so that nothing is guessed. Choose this line's variant yourself.",
    "tender.reason.setAside": "Set aside by the user: outside the standard.",
    "tender.reason.heldByUser": "Kept as to confirm by the user (reading file): not filled.",
    "tender.product.cocktail": "cocktail",
    "tender.or": "or",
    "tender.finding.isGrid":
      "{file} is a caterer's standard grid, not a buyer's schedule: choose the tender's schedule (BPU or DQE). The grid is what prices its lines.",
    "tender.finding.noTable":
      '{file}: no price table found (a header row with a "Désignation" column and a price column is needed). Check that this is the buyer\'s BPU or DQE, or say which sheet to read.',
    "tender.finding.noTableOnSheet":
      '{file}, sheet "{sheet}": no price table (a header row with "Désignation" and a price column). Choose another sheet.',
    "tender.finding.sheetMissing": '{file}: no sheet "{sheet}". Sheets of the workbook: {sheets}.',
    "tender.finding.noInputs":
      '{file}, sheet "{sheet}": the table (header on row {row}) has no price cell to fill in (formulas or locked cells). Prices may be typed on another sheet: say which.',
    "tender.finding.otherSheets":
      'Prices are also typed in: {sheets}. Only sheet "{sheet}" is read; choose another sheet to read it.',
    "tender.finding.hiddenLines":
      "{count} {count|hidden line|hidden lines} with a price to fill in, not read: {count|row|rows} {rows}. {count|Unhide it if it is|Unhide them if they are} part of the bid.",
    "tender.finding.mergedPrice":
      "{count} {count|line|lines} whose price cell is merged with its neighbour, where nothing can be typed: {count|row|rows} {rows}. {count|This line stays|These lines stay} without a price; ask the buyer for a schedule without this merge, or type {count|this price|these prices} yourself.",
    "tender.finding.refRepeated":
      'Reference "{ref}" is on {count} lines ({cells}): each is read as a line of its own and gets its own price, in its own cell. Check with the buyer that these are indeed {count} different items.',
    "tender.finding.basisUnknown":
      "Price column {column} does not say HT or TTC, nor do the conditions: every line needs confirming.",
    "tender.finding.basisConflict":
      "The price column asks for {column} prices, but this cell speaks of {stated} prices: check what the buyer expects.",
    "tender.finding.scopeUnmatched":
      "{at} refers to {count|section|sections} {sections}, which the table does not have: these conditions apply to no line. Check the numbering.",
    "tender.finding.correctionRow": "Correction for row {row} ignored: it is not a price line of the table.",
    "tender.finding.correctionInvalid": "Correction for row {row} refused: invalid variant ({detail}).",
    "tender.column.ref": "no.",
    "tender.column.designation": "designation",
    "tender.column.unit": "unit",
    "tender.column.quantity": "quantity",
    "tender.column.price_ht": "price excl. VAT",
    "tender.column.vat": "VAT",
    "tender.column.price_ttc": "price incl. VAT",
    "tender.column.amount": "amount",
    "tender.scope.tender": "whole schedule",
    "tender.scope.sections": "{count|section|sections} {sections}",
    "tender.scope.rows": "rows {first} to {last}",
    "tender.fact.deliveryIncluded": "delivery included",
    "tender.fact.deliveryExcluded": "delivery billed separately",
    "tender.fact.staffIncluded": "service included",
    "tender.fact.staffExcluded": "service billed separately",
    "tender.fact.pickupIncluded": "equipment pick-up included",
    "tender.fact.pickupExcluded": "equipment pick-up billed separately",
    "tender.fact.conflict": "{what}: contradictory",
    "tender.fact.guests": "based on {guests} guests",
    "tender.fact.basis": "{basis} prices",
    "tender.cli.map.description":
      "reads a buyer's price schedule (BPU/DQE): the table, its conditions, and each line as a variant of the standard",
    "tender.cli.option.sheet": "the sheet to read (default: the one where prices are typed)",
    "tender.cli.argument": "tender.xlsx",
    "tender.cli.option.json": "JSON output: {sheet, header_row, columns, conditions, lines}",
    "tender.cli.table": '{file}: price table of sheet "{sheet}", header on row {row}.',
    "tender.cli.columns": "Columns: {columns}.",
    "tender.cli.toType": "to fill in",
    "tender.cli.hiddenColumns": "Hidden columns, not read: {columns}.",
    "tender.cli.conditions": "Conditions:",
    "tender.cli.noConditions": "Conditions: none found.",
    "tender.condition": "{at} ({scope}): {facts}",
    "tender.cli.lines": "Lines:",
    "tender.cli.line": "row {row} · {ref} · {designation}",
    "tender.cli.mapped": "recognised: {label}",
    "tender.cli.uncertain": "to confirm: {reason}",
    "tender.cli.suggestion": "suggested reading: {label}",
    "tender.cli.unmapped": "outside the standard: {reason}",
    "tender.cli.summary":
      "{total} {total|line|lines}: {mapped} recognised, {uncertain} to confirm, {unmapped} outside the standard.",
  },
});

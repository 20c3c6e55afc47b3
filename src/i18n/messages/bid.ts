import { defineMessages } from "../types";

// The buyer's side: checking a bid line by line (src/core/bid), comparing bids (src/core/compare) and the
// standard schedule (src/core/schedule). Amounts and rates in {price}, {rate}… are rendered by findingMessage.
export const bid = defineMessages({
  fr: {
    "bid.column.ref": "N° de prix",
    "bid.column.designation": "Désignation",
    "bid.column.unit": "Unité",
    "bid.column.quantity": "Quantité",
    "bid.column.priceHt": "Prix unitaire HT",
    "bid.column.vat": "Taux de TVA",
    "bid.column.priceTtc": "Prix unitaire TTC",
    "bid.column.amountHt": "Montant HT",
    "bid.price.missing":
      "Prix unitaire manquant : l'offre est incomplète sur cette ligne. Ne complétez pas le prix à la place du candidat ; voyez avec le règlement de la consultation si une régularisation peut être demandée.",
    "bid.price.text":
      "Prix saisi comme texte (« {text} »), lu comme {price}. Vérifiez que c'est bien le prix voulu par le candidat.",
    "bid.price.unreadable":
      "« {text} » n'est pas un prix lisible : la ligne est traitée comme sans prix. Demandez au candidat de préciser son prix.",
    "bid.price.negative":
      "Prix négatif (« {text} ») : la ligne est traitée comme sans prix. Demandez au candidat de préciser son prix.",
    "bid.price.decimals":
      "Prix « {text} » avec plus de 2 décimales : la ligne n'est pas comptée, car arrondir changerait l'offre. Demandez au candidat de confirmer son prix au centime.",
    "bid.price.tooLarge":
      "Prix « {text} » trop grand pour être lu : la ligne est traitée comme sans prix. Vérifiez la saisie avec le candidat.",
    "bid.price.notAmount":
      "La cellule de prix est au format date ou pourcentage : sa valeur ({text}) n'est pas un prix en euros, la ligne est traitée comme sans prix. Demandez au candidat de préciser son prix.",
    "bid.price.uncomputed":
      "Le prix est une formule ({text}) dont le fichier ne contient pas le résultat (il n'a jamais été recalculé) : la ligne est traitée comme sans prix. Ouvrez l'offre dans Excel ou LibreOffice, enregistrez-la, puis vérifiez-la de nouveau.",
    "bid.price.zero":
      "Prix à 0 : vérifiez s'il s'agit d'une prestation offerte ou d'un oubli ; un prix nul peut devoir être justifié.",
    "bid.price.absurd":
      "Prix de {price}, au-delà de {max} par unité : vérifiez qu'il n'a pas été saisi en centimes ou avec une virgule mal placée.",
    "bid.ttc.mismatch":
      "Prix TTC de {ttc} incohérent avec le prix HT de {price} au taux de {rate} (attendu : {expected}). Le prix HT fait foi ; signalez l'écart au candidat.",
    "bid.vat.unreadable":
      "Taux de TVA « {text} » illisible : saisissez-le en pourcentage (ex. 10 %) ou vérifiez la cellule.",
    "bid.vat.unusual":
      "Taux de TVA de {rate} inhabituel pour une ligne de catégorie « {category} » (habituellement {rates}). Vérifiez le taux avec le candidat ou votre service financier.",
    "bid.amount.mismatch":
      "Montant HT de {amount} différent de quantité × prix unitaire ({quantity} × {price}). Le prix unitaire prévaut : montant corrigé {corrected}.",
    "bid.cell.changed":
      "{column} : « {original} » dans le bordereau d'origine, « {value} » dans l'offre. Le candidat ne doit pas modifier le bordereau : examinez si l'offre reste régulière.",
    "bid.formula.replaced":
      "{column} : la formule du bordereau ({formula}) a été remplacée par une valeur saisie (« {value} »). Le calcul est refait à partir du prix unitaire ; vérifiez le reste de la ligne.",
    "bid.row.added":
      "Ligne {row} ajoutée par le candidat (« {text} ») : elle n'existe pas dans le bordereau d'origine. Elle n'est pas comptée ; examinez si l'offre reste régulière.",
    "bid.row.removed":
      "La ligne {row} du bordereau d'origine (« {text} ») manque dans l'offre : l'offre est incomplète sur cette ligne. Examinez si elle reste régulière.",
    "compare.points.invalid":
      "Nombre de points « {value} » invalide pour le critère prix : donnez un nombre positif d'au plus 2 décimales (ex. 40). Les notes ne sont pas calculées.",
    "compare.estimate.invalid":
      "Estimation de l'acheteur invalide : donnez un montant HT positif et un écart entre 0 et 100 % (30 % par défaut). La détection par l'estimation n'est pas faite.",
    "compare.method.classique": "Classique : N × Pmin / P",
    "compare.method.lineaire": "Linéaire : N × (Pmax − P) / (Pmax − Pmin)",
    "compare.method.ecart": "Écart au moins-disant : N × (1 − (P − Pmin) / Pmin), au moins 0",
    "compare.oab.meanSigma":
      "À justifier : total {basis} inférieur à la moyenne moins un écart type des offres complètes (seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3 du code de la commande publique) avant toute décision.",
    "compare.oab.trimmedMean":
      "À justifier : total {basis} inférieur d'au moins 10 % à la moyenne des offres, recalculée sans celles de plus de 20 % au-dessus (moyenne recalculée {reference}, seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3 du code de la commande publique) avant toute décision.",
    "compare.oab.estimate":
      "À justifier : total {basis} très inférieur à votre estimation de {reference} (seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3 du code de la commande publique) avant toute décision.",
    "compare.line.lowOutlier":
      "Pour information : prix unitaire inférieur de plus de 50 % à la moyenne de la ligne. Une offre s'apprécie sur son prix global ; ce prix peut éclairer la demande de justification.",
    "schedule.title": "Bordereau des prix unitaires valant détail quantitatif estimatif",
    "schedule.format":
      "Bordereau au format standard {standard} {version} : ne modifiez ni les lignes, ni les colonnes, ni les formules.",
    "schedule.hint":
      "Complétez uniquement les cellules jaunes : votre raison sociale et les prix unitaires HT, au centime. Les montants et les totaux se calculent seuls.",
    "schedule.bidder": "Raison sociale du candidat :",
    "schedule.header.ref": "N° de prix",
    "schedule.header.designation": "Désignation",
    "schedule.header.unit": "Unité",
    "schedule.header.quantity": "Quantité estimative",
    "schedule.header.priceHt": "Prix unitaire HT (€)",
    "schedule.header.vat": "Taux de TVA",
    "schedule.header.priceTtc": "Prix unitaire TTC (€)",
    "schedule.header.amountHt": "Montant HT (€)",
    "schedule.header.variant": "Variante (standard, ne pas modifier)",
    "schedule.header.part": "Catégorie de TVA",
    "schedule.unit.personne": "personne",
    "schedule.unit.plateau": "plateau",
    "schedule.unit.prestation": "prestation",
    "schedule.unit.livraison": "livraison",
    "schedule.unit.heure": "heure",
    "schedule.unit.unite": "unité",
    "schedule.part": "part {category} (TVA {rate})",
    "schedule.total.ht": "Montant total HT",
    "schedule.total.base": "dont HT au taux de",
    "schedule.total.vatAt": "TVA au taux de",
    "schedule.total.vat": "Montant total de la TVA",
    "schedule.total.ttc": "Montant total TTC",
    "schedule.total.missing": "Prix unitaires non renseignés",
    "schedule.validation.price.title": "Prix unitaire HT",
    "schedule.validation.price.prompt":
      "Prix unitaire hors taxes en euros, au centime près (ex. 12,50). Chaque ligne doit avoir un prix.",
    "schedule.validation.price.error": "Saisissez un montant positif ou nul, avec au plus 2 décimales.",
    "schedule.validation.bidder.title": "Raison sociale",
    "schedule.validation.bidder.prompt": "Nom de votre entreprise, tel qu'il figure sur votre offre.",
    "schedule.validation.bidder.error": "Saisissez au plus 200 caractères.",
    "schedule.notList":
      'Les lignes du bordereau doivent être une liste JSON : [{"ref": "1.1", "variant": {...}, "quantity": 100}].',
    "schedule.empty": "La liste des lignes est vide : donnez au moins une ligne.",
    "schedule.tooManyLines":
      "{count} lignes, au-delà de la limite de {max} par bordereau. Découpez le bordereau en plusieurs lots.",
    "schedule.line.notObject":
      'La ligne doit être un objet JSON : {"ref": "1.1", "variant": {...}, "quantity": 100}.',
    "schedule.line.unknownField":
      "Champ « {field} » inconnu : la ligne n'est pas reprise. Corrigez son orthographe (champs possibles : {known}).",
    "schedule.quantity.missing": "Quantité estimative manquante : donnez un nombre positif (ex. 100).",
    "schedule.quantity.invalid":
      "Quantité {value} invalide : donnez un nombre positif d'au plus 6 décimales, jusqu'à 10 millions.",
    "schedule.ref.invalid":
      'N° de prix {value} invalide : donnez un texte non vide d\'au plus {max} caractères (ex. "1.1").',
    "schedule.ref.duplicate":
      "N° de prix « {value} » déjà utilisé à la ligne {first} : donnez à chaque ligne un numéro distinct.",
    "schedule.variant.missing":
      'Variante manquante : décrivez ce que demande la ligne, par exemple "variant": {"product": "cocktail", "pieces": 8}.',
    "schedule.basis.ht":
      "« basis » TTC ignoré : le bordereau standard demande des prix HT et calcule le TTC. La ligne est reprise en HT.",
  },
  en: {
    "bid.column.ref": "Item number",
    "bid.column.designation": "Description",
    "bid.column.unit": "Unit",
    "bid.column.quantity": "Quantity",
    "bid.column.priceHt": "Unit price before VAT",
    "bid.column.vat": "VAT rate",
    "bid.column.priceTtc": "Unit price incl. VAT",
    "bid.column.amountHt": "Amount before VAT",
    "bid.price.missing":
      "Unit price missing: the bid is incomplete on this line. Do not fill the price in for the bidder; check in the consultation rules whether regularisation may be asked for.",
    "bid.price.text":
      'Price typed as text ("{text}"), read as {price}. Check that this is the price the bidder meant.',
    "bid.price.unreadable":
      '"{text}" is not a readable price: the line counts as unpriced. Ask the bidder to state its price.',
    "bid.price.negative":
      'Negative price ("{text}"): the line counts as unpriced. Ask the bidder to state its price.',
    "bid.price.decimals":
      'Price "{text}" has more than 2 decimals: the line is not counted, since rounding would change the bid. Ask the bidder to confirm its price to the cent.',
    "bid.price.tooLarge":
      'Price "{text}" is too large to be read: the line counts as unpriced. Check the entry with the bidder.',
    "bid.price.notAmount":
      "The price cell is formatted as a date or a percentage: its value ({text}) is not a price in euros, so the line counts as unpriced. Ask the bidder to state its price.",
    "bid.price.uncomputed":
      "The price is a formula ({text}) whose result the file does not hold (it was never calculated): the line counts as unpriced. Open the bid in Excel or LibreOffice, save it, then check it again.",
    "bid.price.zero":
      "Price of 0: check whether the service is offered free or was forgotten; a zero price may need to be justified.",
    "bid.price.absurd":
      "Price of {price}, above {max} per unit: check that it was not typed in cents or with a misplaced decimal point.",
    "bid.ttc.mismatch":
      "Price incl. VAT of {ttc} does not match the price before VAT of {price} at {rate} (expected: {expected}). The price before VAT prevails; point out the difference to the bidder.",
    "bid.vat.unreadable":
      'VAT rate "{text}" cannot be read: type it as a percentage (e.g. 10%) or check the cell.',
    "bid.vat.unusual":
      'VAT rate of {rate} is unusual for a line of category "{category}" (usually {rates}). Check the rate with the bidder or your finance department.',
    "bid.amount.mismatch":
      "Amount before VAT of {amount} differs from quantity × unit price ({quantity} × {price}). The unit price prevails: corrected amount {corrected}.",
    "bid.cell.changed":
      '{column}: "{original}" in the original schedule, "{value}" in the bid. Bidders must not alter the schedule: consider whether the bid is still compliant.',
    "bid.formula.replaced":
      '{column}: the schedule\'s formula ({formula}) was replaced by a typed value ("{value}"). The calculation is redone from the unit price; check the rest of the line.',
    "bid.row.added":
      'Row {row} added by the bidder ("{text}"): it is not in the original schedule. It is not counted; consider whether the bid is still compliant.',
    "bid.row.removed":
      'Row {row} of the original schedule ("{text}") is missing from the bid: the bid is incomplete on that line. Consider whether it is still compliant.',
    "compare.points.invalid":
      'Invalid number of points "{value}" for the price criterion: give a positive number with at most 2 decimals (e.g. 40). Scores are not computed.',
    "compare.estimate.invalid":
      "Invalid buyer's estimate: give a positive amount before VAT and a gap between 0 and 100% (30% by default). Detection against the estimate is not done.",
    "compare.method.classique": "Proportional: N × Pmin / P",
    "compare.method.lineaire": "Linear: N × (Pmax − P) / (Pmax − Pmin)",
    "compare.method.ecart": "Gap to the lowest: N × (1 − (P − Pmin) / Pmin), at least 0",
    "compare.oab.meanSigma":
      "To be justified: total {basis} below the mean minus one standard deviation of the complete bids (threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3 of the French public procurement code) before any decision.",
    "compare.oab.trimmedMean":
      "To be justified: total {basis} at least 10% below the mean of the bids, recomputed without those more than 20% above it (recomputed mean {reference}, threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3 of the French public procurement code) before any decision.",
    "compare.oab.estimate":
      "To be justified: total {basis} far below your estimate of {reference} (threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3 of the French public procurement code) before any decision.",
    "compare.line.lowOutlier":
      "For information: unit price more than 50% below the line's mean. A bid is judged on its overall price; this price may inform the request for justification.",
    "schedule.title": "Schedule of unit prices and estimated quantities (BPU valant DQE)",
    "schedule.format":
      "Schedule in the standard format {standard} {version}: do not change the rows, columns or formulas.",
    "schedule.hint":
      "Fill in the yellow cells only: your company name and the unit prices before VAT, to the cent. Amounts and totals are calculated for you.",
    "schedule.bidder": "Bidder's company name:",
    "schedule.header.ref": "Item no.",
    "schedule.header.designation": "Description",
    "schedule.header.unit": "Unit",
    "schedule.header.quantity": "Estimated quantity",
    "schedule.header.priceHt": "Unit price before VAT (€)",
    "schedule.header.vat": "VAT rate",
    "schedule.header.priceTtc": "Unit price incl. VAT (€)",
    "schedule.header.amountHt": "Amount before VAT (€)",
    "schedule.header.variant": "Variant (standard, do not change)",
    "schedule.header.part": "VAT category",
    "schedule.unit.personne": "person",
    "schedule.unit.plateau": "tray",
    "schedule.unit.prestation": "service",
    "schedule.unit.livraison": "delivery",
    "schedule.unit.heure": "hour",
    "schedule.unit.unite": "unit",
    "schedule.part": "{category} part (VAT {rate})",
    "schedule.total.ht": "Total before VAT",
    "schedule.total.base": "of which before VAT at",
    "schedule.total.vatAt": "VAT at",
    "schedule.total.vat": "Total VAT",
    "schedule.total.ttc": "Total incl. VAT",
    "schedule.total.missing": "Unit prices not filled in",
    "schedule.validation.price.title": "Unit price before VAT",
    "schedule.validation.price.prompt":
      "Unit price before VAT in euros, to the cent (e.g. 12.50). Every line needs a price.",
    "schedule.validation.price.error": "Type an amount of zero or more, with at most 2 decimals.",
    "schedule.validation.bidder.title": "Company name",
    "schedule.validation.bidder.prompt": "Your company's name, as it appears on your bid.",
    "schedule.validation.bidder.error": "Type at most 200 characters.",
    "schedule.notList":
      'The schedule\'s lines must be a JSON list: [{"ref": "1.1", "variant": {...}, "quantity": 100}].',
    "schedule.empty": "The list of lines is empty: give at least one line.",
    "schedule.tooManyLines":
      "{count} lines, above the limit of {max} per schedule. Split the schedule into lots.",
    "schedule.line.notObject":
      'The line must be a JSON object: {"ref": "1.1", "variant": {...}, "quantity": 100}.',
    "schedule.line.unknownField":
      'Unknown field "{field}": the line is left out. Correct its spelling (possible fields: {known}).',
    "schedule.quantity.missing": "Estimated quantity missing: give a positive number (e.g. 100).",
    "schedule.quantity.invalid":
      "Invalid quantity {value}: give a positive number with at most 6 decimals, up to 10 million.",
    "schedule.ref.invalid":
      'Invalid item number {value}: give a non-empty text of at most {max} characters (e.g. "1.1").',
    "schedule.ref.duplicate":
      'Item number "{value}" is already used on line {first}: give each line its own number.',
    "schedule.variant.missing":
      'Variant missing: describe what the line asks for, e.g. "variant": {"product": "cocktail", "pieces": 8}.',
    "schedule.basis.ht":
      '"basis" TTC ignored: the standard schedule asks for prices before VAT and calculates them incl. VAT. The line is kept before VAT.',
  },
});

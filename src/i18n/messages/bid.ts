import type { MessageModule } from "../types";

// The buyer's side: checking a bid line by line (src/core/bid), comparing bids (src/core/compare) and the
// standard schedule (src/core/schedule). Amounts and rates in {price}, {rate}… are rendered by bidFindingMessage.
export const bid: MessageModule = {
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
      "{column} modifié(e) par rapport au bordereau d'origine (« {original} » devenu « {value} »). Le candidat ne doit pas modifier le bordereau : examinez si l'offre reste régulière.",
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
      "À justifier : total HT inférieur à la moyenne moins un écart type des offres complètes (seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3 du code de la commande publique) ; l'offre ne peut pas être rejetée sans cet échange.",
    "compare.oab.trimmedMean":
      "À justifier : total HT inférieur d'au moins 10 % à la moyenne des offres, recalculée sans celles de plus de 20 % au-dessus (seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3) ; l'offre ne peut pas être rejetée sans cet échange.",
    "compare.oab.estimate":
      "À justifier : total HT très inférieur à votre estimation (seuil {threshold}). Demandez au candidat de justifier son prix (articles L2152-5 et R2152-3) ; l'offre ne peut pas être rejetée sans cet échange.",
    "compare.line.lowOutlier":
      "Pour information : prix unitaire inférieur de plus de 50 % à la moyenne de la ligne. Une offre s'apprécie sur son prix global ; ce prix peut éclairer la demande de justification.",
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
      '{column} changed from the original schedule ("{original}" became "{value}"). Bidders must not alter the schedule: consider whether the bid is still compliant.',
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
      "To be justified: total before VAT below the mean minus one standard deviation of the complete bids (threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3 of the French public procurement code); the bid cannot be rejected without that exchange.",
    "compare.oab.trimmedMean":
      "To be justified: total before VAT at least 10% below the mean of the bids, recomputed without those more than 20% above it (threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3); the bid cannot be rejected without that exchange.",
    "compare.oab.estimate":
      "To be justified: total before VAT far below your estimate (threshold {threshold}). Ask the bidder to justify its price (articles L2152-5 and R2152-3); the bid cannot be rejected without that exchange.",
    "compare.line.lowOutlier":
      "For information: unit price more than 50% below the line's mean. A bid is judged on its overall price; this price may inform the request for justification.",
  },
};

import { defineMessages } from "../types";

// A bid's findings worded for the bidder who checks its own bid before sending it (the caterer's « Vérifier avant
// envoi », `grille check --grid`): the same facts as src/i18n/messages/bid.ts, with what the bidder should do, where
// the buyer's wording says what to ask the bidder. Chosen by the check use case (src/usecases/check-bid.ts).
export const bidOwn = defineMessages({
  fr: {
    "bid.own.price.missing":
      "Prix unitaire manquant : votre offre serait incomplète sur cette ligne, et l'acheteur ne peut pas le compléter à votre place. Saisissez le prix avant d'envoyer l'offre.",
    "bid.own.price.text":
      "Prix saisi comme texte (« {text} »), lu comme {price}. Saisissez-le comme un nombre, pour que l'acheteur le lise sans doute possible.",
    "bid.own.price.unreadable":
      "« {text} » n'est pas un prix lisible : l'acheteur verrait cette ligne sans prix. Saisissez le prix en euros.",
    "bid.own.price.negative":
      "Prix négatif (« {text} ») : l'acheteur verrait cette ligne sans prix. Saisissez le prix en euros.",
    "bid.own.price.decimals":
      "Prix « {text} » avec plus de 2 décimales : l'acheteur ne pourrait pas le compter. Arrondissez-le au centime.",
    "bid.own.price.tooLarge": "Prix « {text} » trop grand pour être lu : vérifiez la saisie.",
    "bid.own.price.notAmount":
      "La cellule de prix est au format date ou pourcentage : sa valeur ({text}) ne se lit pas comme un prix en euros. Remettez-la au format monétaire et saisissez le prix.",
    "bid.own.ttc.mismatch":
      "Prix TTC de {ttc} incohérent avec le prix HT de {price} au taux de {rate} (attendu : {expected}). Le prix HT fait foi : corrigez le TTC avant d'envoyer l'offre.",
    "bid.own.vat.unusual":
      "Taux de TVA de {rate} inhabituel pour une ligne de catégorie « {category} » (habituellement {rates}). Vérifiez le taux, avec votre comptable au besoin.",
    "bid.own.amount.mismatch":
      "Montant HT de {amount} différent de quantité × prix unitaire ({quantity} × {price}) : l'acheteur retiendra {corrected}. Corrigez le montant avant d'envoyer l'offre.",
    "bid.own.cell.changed":
      "{column} : « {original} » dans le bordereau d'origine, « {value} » dans votre offre. Ne modifiez pas le bordereau de l'acheteur : remettez le texte d'origine, sans quoi l'offre risque d'être irrégulière.",
    "bid.own.formula.replaced":
      "{column} : la formule du bordereau ({formula}) a été remplacée par une valeur saisie (« {value} »). Remettez la formule de l'acheteur : il recalculera de toute façon à partir du prix unitaire.",
    "bid.own.row.added":
      "Ligne {row} ajoutée (« {text} ») : elle n'existe pas dans le bordereau d'origine. Supprimez-la : l'acheteur ne la comptera pas, et l'offre risque d'être irrégulière.",
    "bid.own.row.removed":
      "La ligne {row} du bordereau d'origine (« {text} ») manque dans votre offre : elle serait incomplète. Remettez la ligne et son prix.",
  },
  en: {
    "bid.own.price.missing":
      "Unit price missing: your bid would be incomplete on this line, and the buyer cannot fill it in for you. Type the price before sending the bid.",
    "bid.own.price.text":
      'Price typed as text ("{text}"), read as {price}. Type it as a number, so the buyer reads it beyond doubt.',
    "bid.own.price.unreadable":
      '"{text}" is not a readable price: the buyer would see this line without a price. Type the price in euros.',
    "bid.own.price.negative":
      'Negative price ("{text}"): the buyer would see this line without a price. Type the price in euros.',
    "bid.own.price.decimals":
      'Price "{text}" has more than 2 decimals: the buyer could not count it. Round it to the cent.',
    "bid.own.price.tooLarge": 'Price "{text}" is too large to be read: check what you typed.',
    "bid.own.price.notAmount":
      "The price cell is formatted as a date or a percentage: its value ({text}) does not read as a price in euros. Give it a currency format and type the price.",
    "bid.own.ttc.mismatch":
      "Price incl. VAT of {ttc} does not match the price before VAT of {price} at {rate} (expected: {expected}). The price before VAT prevails: correct the price incl. VAT before sending the bid.",
    "bid.own.vat.unusual":
      'VAT rate of {rate} is unusual for a line of category "{category}" (usually {rates}). Check the rate, with your accountant if need be.',
    "bid.own.amount.mismatch":
      "Amount before VAT of {amount} differs from quantity × unit price ({quantity} × {price}): the buyer will take {corrected}. Correct the amount before sending the bid.",
    "bid.own.cell.changed":
      '{column}: "{original}" in the original schedule, "{value}" in your bid. Do not alter the buyer\'s schedule: put the original text back, or the bid may be non-compliant.',
    "bid.own.formula.replaced":
      "{column}: the schedule's formula ({formula}) was replaced by a typed value (\"{value}\"). Put the buyer's formula back: the buyer recalculates from the unit price anyway.",
    "bid.own.row.added":
      'Row {row} added ("{text}"): it is not in the original schedule. Delete it: the buyer will not count it, and the bid may be non-compliant.',
    "bid.own.row.removed":
      'Row {row} of the original schedule ("{text}") is missing from your bid: it would be incomplete. Put the line and its price back.',
  },
});

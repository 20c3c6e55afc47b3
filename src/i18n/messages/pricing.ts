import { defineMessages } from "../types";

// Variants (reading, rules, labels) and pricing (not priceable, breakdown steps, units, VAT categories).
export const pricing = defineMessages({
  fr: {
    "cli.demo.pricing.title": "Prix de variantes (grille de référence du standard)",
    "cli.demo.pricing.intro":
      "Chaque ligne d'appel d'offres est chiffrée depuis la grille de référence, avec le détail du calcul (règles R1 à R6, voir docs/pricing.md).",
    "cli.demo.pricing.formulas":
      "Formules Excel (règle R8) sur les cellules nommées du modèle : elles donnent les mêmes centimes que le moteur.",
    "cli.price.description":
      "calcule le prix HT et TTC de variantes à partir d'une grille, avec le détail du calcul",
    "cli.price.option.grid": "grille du traiteur : JSON du standard ou modèle Excel rempli (.xlsx)",
    "cli.price.option.variant": 'une variante en JSON, par exemple \'{"product": "cocktail", "pieces": 8}\'',
    "cli.price.option.variants": 'fichier JSON de variantes : [{"id": "...", "variant": {...}}]',
    "cli.price.option.json": 'résultat en JSON : [{"id", "ht", "ttc", "breakdown"}] (montants en euros)',
    "cli.price.gridUnusable": "{file} : grille inutilisable pour chiffrer : {detail}",
    "cli.price.oneSource":
      "Donnez soit --variant '<json>', soit --variants FICHIER.json (l'un des deux, pas les deux).",
    "cli.price.variantsShape": '{file} : il faut une liste JSON [{"id": "...", "variant": {...}}].',
    "cli.price.notPriced": "Non chiffré :",
    "cli.price.warning": "Attention :",
    "cli.price.tooManyLines":
      "{file} : {count} lignes, au-delà de la limite de {max} par fichier. Découpez-le en plusieurs fichiers.",
    "cli.price.templateErrors":
      "{file} : grille inutilisable pour chiffrer. Corrigez d'abord dans le classeur les erreurs ci-dessus, puis relancez.",
    "cli.price.duplicateId":
      "ligne {line} : l'identifiant « {id} » est déjà utilisé à la ligne {first} ; donnez à chaque ligne un id distinct.",
    "cli.price.total": "{ht} HT · {ttc} TTC",
    "variant.notObject":
      'La variante doit être un objet JSON, par exemple {"product": "cocktail", "pieces": 8}.',
    "variant.unknownField":
      "Champ « {field} » inconnu dans la variante : la ligne n'est pas chiffrée. Corrigez son orthographe (champs possibles : {known}).",
    "variant.product.missing":
      "Le produit manque : indiquez un cocktail ou une ligne de prix de la grille (par exemple le plateau-repas classique).",
    "variant.product.unknown":
      "Produit « {value} » inconnu : choisissez un cocktail ou une ligne de prix de la grille (la liste : grille price --help).",
    "variant.product.notPriceLine":
      "« {value} » est un paramètre de la grille, pas un produit : choisissez une ligne de prix.",
    "variant.pieces.missing": "Un cocktail doit préciser son nombre de pièces.",
    "variant.pieces.invalid": "Nombre de pièces « {value} » invalide : donnez un entier de 1 à 100.",
    "variant.pieces.unexpected":
      "Le nombre de pièces ne s'applique qu'à un cocktail, pas à « {value} » : retirez-le.",
    "variant.unit.unknown":
      "Unité « {value} » inconnue : personne, plateau, prestation, livraison, heure ou unite.",
    "variant.unit.mismatch":
      "« {product} » ne peut pas être vendu à l'unité « {value} » : unités possibles : {units}.",
    "variant.extras.invalid": "Les suppléments doivent être une liste de lignes de prix par personne.",
    "variant.extras.standalone":
      "« {product} » est facturé seul : il ne peut pas avoir de suppléments par personne.",
    "variant.extra.unknown":
      "Supplément « {value} » inconnu : choisissez une ligne de prix par personne de la grille (la liste : grille price --help).",
    "variant.extra.notPerPerson":
      "« {value} » n'est pas un prix par personne : il ne peut pas être un supplément. Chiffrez-le sur sa propre ligne.",
    "variant.extra.duplicate": "Supplément « {value} » en double : indiquez-le une seule fois.",
    "variant.extra.isProduct": "« {value} » est déjà le produit de la variante : retirez-le des suppléments.",
    "variant.guests.invalid":
      "Nombre de convives « {value} » invalide : donnez un entier supérieur ou égal à 1.",
    "variant.guests.missing":
      "Nombre de convives manquant : il faut une base pour un forfait ou pour répartir livraison et personnel.",
    "variant.included.invalid": "« {field} » doit être compris (true) ou en sus (false).",
    "variant.flag.invalid": "« {field} » doit être oui (true) ou non (false).",
    "variant.section.invalid": "« {field} » est mal décrit : indiquez s'il est compris ou en sus.",
    "variant.eventCosts.standalone":
      "« {product} » est facturé seul : la livraison ou le personnel ne peuvent pas y être compris. Chiffrez-les sur leurs propres lignes.",
    "variant.zone.missing":
      "Livraison comprise sans zone : indiquez Paris, petite couronne ou grande couronne.",
    "variant.zone.unknown":
      "Zone de livraison « {value} » inconnue : Paris, petite couronne ou grande couronne.",
    "variant.staff.role":
      "Fonction du personnel « {value} » inconnue : maître d'hôtel, serveur ou cuisinier.",
    "variant.staff.count":
      "Nombre de personnes « {value} » invalide : donnez un entier supérieur ou égal à 1.",
    "variant.staff.perGuests":
      "Ratio « 1 pour {value} convives » invalide : donnez un entier supérieur ou égal à 1.",
    "variant.staff.countMissing":
      "Personnel compris : indiquez un nombre d'intervenants, ou un intervenant pour N convives.",
    "variant.staff.countAmbiguous":
      "Personnel : un nombre d'intervenants et un ratio par convives sont tous deux donnés ; n'en gardez qu'un.",
    "variant.staff.hours":
      "Durée « {value} » invalide : donnez un nombre d'heures supérieur à 0, au plus 24, avec au plus 2 décimales.",
    "variant.basis.invalid": "Base de prix {value} inconnue : HT ou TTC.",
    "variant.label.cocktail": "Cocktail {pieces} pièces",
    "variant.label.delivery.included": "livraison comprise ({details})",
    "variant.label.delivery.excluded": "livraison en sus",
    "variant.label.zone.paris": "Paris",
    "variant.label.zone.petite_couronne": "petite couronne",
    "variant.label.zone.grande_couronne": "grande couronne",
    "variant.label.evening": "soirée",
    "variant.label.weekend": "week-end ou jour férié",
    "variant.label.pickup": "reprise du matériel",
    "variant.label.staff.ratio": "service compris (1 {role} pour {perGuests} convives, {hours} h)",
    "variant.label.staff.count": "service compris ({count} {role}, {hours} h)",
    "variant.label.staff.excluded": "service en sus",
    "variant.label.role.maitre_hotel.one": "maître d'hôtel",
    "variant.label.role.maitre_hotel.many": "maîtres d'hôtel",
    "variant.label.role.serveur.one": "serveur",
    "variant.label.role.serveur.many": "serveurs",
    "variant.label.role.cuisinier.one": "cuisinier",
    "variant.label.role.cuisinier.many": "cuisiniers",
    "variant.label.guests.personne": "base {guests} convives",
    "variant.label.guests.plateau": "base {guests} plateaux",
    "variant.label.guests.prestation": "forfait pour {guests} convives",

    "pricing.cocktail.noFormula":
      "Cocktail {pieces} pièces non chiffrable : la grille n'a aucune formule de {pieces} pièces ou moins.",
    "pricing.cocktail.noPiecePrice":
      "Cocktail {pieces} pièces non chiffrable : il faudrait partir du cocktail {base} pièces et ajouter des pièces, mais la pièce supplémentaire n'a pas de prix.",
    "pricing.line.notOffered":
      "Non chiffrable : la ligne « {id} » n'a pas de prix dans la grille (non proposée).",
    "pricing.step.cocktail": "Cocktail {pieces} pièces (prix de la grille) : {price} HT par personne",
    "pricing.step.cocktailFallback":
      "Cocktail {pieces} pièces (pas de prix dans la grille) : cocktail {base} pièces {basePrice} + {extra} × pièce supplémentaire {piece} = {price} HT par personne",
    "pricing.step.product": "{label} : {price} HT {unit} (TVA {category})",
    "pricing.step.extra": "+ {label} : {price} HT {unit} (TVA {category})",
    "pricing.step.standalone": "{label} facturé seul : {price} HT {unit} (TVA {category})",
    "pricing.step.deliveryZone": "Livraison comprise — {label} : {price}",
    "pricing.step.deliverySurcharge": "+ {label} : {price}",
    "pricing.step.deliveryTotal": "Livraison : {total} HT",
    "pricing.step.francoReached":
      "Franco atteint : sous-total repas {subtotal} ≥ seuil {threshold}, la livraison ({total}) est offerte : 0,00 €",
    "pricing.step.francoNotReached":
      "Franco non atteint : sous-total repas {subtotal} < seuil {threshold} ; livraison {total} HT",
    "pricing.step.staffRatio":
      "Personnel : 1 {role} pour {perGuests} convives, {guests} convives → {count} (arrondi au supérieur)",
    "pricing.step.staffMinimum":
      "Durée demandée {asked}, durée minimale facturée {minimum} par intervenant : on facture {minimum}",
    "pricing.step.staff": "Personnel : {count} {role} × {hours} × {rate} = {total} HT",
    "pricing.step.spread": "Répartition : {total} ÷ {guests} = {exact} → arrondi à {spread} {unit}",
    "pricing.step.prestation":
      "Forfait : {food} × {guests} convives = {subtotal}, + livraison et personnel {events}",
    "pricing.step.totalHt": "Prix HT : {ht} {unit}",
    "pricing.step.vat": "TVA {category} {rate} : {ht} HT → {exact} → arrondi à {ttc} TTC",
    "pricing.step.totalTtc": "Prix TTC : {ttc}",
    "pricing.unit.personne": "par personne",
    "pricing.unit.plateau": "par plateau",
    "pricing.unit.prestation": "pour la prestation",
    "pricing.unit.livraison": "par livraison",
    "pricing.unit.heure": "de l'heure",
    "pricing.unit.unite": "l'unité",
    "pricing.vat.repas": "repas",
    "pricing.vat.alcool": "alcool",
    "pricing.vat.materiel": "matériel",
    "pricing.vat.emporter": "à emporter",
  },
  en: {
    "cli.demo.pricing.title": "Variant prices (the standard's reference grid)",
    "cli.demo.pricing.intro":
      "Each tender line is priced from the reference grid, with the breakdown (rules R1 to R6, see docs/pricing.md).",
    "cli.demo.pricing.formulas":
      "Excel formulas (rule R8) over the template's named cells: they give the same cents as the engine.",
    "cli.price.description": "price variants from a grid, before VAT and VAT included, with the breakdown",
    "cli.price.option.grid": "the caterer's grid: JSON of the standard or a filled Excel template (.xlsx)",
    "cli.price.option.variant": 'one variant as JSON, for example \'{"product": "cocktail", "pieces": 8}\'',
    "cli.price.option.variants": 'JSON file of variants: [{"id": "...", "variant": {...}}]',
    "cli.price.option.json": 'output as JSON: [{"id", "ht", "ttc", "breakdown"}] (amounts in euros)',
    "cli.price.gridUnusable": "{file}: the grid cannot be used for pricing: {detail}",
    "cli.price.oneSource": "Give either --variant '<json>' or --variants FILE.json (one of them, not both).",
    "cli.price.variantsShape": '{file}: a JSON list [{"id": "...", "variant": {...}}] is needed.',
    "cli.price.notPriced": "Not priced:",
    "cli.price.warning": "Warning:",
    "cli.price.tooManyLines":
      "{file}: {count} lines, over the limit of {max} per file. Split it into several files.",
    "cli.price.templateErrors":
      "{file}: the grid cannot be used for pricing. First fix the errors above in the workbook, then run again.",
    "cli.price.duplicateId":
      'line {line}: the id "{id}" is already used by line {first}; give each line its own id.',
    "cli.price.total": "{ht} before VAT · {ttc} incl. VAT",
    "variant.notObject":
      'The variant must be a JSON object, for example {"product": "cocktail", "pieces": 8}.',
    "variant.unknownField":
      'Unknown field "{field}" in the variant: the line is not priced. Check its spelling (possible fields: {known}).',
    "variant.product.missing":
      "The product is missing: give a cocktail or a price line of the grid (for example the classic meal tray).",
    "variant.product.unknown":
      'Unknown product "{value}": choose a cocktail or a price line of the grid (the list: grille price --help).',
    "variant.product.notPriceLine": '"{value}" is a grid parameter, not a product: choose a price line.',
    "variant.pieces.missing": "A cocktail must give its number of pieces.",
    "variant.pieces.invalid": 'Invalid number of pieces "{value}": give a whole number from 1 to 100.',
    "variant.pieces.unexpected":
      'A number of pieces applies to a cocktail only, not to "{value}": remove it.',
    "variant.unit.unknown":
      'Unknown unit "{value}": personne, plateau, prestation, livraison, heure or unite.',
    "variant.unit.mismatch": '"{product}" cannot be sold per "{value}": possible units: {units}.',
    "variant.extras.invalid": "The extras must be a list of per-person price lines.",
    "variant.extras.standalone": '"{product}" is billed alone: it cannot have per-person add-ons.',
    "variant.extra.unknown":
      'Unknown extra "{value}": choose a per-person price line of the grid (the list: grille price --help).',
    "variant.extra.notPerPerson":
      '"{value}" is not priced per person: it cannot be an add-on. Price it on its own line.',
    "variant.extra.duplicate": 'Add-on "{value}" given twice: give it once.',
    "variant.extra.isProduct": '"{value}" is already the variant\'s product: remove it from the add-ons.',
    "variant.guests.invalid": 'Invalid number of guests "{value}": give a whole number of 1 or more.',
    "variant.guests.missing":
      "Number of guests missing: a flat price, or spreading delivery and staff, needs one.",
    "variant.included.invalid": '"{field}" must be included (true) or billed separately (false).',
    "variant.flag.invalid": '"{field}" must be yes (true) or no (false).',
    "variant.section.invalid":
      '"{field}" is badly described: say whether it is included or billed separately.',
    "variant.eventCosts.standalone":
      '"{product}" is billed alone: delivery or staff cannot be included in it. Price them on their own lines.',
    "variant.zone.missing":
      "Delivery included without a zone: give Paris, petite couronne (inner suburbs) or grande couronne (outer suburbs).",
    "variant.zone.unknown":
      'Unknown delivery zone "{value}": Paris, petite couronne (inner suburbs) or grande couronne (outer suburbs).',
    "variant.staff.role":
      'Unknown staff role "{value}": maître d\'hôtel (head waiter), serveur (waiter) or cuisinier (cook).',
    "variant.staff.count": 'Invalid number of staff "{value}": give a whole number of 1 or more.',
    "variant.staff.perGuests": 'Invalid ratio "1 per {value} guests": give a whole number of 1 or more.',
    "variant.staff.countMissing": "Staff included: give a number of staff, or one staff member per N guests.",
    "variant.staff.countAmbiguous":
      "Staff: both a number of staff and a ratio per guests are given; keep only one.",
    "variant.staff.hours":
      'Invalid hours "{value}": give a number of hours above 0, at most 24, with at most 2 decimals.',
    "variant.basis.invalid": "Unknown price basis {value}: HT or TTC.",
    "variant.label.cocktail": "Cocktail, {pieces} pieces",
    "variant.label.delivery.included": "delivery included ({details})",
    "variant.label.delivery.excluded": "delivery billed separately",
    "variant.label.zone.paris": "Paris",
    "variant.label.zone.petite_couronne": "inner suburbs",
    "variant.label.zone.grande_couronne": "outer suburbs",
    "variant.label.evening": "evening",
    "variant.label.weekend": "weekend or public holiday",
    "variant.label.pickup": "equipment pick-up",
    "variant.label.staff.ratio": "service included (1 {role} per {perGuests} guests, {hours} h)",
    "variant.label.staff.count": "service included ({count} {role}, {hours} h)",
    "variant.label.staff.excluded": "service billed separately",
    "variant.label.role.maitre_hotel.one": "head waiter",
    "variant.label.role.maitre_hotel.many": "head waiters",
    "variant.label.role.serveur.one": "waiter",
    "variant.label.role.serveur.many": "waiters",
    "variant.label.role.cuisinier.one": "cook",
    "variant.label.role.cuisinier.many": "cooks",
    "variant.label.guests.personne": "based on {guests} guests",
    "variant.label.guests.plateau": "based on {guests} trays",
    "variant.label.guests.prestation": "flat price for {guests} guests",

    "pricing.cocktail.noFormula":
      "Cocktail, {pieces} pieces, cannot be priced: the grid has no formula of {pieces} pieces or fewer.",
    "pricing.cocktail.noPiecePrice":
      "Cocktail, {pieces} pieces, cannot be priced: it would start from the {base}-piece cocktail plus extra pieces, but the extra piece has no price.",
    "pricing.line.notOffered": 'Cannot be priced: line "{id}" has no price in the grid (not offered).',
    "pricing.step.cocktail": "Cocktail, {pieces} pieces (grid price): {price} before VAT per person",
    "pricing.step.cocktailFallback":
      "Cocktail, {pieces} pieces (no grid price): {base}-piece cocktail {basePrice} + {extra} × extra piece {piece} = {price} before VAT per person",
    "pricing.step.product": "{label}: {price} before VAT {unit} (VAT {category})",
    "pricing.step.extra": "+ {label}: {price} before VAT {unit} (VAT {category})",
    "pricing.step.standalone": "{label} billed alone: {price} before VAT {unit} (VAT {category})",
    "pricing.step.deliveryZone": "Delivery included — {label}: {price}",
    "pricing.step.deliverySurcharge": "+ {label}: {price}",
    "pricing.step.deliveryTotal": "Delivery: {total} before VAT",
    "pricing.step.francoReached":
      "Free delivery reached: food subtotal {subtotal} ≥ threshold {threshold}, delivery ({total}) is free: €0.00",
    "pricing.step.francoNotReached":
      "Free delivery not reached: food subtotal {subtotal} < threshold {threshold}; delivery {total} before VAT",
    "pricing.step.staffRatio":
      "Staff: 1 {role} per {perGuests} guests, {guests} guests → {count} (rounded up)",
    "pricing.step.staffMinimum":
      "Hours asked {asked}, minimum billed {minimum} per staff member: {minimum} billed",
    "pricing.step.staff": "Staff: {count} {role} × {hours} × {rate} = {total} before VAT",
    "pricing.step.spread": "Spread: {total} ÷ {guests} = {exact} → rounded to {spread} {unit}",
    "pricing.step.prestation":
      "Flat price: {food} × {guests} guests = {subtotal}, + delivery and staff {events}",
    "pricing.step.totalHt": "Price before VAT: {ht} {unit}",
    "pricing.step.vat": "VAT {category} {rate}: {ht} before VAT → {exact} → rounded to {ttc} incl. VAT",
    "pricing.step.totalTtc": "Price incl. VAT: {ttc}",
    "pricing.unit.personne": "per person",
    "pricing.unit.plateau": "per tray",
    "pricing.unit.prestation": "for the whole service",
    "pricing.unit.livraison": "per delivery",
    "pricing.unit.heure": "per hour",
    "pricing.unit.unite": "per unit",
    "pricing.vat.repas": "food",
    "pricing.vat.alcool": "alcohol",
    "pricing.vat.materiel": "equipment",
    "pricing.vat.emporter": "take-away",
  },
});

import { defineMessages } from "../types";

// The Excel functions (namespace GRILLE): their names, descriptions and parameters as Excel lists them (the build
// writes functions.json in French and functions-en.json in English from these and checks the English against the
// functions' JSDoc), the messages a cell shows as its #N/A error, and the caterer's offer on the role card.

export const functions = defineMessages({
  fr: {
    "role.offer.cellPrice": "Des prix dans n'importe quelle cellule : =GRILLE.PRIX",
    "functions.namespace": "GRILLE",
    "functions.meta.PRICE.name": "PRIX",
    "functions.meta.PRICE.description":
      "Prix d'une ligne telle que l'acheteur la rédige (« cocktail 8 pièces livraison comprise Paris »), d'après votre grille. #N/A avec la raison si la désignation est incertaine ou hors standard.",
    "functions.meta.VARIANT.name": "VARIANTE",
    "functions.meta.VARIANT.description":
      "Prix d'une variante décrite champ par champ (produit, pièces, convives, livraison, zone…), d'après votre grille.",
    "functions.meta.DETAIL.name": "DETAIL",
    "functions.meta.DETAIL.description":
      "Détail du calcul du prix d'une ligne rédigée par l'acheteur : une ligne par étape, avec son montant.",
    "functions.param.designation.name": "désignation",
    "functions.param.designation.description":
      "La ligne telle que l'acheteur l'écrit, par exemple « plateau-repas prestige ».",
    "functions.param.guests.name": "convives",
    "functions.param.guests.description":
      "Nombre de convives (ou de plateaux) sur lesquels répartir la livraison et le personnel.",
    "functions.param.basis.name": "base",
    "functions.param.basis.description": "« HT » ou « TTC ». Omise : HT, ou la base que dit la désignation.",
    "functions.param.grid.name": "grille",
    "functions.param.grid.description":
      "La plage de la feuille Prix du modèle (colonnes des prix et des identifiants). Sans elle : ma grille enregistrée depuis le volet.",
    "functions.param.product.name": "produit",
    "functions.param.product.description":
      "« cocktail » ou une ligne de la grille (« plateau-repas prestige », « maître d'hôtel »…).",
    "functions.param.pieces.name": "pièces",
    "functions.param.pieces.description":
      "Nombre de pièces par personne d'un cocktail ; vide pour un autre produit.",
    "functions.param.delivery.name": "livraison",
    "functions.param.delivery.description": "« comprise », « en sus », ou vide si la ligne n'en parle pas.",
    "functions.param.zone.name": "zone",
    "functions.param.zone.description": "« Paris », « petite couronne » ou « grande couronne ».",
    "functions.param.evening.name": "soir",
    "functions.param.evening.description": "VRAI pour une livraison après 19 h.",
    "functions.param.weekend.name": "week_end",
    "functions.param.weekend.description": "VRAI pour une livraison le samedi, le dimanche ou un jour férié.",
    "functions.param.extras.name": "suppléments",
    "functions.param.extras.description":
      "Suppléments par personne (« forfait vin », « boissons chaudes »…) : un texte ou une plage.",

    "functions.basis.invalid": "Base « {value} » inconnue : écrivez HT ou TTC.",
    "functions.grid.none":
      "Aucune grille : donnez en dernier argument la plage de la feuille Prix du modèle, ou enregistrez « ma grille » depuis le volet Grille commune.",
    "functions.grid.unreadable":
      "Ma grille enregistrée ne se lit plus : enregistrez-la à nouveau depuis le volet Grille commune.",
    "functions.range.noIds":
      "La plage de la grille ne contient aucun identifiant de la grille standard : donnez la feuille Prix du modèle, colonnes des prix et des identifiants (par exemple Prix!D:E).",
    "functions.range.noValueColumn":
      "La plage de la grille commence par la colonne des identifiants : incluez la colonne des prix à sa gauche (par exemple Prix!D:E).",
    "functions.range.unreadable": "Prix illisible dans la plage de la grille pour « {label} » : {value}.",
    "functions.range.zero":
      "Ce prix dépend de cellules à 0 dans la plage de la grille ({labels}) : certaines versions d'Excel transmettent une cellule vide comme 0. Saisissez le prix, ou laissez la cellule vide si la ligne n'est pas proposée, puis mettez Excel à jour.",
  },
  en: {
    "role.offer.cellPrice": "Prices in any cell: =GRILLE.PRICE",
    "functions.namespace": "GRILLE",
    "functions.meta.PRICE.name": "PRICE",
    "functions.meta.PRICE.description":
      'Price of a line as the buyer words it ("cocktail 8 pièces livraison comprise Paris"), from your grid. #N/A with the reason when the wording is uncertain or outside the standard.',
    "functions.meta.VARIANT.name": "VARIANT",
    "functions.meta.VARIANT.description":
      "Price of a variant described field by field (product, pieces, guests, delivery, zone…), from your grid.",
    "functions.meta.DETAIL.name": "BREAKDOWN",
    "functions.meta.DETAIL.description":
      "Breakdown of the price of a line worded by the buyer: one row per step, with its amount.",
    "functions.param.designation.name": "designation",
    "functions.param.designation.description":
      'The line as the buyer writes it, for example "plateau-repas prestige".',
    "functions.param.guests.name": "guests",
    "functions.param.guests.description":
      "Number of guests (or trays) that delivery and staff are spread over.",
    "functions.param.basis.name": "basis",
    "functions.param.basis.description":
      '"HT" (before VAT) or "TTC" (VAT included). Left out: HT, or the basis the designation states.',
    "functions.param.grid.name": "grid",
    "functions.param.grid.description":
      "The range of the template's Prices sheet (price and id columns). Without it: my grid saved from the pane.",
    "functions.param.product.name": "product",
    "functions.param.product.description":
      '"cocktail" or a line of the grid ("plateau-repas prestige", "maître d\'hôtel"…).',
    "functions.param.pieces.name": "pieces",
    "functions.param.pieces.description": "Pieces per person of a cocktail; blank for another product.",
    "functions.param.delivery.name": "delivery",
    "functions.param.delivery.description":
      '"included", "excluded" (billed elsewhere), or blank when the line says nothing of it.',
    "functions.param.zone.name": "zone",
    "functions.param.zone.description": '"Paris", "petite couronne" or "grande couronne".',
    "functions.param.evening.name": "evening",
    "functions.param.evening.description": "TRUE for a delivery after 7 pm.",
    "functions.param.weekend.name": "weekend",
    "functions.param.weekend.description": "TRUE for a delivery on Saturday, Sunday or a public holiday.",
    "functions.param.extras.name": "extras",
    "functions.param.extras.description":
      'Per-person extras ("forfait vin", "boissons chaudes"…): a text or a range.',

    "functions.basis.invalid": 'Unknown basis "{value}": write HT or TTC.',
    "functions.grid.none":
      'No grid: give the range of the template\'s Prices sheet as the last argument, or save "my grid" from the Grille commune pane.',
    "functions.grid.unreadable":
      "The saved grid can no longer be read: save it again from the Grille commune pane.",
    "functions.range.noIds":
      "The grid range holds no id of the standard grid: give the template's Prices sheet, price and id columns (for example Prices!D:E).",
    "functions.range.noValueColumn":
      "The grid range starts with the id column: include the price column on its left (for example Prices!D:E).",
    "functions.range.unreadable": 'Unreadable price in the grid range for "{label}": {value}.',
    "functions.range.zero":
      "This price depends on cells holding 0 in the grid range ({labels}): some versions of Excel pass an empty cell as 0. Type the price, or leave the cell empty when the line is not offered, then update Excel.",
  },
});

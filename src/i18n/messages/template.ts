import { defineMessages } from "../types";

// The standard template: texts written into the workbook (read-me, headers, hints, validation prompts), the
// findings of reading a returned template, and the `template` / `read` commands.
export const template = defineMessages({
  fr: {
    "template.title.readme": "Grille commune traiteur : mode d'emploi",
    "template.title.identity": "Identité et engagements",
    "template.title.prices": "Prix HT par prestation",
    "template.title.vat": "Taux de TVA",
    "template.title.simulator": "Simulateur de variantes (calcul en direct)",
    "template.hint.identity":
      "Remplissez les cellules jaunes. « obligatoire » : la grille est refusée sans cette valeur.",
    "template.hint.prices":
      "Prix HT en euros, au centime près. Laissez vide une prestation que vous ne proposez pas.",
    "template.hint.vat": "Taux en pourcentage. Ne les modifiez que si la réglementation change.",
    "template.hint.simulator":
      "Prix calculés par les formules de la norme à partir de vos prix : changez un prix, les variantes se recalculent.",
    "template.header.label": "Rubrique",
    "template.header.format": "Format attendu",
    "template.header.required": "Obligatoire",
    "template.header.value": "Votre réponse",
    "template.header.id": "Identifiant",
    "template.header.service": "Prestation",
    "template.header.unit": "Unité",
    "template.header.vat": "TVA",
    "template.header.price": "Prix HT (€)",
    "template.header.rateName": "Catégorie",
    "template.header.rateDefault": "Taux par défaut",
    "template.header.rate": "Taux",
    "template.required.yes": "obligatoire",
    "template.format.text": "texte",
    "template.format.siret": "14 chiffres, sans espace",
    "template.format.enum": "choix dans la liste : {options}",
    "template.format.list": "codes séparés par des virgules, parmi {options}",
    "template.format.integer": "nombre entier",
    "template.format.percent": "pourcentage (0 à 100 %)",
    "template.format.money": "montant HT en euros",
    "template.format.date": "date AAAA-MM-JJ",
    "template.format.email": "adresse e-mail",
    "template.format.phone": "numéro de téléphone",
    "template.unit.parameterMoney": "seuil en € HT",
    "template.unit.parameterHours": "heures",
    "template.vat.repas": "repas",
    "template.vat.alcool": "alcool",
    "template.vat.materiel": "matériel",
    "template.vat.emporter": "à emporter",
    "template.vat.accessoire": "suit la prestation",
    "template.vat.none": "—",
    "template.readme.standard": "Norme",
    "template.readme.version": "Version",
    "template.readme.language": "Langue",
    "template.readme.what": "De quoi s'agit-il ?",
    "template.readme.what.text":
      "La grille commune traiteur est une grille de prix standard : chaque traiteur la remplit une fois, et les acheteurs peuvent calculer le prix exact de n'importe quelle variante d'appel d'offres à partir des mêmes lignes.",
    "template.readme.how": "Comment la remplir",
    "template.readme.how.1":
      "1. Feuille « {identity} » : votre entreprise, vos engagements, la date de validité des prix.",
    "template.readme.how.2":
      "2. Feuille « {prices} » : vos prix HT en euros, au centime près (par exemple 12,50). Une case vide veut dire « non proposé ».",
    "template.readme.how.3": "3. Feuille « {vat} » : les taux de TVA, déjà remplis avec les taux en vigueur.",
    "template.readme.how.4":
      "4. Feuille « {simulator} » : vérifiez vos prix sur des variantes courantes ; changez le nombre de convives ou la zone pour voir le résultat.",
    "template.readme.how.5":
      "Seules les cellules jaunes se remplissent. N'insérez pas de formule dans une cellule jaune, ne supprimez et ne déplacez aucune ligne : la grille retournée est relue automatiquement.",
    "template.readme.rules": "Règles de prix (résumé)",
    "template.readme.rule.1":
      "Cocktail N pièces : le prix de la formule N ; sinon la plus grande formule inférieure plus le prix des pièces supplémentaires.",
    "template.readme.rule.2":
      "Les suppléments par personne (boissons, vaisselle…) s'ajoutent, chacun avec sa TVA.",
    "template.readme.rule.3":
      "Livraison : tarif de la zone plus majorations (soir, week-end, reprise), offerte au-delà du seuil de franco. Personnel : nombre × durée (au moins la durée minimale) × taux horaire.",
    "template.readme.rule.4":
      "Livraison et personnel compris sont répartis par convive ou par plateau, arrondis au centime ; une prestation forfaitaire les ajoute au total.",
    "template.readme.rule.5":
      "TTC : chaque catégorie de TVA est convertie séparément puis additionnée ; arrondi au centime, la moitié vers le haut.",
    "template.readme.check": "Vérification",
    "template.readme.check.text":
      "À réception, l'animateur relit la grille avec le programme « grille read » : valeurs manquantes, invalides ou structure modifiée sont signalées avec leur cellule.",
    "template.sim.guests": "Nombre de convives (ou de plateaux)",
    "template.sim.zone": "Zone de livraison",
    "template.sim.header.variant": "Variante",
    "template.sim.header.delivery": "Livraison",
    "template.sim.header.ht": "Prix HT",
    "template.sim.header.ttc": "Prix TTC",
    "template.sim.header.unit": "Prix par",
    "template.sim.delivery.included": "comprise (zone ci-dessus)",
    "template.sim.delivery.excluded": "en sus",
    "template.sim.unit.personne": "personne",
    "template.sim.unit.plateau": "plateau",
    "template.sim.unit.prestation": "prestation entière",
    "template.sim.label.whole": "{label}, prix global",
    "template.sim.note":
      "Un prix vide : la variante ne peut pas encore être calculée, car un prix dont elle a besoin n'est pas rempli (par exemple la livraison de la zone choisie).",
    "template.validation.money.title": "Montant HT",
    "template.validation.money.prompt":
      "Montant en euros, au centime près (ex. 12,50). Laissez vide si non proposé.",
    "template.validation.money.error": "Saisissez un montant positif ou nul, avec au plus 2 décimales.",
    "template.validation.hours.title": "Durée",
    "template.validation.hours.prompt": "Nombre d'heures, entre 0 et 24 (ex. 4 ou 3,5).",
    "template.validation.hours.error":
      "Saisissez un nombre d'heures entre 0 et 24, avec au plus 2 décimales.",
    "template.validation.integer.title": "Nombre entier",
    "template.validation.integer.prompt": "Nombre entier, au moins {min}.",
    "template.validation.integer.error": "Saisissez un nombre entier supérieur ou égal à {min}.",
    "template.validation.percent.title": "Pourcentage",
    "template.validation.percent.prompt": "Pourcentage entre 0 et 100 (ex. 40 %).",
    "template.validation.percent.error": "Saisissez un pourcentage entre 0 et 100 %.",
    "template.validation.enum.title": "Choix",
    "template.validation.enum.prompt": "Choisissez dans la liste : {options}.",
    "template.validation.enum.error": "Choisissez une valeur de la liste : {options}.",
    "template.validation.siret.title": "SIRET",
    "template.validation.siret.prompt": "Les 14 chiffres du SIRET, sans espace.",
    "template.validation.siret.error":
      "Le SIRET compte exactement 14 chiffres, sans espace ni autre caractère.",
    "template.validation.date.title": "Date",
    "template.validation.date.prompt": "Date au format AAAA-MM-JJ (ex. 2027-06-30).",
    "template.validation.date.error": "Saisissez la date au format AAAA-MM-JJ, par exemple 2027-06-30.",
    "template.validation.email.title": "E-mail",
    "template.validation.email.prompt": "Adresse e-mail (nom@domaine.fr).",
    "template.validation.email.error": "Saisissez une adresse e-mail de la forme nom@domaine.fr.",
    "template.validation.phone.title": "Téléphone",
    "template.validation.phone.prompt": "Numéro de téléphone (ex. 01 23 45 67 89).",
    "template.validation.phone.error": "Saisissez un numéro de téléphone (10 à 30 caractères).",
    "template.validation.text.title": "Texte",
    "template.validation.text.prompt": "Texte libre (200 caractères au plus).",
    "template.validation.text.error": "Le texte ne doit pas dépasser 200 caractères.",
    "template.validation.list.title": "Départements",
    "template.validation.list.prompt": "Codes séparés par des virgules, parmi {options} (ex. 75, 93).",
    "template.validation.list.error":
      "Saisissez des codes de département séparés par des virgules (ex. 75, 93).",
    "template.validation.guests.title": "Convives",
    "template.validation.guests.prompt": "Nombre de convives ou de plateaux (entier, au moins 1).",
    "template.validation.guests.error": "Saisissez un nombre entier d'au moins 1.",
    "template.validation.zone.title": "Zone",
    "template.validation.zone.prompt": "Zone de livraison : {options}.",
    "template.validation.zone.error": "Choisissez une zone de la liste : {options}.",
    "template.finding.notTemplate":
      "{file} : ce classeur n'est pas une grille commune traiteur (nom de la norme et version introuvables).",
    "template.finding.standard": "La norme indiquée est « {value} » au lieu de « grille-commune-traiteur ».",
    "template.finding.versionMissing":
      "La version de la grille est introuvable : elle est lue comme une grille 1.0.",
    "template.finding.version": "Version « {value} » non prise en charge : ce programme lit les grilles 1.x.",
    "template.finding.versionNewer":
      "Grille en version {value} : lue comme une 1.0 ; les lignes ajoutées depuis sont ignorées.",
    "template.finding.protection":
      "La feuille « {sheet} » n'est plus protégée : la structure du modèle a pu être modifiée.",
    "template.finding.idMissing":
      "« {id} » : sa ligne est introuvable (ligne supprimée ou identifiant modifié). Reprenez le modèle d'origine.",
    "template.finding.idDuplicate":
      "« {id} » apparaît plusieurs fois ({cells}) : une ligne a été copiée. Supprimez la copie.",
    "template.finding.idUnknown":
      "« {value} » n'est pas un identifiant de la norme 1.0 : identifiant modifié ou ligne ajoutée.",
    "template.finding.nameMissing":
      "Le nom défini {name} de « {id} » a été supprimé ou est cassé : la valeur est lue sur la ligne de l'identifiant.",
    "template.finding.nameMoved":
      "Le nom défini {name} désigne {ref}, mais la ligne de « {id} » est en {cell} : la structure a été modifiée.",
    "template.finding.formula":
      "« {id} » : la cellule contient une formule ({formula}) au lieu d'une valeur saisie. Tapez la valeur elle-même.",
    "template.finding.cellError": "« {id} » : la cellule affiche l'erreur {value}. Corrigez la saisie.",
    "template.finding.textAmount":
      "« {id} » : montant saisi comme texte (« {value} »), lu comme {amount}. Vérifiez, puis saisissez-le comme un nombre.",
    "template.finding.textNumber":
      "« {id} » : nombre saisi comme texte (« {value} »), lu comme {amount}. Saisissez-le comme un nombre.",
    "template.finding.notNumber": "« {id} » : « {value} » n'est pas un nombre.",
    "template.finding.amount": "« {id} » : « {value} » n'est pas un montant positif au centime près.",
    "template.finding.rate":
      "« {id} » : « {value} » n'est pas un taux entre 0 et 100 % (au plus 2 décimales).",
    "template.finding.date": "« {id} » : « {value} » n'est pas une date.",
    "template.finding.percentScale":
      "« {id} » : {value} vaut {shown} % dans cette cellule au format pourcentage. Pour {value} %, tapez « {value} % » avec le signe %.",
    "template.finding.merged":
      "« {id} » : la cellule fait partie d'une fusion de cellules ({range}) ; la valeur affichée peut ne pas être celle lue. Annulez la fusion (Accueil → Fusionner et centrer) puis ressaisissez la valeur.",
    "template.finding.hiddenSheet":
      "La feuille « {sheet} » est masquée, mais ses valeurs sont lues. Affichez-la (clic droit sur un onglet → Afficher) pour les vérifier.",
    "template.cli.template.description":
      "écrit le modèle de grille standard à distribuer aux traiteurs (.xlsx)",
    "template.cli.option.out": "fichier .xlsx à écrire",
    "template.cli.option.lang": "langue du modèle : fr ou en (par défaut : celle des messages)",
    "template.cli.option.from": "pré-remplit le modèle avec une grille JSON",
    "template.cli.option.password": "mot de passe de protection des feuilles (aucun par défaut)",
    "template.cli.option.force": "remplace le fichier s'il existe déjà",
    "template.cli.written": "Modèle de grille {version} ({lang}) écrit dans {file}.",
    "template.cli.fromInvalid": "{file} : la grille contient des erreurs ; aucun modèle n'a été écrit.",
    "template.cli.read.description":
      "relit une grille remplie (.xlsx) : valeurs manquantes ou invalides, structure modifiée ; code 0 si tout va bien, 1 si erreurs, 2 si illisible",
    "template.cli.option.json": "écrit la grille lue en JSON sur la sortie standard",
    "template.cli.read.ok":
      "{file} : grille {version} lue, aucune erreur ({warnings} {warnings|avertissement|avertissements}).",
    "template.cli.read.errors":
      "{file} : {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.",
    "template.cli.read.noGrid": "Aucune grille n'est produite tant que ces erreurs ne sont pas corrigées.",
    "template.cli.notTemplate":
      "{file} : ce classeur n'est pas une grille commune traiteur remplie ; utilisez un modèle produit par « grille template ».",
    "template.demo.title": "Modèle de grille et relecture",
    "template.demo.blank": "Modèle vierge : {file}",
    "template.demo.filled": "Modèle rempli avec {grid} : {file}",
    "template.demo.read":
      "Relu : {file} ({errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements})",
    "template.demo.noSamples": "Grilles d'exemple introuvables ({folder}) : seul le modèle vierge est écrit.",
  },
  en: {
    "template.title.readme": "Grille commune traiteur: how to use this grid",
    "template.title.identity": "Identity and commitments",
    "template.title.prices": "Prices before VAT, per service",
    "template.title.vat": "VAT rates",
    "template.title.simulator": "Variant simulator (live calculation)",
    "template.hint.identity": 'Fill in the yellow cells. "required": the grid is refused without this value.',
    "template.hint.prices":
      "Prices before VAT in euros, to the cent. Leave blank a service you do not offer.",
    "template.hint.vat": "Rates in percent. Change them only if the law changes.",
    "template.hint.simulator":
      "Prices computed by the standard's formulas from your prices: change a price and the variants recalculate.",
    "template.header.label": "Item",
    "template.header.format": "Expected format",
    "template.header.required": "Required",
    "template.header.value": "Your answer",
    "template.header.id": "Id",
    "template.header.service": "Service",
    "template.header.unit": "Unit",
    "template.header.vat": "VAT",
    "template.header.price": "Price before VAT (€)",
    "template.header.rateName": "Category",
    "template.header.rateDefault": "Default rate",
    "template.header.rate": "Rate",
    "template.required.yes": "required",
    "template.format.text": "text",
    "template.format.siret": "14 digits, no spaces",
    "template.format.enum": "one of: {options}",
    "template.format.list": "codes separated by commas, among {options}",
    "template.format.integer": "whole number",
    "template.format.percent": "percentage (0 to 100%)",
    "template.format.money": "amount before VAT in euros",
    "template.format.date": "date YYYY-MM-DD",
    "template.format.email": "email address",
    "template.format.phone": "telephone number",
    "template.unit.parameterMoney": "threshold, € before VAT",
    "template.unit.parameterHours": "hours",
    "template.vat.repas": "food",
    "template.vat.alcool": "alcohol",
    "template.vat.materiel": "equipment",
    "template.vat.emporter": "take-away",
    "template.vat.accessoire": "follows the service",
    "template.vat.none": "—",
    "template.readme.standard": "Standard",
    "template.readme.version": "Version",
    "template.readme.language": "Language",
    "template.readme.what": "What is this?",
    "template.readme.what.text":
      "The grille commune traiteur is a standard price grid: each caterer fills it in once, and buyers can compute the exact price of any tender variant from the same lines.",
    "template.readme.how": "How to fill it in",
    "template.readme.how.1":
      '1. Sheet "{identity}": your company, your commitments, the date your prices are valid until.',
    "template.readme.how.2":
      '2. Sheet "{prices}": your prices before VAT in euros, to the cent (for example 12.50). A blank cell means "not offered".',
    "template.readme.how.3": '3. Sheet "{vat}": the VAT rates, already filled in with the current rates.',
    "template.readme.how.4":
      '4. Sheet "{simulator}": check your prices on common variants; change the number of guests or the zone to see the result.',
    "template.readme.how.5":
      "Only the yellow cells are to be filled. Do not type formulas into yellow cells, do not delete or move rows: the returned grid is read back automatically.",
    "template.readme.rules": "Pricing rules (in short)",
    "template.readme.rule.1":
      "Cocktail with N pieces: the price of the N-piece formula; otherwise the largest smaller formula plus the extra pieces.",
    "template.readme.rule.2": "Per-person add-ons (drinks, tableware…) are added, each with its own VAT.",
    "template.readme.rule.3":
      "Delivery: the zone's fee plus surcharges (evening, weekend, pick-up), free above the free-delivery threshold. Staff: count × hours (at least the minimum) × hourly rate.",
    "template.readme.rule.4":
      "Included delivery and staff are spread per guest or per tray, rounded to the cent; a flat-rate service adds them to the total.",
    "template.readme.rule.5":
      "Including VAT: each VAT category is converted separately then added up; rounded to the cent, halves upwards.",
    "template.readme.check": "Checking",
    "template.readme.check.text":
      'When the grid comes back, the facilitator reads it with the "grille read" program: missing or invalid values and changed structure are reported with their cell.',
    "template.sim.guests": "Number of guests (or trays)",
    "template.sim.zone": "Delivery zone",
    "template.sim.header.variant": "Variant",
    "template.sim.header.delivery": "Delivery",
    "template.sim.header.ht": "Price before VAT",
    "template.sim.header.ttc": "Price incl. VAT",
    "template.sim.header.unit": "Price per",
    "template.sim.delivery.included": "included (zone above)",
    "template.sim.delivery.excluded": "billed separately",
    "template.sim.unit.personne": "person",
    "template.sim.unit.plateau": "tray",
    "template.sim.unit.prestation": "whole service",
    "template.sim.label.whole": "{label}, flat price",
    "template.sim.note":
      "A blank price: the variant cannot be computed yet, because a price it needs is not filled in (for example the delivery of the chosen zone).",
    "template.validation.money.title": "Amount before VAT",
    "template.validation.money.prompt":
      "Amount in euros, to the cent (e.g. 12.50). Leave blank if not offered.",
    "template.validation.money.error": "Enter an amount of zero or more, with at most 2 decimals.",
    "template.validation.hours.title": "Hours",
    "template.validation.hours.prompt": "Number of hours, between 0 and 24 (e.g. 4 or 3.5).",
    "template.validation.hours.error": "Enter a number of hours between 0 and 24, with at most 2 decimals.",
    "template.validation.integer.title": "Whole number",
    "template.validation.integer.prompt": "Whole number, at least {min}.",
    "template.validation.integer.error": "Enter a whole number of {min} or more.",
    "template.validation.percent.title": "Percentage",
    "template.validation.percent.prompt": "Percentage between 0 and 100 (e.g. 40%).",
    "template.validation.percent.error": "Enter a percentage between 0 and 100%.",
    "template.validation.enum.title": "Choice",
    "template.validation.enum.prompt": "Choose from the list: {options}.",
    "template.validation.enum.error": "Choose a value from the list: {options}.",
    "template.validation.siret.title": "SIRET",
    "template.validation.siret.prompt": "The 14 digits of the SIRET number, no spaces.",
    "template.validation.siret.error":
      "A SIRET number has exactly 14 digits, with no spaces or other characters.",
    "template.validation.date.title": "Date",
    "template.validation.date.prompt": "Date as YYYY-MM-DD (e.g. 2027-06-30).",
    "template.validation.date.error": "Enter the date as YYYY-MM-DD, for example 2027-06-30.",
    "template.validation.email.title": "Email",
    "template.validation.email.prompt": "Email address (name@domain.com).",
    "template.validation.email.error": "Enter an email address like name@domain.com.",
    "template.validation.phone.title": "Telephone",
    "template.validation.phone.prompt": "Telephone number (e.g. 01 23 45 67 89).",
    "template.validation.phone.error": "Enter a telephone number (10 to 30 characters).",
    "template.validation.text.title": "Text",
    "template.validation.text.prompt": "Free text (at most 200 characters).",
    "template.validation.text.error": "The text must not exceed 200 characters.",
    "template.validation.list.title": "Departments",
    "template.validation.list.prompt": "Codes separated by commas, among {options} (e.g. 75, 93).",
    "template.validation.list.error": "Enter department codes separated by commas (e.g. 75, 93).",
    "template.validation.guests.title": "Guests",
    "template.validation.guests.prompt": "Number of guests or trays (whole number, at least 1).",
    "template.validation.guests.error": "Enter a whole number of at least 1.",
    "template.validation.zone.title": "Zone",
    "template.validation.zone.prompt": "Delivery zone: {options}.",
    "template.validation.zone.error": "Choose a zone from the list: {options}.",
    "template.finding.notTemplate":
      "{file}: this workbook is not a grille commune traiteur grid (standard name and version not found).",
    "template.finding.standard": 'The standard given is "{value}" instead of "grille-commune-traiteur".',
    "template.finding.versionMissing": "The grid's version cannot be found: it is read as a 1.0 grid.",
    "template.finding.version": 'Version "{value}" is not supported: this program reads 1.x grids.',
    "template.finding.versionNewer": "Grid version {value}: read as 1.0; lines added since are ignored.",
    "template.finding.protection":
      'Sheet "{sheet}" is no longer protected: the template\'s structure may have been changed.',
    "template.finding.idMissing":
      '"{id}": its row cannot be found (row deleted or id changed). Start again from the original template.',
    "template.finding.idDuplicate":
      '"{id}" appears more than once ({cells}): a row was copied. Delete the copy.',
    "template.finding.idUnknown": '"{value}" is not an id of standard 1.0: id changed or row added.',
    "template.finding.nameMissing":
      'The defined name {name} of "{id}" was deleted or is broken: the value is read on the id\'s row.',
    "template.finding.nameMoved":
      'The defined name {name} points at {ref}, but the row of "{id}" is at {cell}: the structure was changed.',
    "template.finding.formula":
      '"{id}": the cell holds a formula ({formula}) instead of a typed value. Type the value itself.',
    "template.finding.cellError": '"{id}": the cell shows the error {value}. Fix the entry.',
    "template.finding.textAmount":
      '"{id}": amount typed as text ("{value}"), read as {amount}. Check it, then type it as a number.',
    "template.finding.textNumber":
      '"{id}": number typed as text ("{value}"), read as {amount}. Type it as a number.',
    "template.finding.notNumber": '"{id}": "{value}" is not a number.',
    "template.finding.amount": '"{id}": "{value}" is not an amount of zero or more, to the cent.',
    "template.finding.rate": '"{id}": "{value}" is not a rate between 0 and 100% (at most 2 decimals).',
    "template.finding.date": '"{id}": "{value}" is not a date.',
    "template.finding.percentScale":
      '"{id}": {value} is {shown}% in this percentage cell. For {value}%, type "{value}%" with the % sign.',
    "template.finding.merged":
      '"{id}": the cell is part of merged cells ({range}); the value shown may not be the one read. Unmerge them (Home → Merge & Center), then type the value again.',
    "template.finding.hiddenSheet":
      'The sheet "{sheet}" is hidden, but its values are read. Unhide it (right-click a sheet tab → Unhide) to check them.',
    "template.cli.template.description": "write the standard grid template to hand out to caterers (.xlsx)",
    "template.cli.option.out": ".xlsx file to write",
    "template.cli.option.lang": "language of the template: fr or en (default: the messages' language)",
    "template.cli.option.from": "pre-fill the template with a JSON grid",
    "template.cli.option.password": "password protecting the sheets (none by default)",
    "template.cli.option.force": "replace the file if it already exists",
    "template.cli.written": "Grid template {version} ({lang}) written to {file}.",
    "template.cli.fromInvalid": "{file}: the grid has errors; no template was written.",
    "template.cli.read.description":
      "read back a filled grid (.xlsx): missing or invalid values, changed structure; exit 0 if all is well, 1 on errors, 2 if unreadable",
    "template.cli.option.json": "write the grid read as JSON on standard output",
    "template.cli.read.ok":
      "{file}: grid {version} read, no errors ({warnings} {warnings|warning|warnings}).",
    "template.cli.read.errors":
      "{file}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.",
    "template.cli.read.noGrid": "No grid is produced until these errors are fixed.",
    "template.cli.notTemplate":
      '{file}: this workbook is not a filled grille commune traiteur grid; use a template made by "grille template".',
    "template.demo.title": "Grid template and reading back",
    "template.demo.blank": "Blank template: {file}",
    "template.demo.filled": "Template filled with {grid}: {file}",
    "template.demo.read":
      "Read back: {file} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings})",
    "template.demo.noSamples": "Sample grids not found ({folder}): only the blank template is written.",
  },
});

import { defineMessages } from "../types";

// Comparing bids (src/usecases/compare-bids.ts and its outputs): what the comparison says about the schedule and
// each bid, the comparison workbook, the HTML report, `grille compare`, the demo step and the pane's screen.
export const compare = defineMessages({
  fr: {
    "compare.tender.ttcOnly":
      "Le bordereau demande des prix TTC (colonne {column}) : la comparaison se fait sur les prix unitaires HT. Demandez les prix HT ou comparez à la main.",
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
  },
  en: {
    "compare.tender.ttcOnly":
      "The schedule asks for prices including VAT (column {column}): the comparison works on unit prices before VAT. Ask for prices before VAT or compare by hand.",
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
  },
});

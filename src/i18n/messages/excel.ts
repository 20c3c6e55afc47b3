import { defineMessages } from "../types";

// Messages of the Excel door (Office.js): missing requirement sets, protected sheets, text a fill cannot keep as
// text. One label per plan feature; the three outcomes (refused, skipped, not implemented) are built from it so every
// feature has all three.

const FR_LABELS = {
  cells: "l'écriture des cellules et la lecture des feuilles",
  merges: "les cellules fusionnées",
  columnWidths: "les largeurs de colonnes",
  rowHeights: "les hauteurs de lignes",
  hiddenRowsColumns: "le masquage de lignes ou de colonnes",
  unlockedCells: "le déverrouillage des cellules à saisir",
  protection: "la protection des feuilles",
  protectionPassword: "la protection des feuilles par mot de passe",
  protectionSelection: "la protection des feuilles qui limite la sélection des cellules",
  names: "les noms définis",
  freeze: "les volets figés",
  tabColor: "la couleur des onglets",
  properties: "les propriétés du classeur",
  validations: "les validations de données (listes, nombres)",
  tables: "les tableaux",
  conditionalFormats: "les mises en forme conditionnelles",
  charts: "les graphiques",
  print: "la mise en page d'impression",
  indent: "les retraits du texte dans les cellules",
} as const;

/** The Excel door's plan features (src/excel/requirements.ts `PlanFeature`, which must name the same ones). */
type Feature = keyof typeof FR_LABELS;
type Outcome = "missing" | "skipped" | "notImplemented";
type FeatureKey = `excel.feature.${Feature}.${Outcome}`;

const EN_LABELS: Readonly<Record<Feature, string>> = {
  cells: "writing cells and reading sheets",
  merges: "merged cells",
  columnWidths: "column widths",
  rowHeights: "row heights",
  hiddenRowsColumns: "hiding rows or columns",
  unlockedCells: "unlocking the cells to fill",
  protection: "sheet protection",
  protectionPassword: "password sheet protection",
  protectionSelection: "sheet protection that limits which cells can be selected",
  names: "defined names",
  freeze: "frozen panes",
  tabColor: "tab colours",
  properties: "workbook properties",
  validations: "data validation (lists, numbers)",
  tables: "tables",
  conditionalFormats: "conditional formatting",
  charts: "charts",
  print: "print layout",
  indent: "indented cell text",
};

function outcomes(
  labels: Readonly<Record<Feature, string>>,
  texts: Readonly<Record<Outcome, (label: string) => string>>,
): Record<FeatureKey, string> {
  const out: Partial<Record<FeatureKey, string>> = {};
  for (const feature of Object.keys(labels) as Feature[]) {
    for (const outcome of Object.keys(texts) as Outcome[])
      out[`excel.feature.${feature}.${outcome}`] = texts[outcome](labels[feature]);
  }
  return out as Record<FeatureKey, string>;
}

export const excel = defineMessages({
  fr: {
    ...outcomes(FR_LABELS, {
      missing: (label) =>
        `Cette version d'Excel ne prend pas en charge ${label} (ExcelApi {version} requis) : rien n'a été écrit. Mettez Excel à jour, ou produisez le classeur avec la ligne de commande.`,
      skipped: (label) =>
        `Cette version d'Excel ne prend pas en charge ${label} (ExcelApi {version} requis) : le reste a été écrit sans cela.`,
      notImplemented: (label) =>
        `Le complément ne sait pas encore écrire ${label} dans Excel : le reste a été écrit. La ligne de commande les produit.`,
    }),
    // How findings name the open workbook when Excel cannot give its name (before ExcelApi 1.7): at the start of
    // "{file}, feuille « BPU », cellule D14 : …".
    "excel.workbook.unnamed": "Ce classeur",
    "excel.write.undone":
      "Excel a interrompu l'écriture ; ce qui avait déjà été ajouté a été retiré : le classeur est comme avant. Réessayez.",
    "excel.write.partial":
      "Excel a interrompu l'écriture et n'a pas pu l'annuler : les feuilles {sheets} ont pu être ajoutées ou modifiées en partie ; le reste du classeur n'a pas été touché. Supprimez les feuilles ajoutées avant de réessayer.",
    "excel.fill.notWritten":
      "Excel a interrompu le remplissage avant d'écrire quoi que ce soit : le classeur n'a pas changé. Réessayez.",
    "excel.fill.interrupted":
      "Excel a interrompu le remplissage : {written} {written|cellule|cellules} sur {total} {written|écrite|écrites} ({cells}) ; les autres n'ont pas été touchées. Relancez le remplissage : les cellules déjà remplies seront gardées telles quelles.",
    "excel.fill.interruptedUnsure":
      "Excel a interrompu le remplissage : {written} {written|cellule|cellules} sur {total} {written|écrite|écrites} ({cells}) ; {unsure} ont peut-être été écrites ; les autres n'ont pas été touchées. Vérifiez ces cellules, puis relancez le remplissage.",
    "excel.sheet.protected":
      "La feuille « {sheet} » est protégée : ôtez sa protection (Révision > Ôter la protection de la feuille) puis relancez. Rien n'a été écrit.",
    "excel.fill.textNeedsFormat":
      "Feuille « {sheet} », cellule {cell} : Excel pourrait lire ce texte comme un nombre, une date ou une formule, et la protection de la feuille interdit de mettre la cellule au format Texte ; rien n'a été écrit. Tapez ce texte dans la cellule précédé d'une apostrophe ('), ou remplissez le fichier avec la ligne de commande.",
    "excel.pivotTables.unplaced":
      "Feuille « {sheet} » : cette version d'Excel ne dit pas quelles cellules couvrent ses tableaux croisés dynamiques ({pivots}) (ExcelApi 1.8 requis) ; les prix ont été remplis sans vérifier qu'aucun n'y tombe. Vérifiez qu'aucune cellule remplie n'en fait partie (Excel la réécrirait à la prochaine actualisation), ou remplissez le fichier avec la ligne de commande, qui les voit.",
  },
  en: {
    ...outcomes(EN_LABELS, {
      missing: (label) =>
        `This version of Excel does not support ${label} (ExcelApi {version} required): nothing was written. Update Excel, or produce the workbook with the command line.`,
      skipped: (label) =>
        `This version of Excel does not support ${label} (ExcelApi {version} required): everything else was written.`,
      notImplemented: (label) =>
        `The add-in cannot write ${label} in Excel yet: everything else was written. The command line produces them.`,
    }),
    "excel.workbook.unnamed": "This workbook",
    "excel.write.undone":
      "Excel interrupted the write; what had already been added was removed: the workbook is as it was. Try again.",
    "excel.write.partial":
      "Excel interrupted the write and it could not be undone: the sheets {sheets} may have been added or changed in part; the rest of the workbook was not touched. Delete the added sheets before trying again.",
    "excel.fill.notWritten":
      "Excel interrupted the fill before anything was written: the workbook has not changed. Try again.",
    "excel.fill.interrupted":
      "Excel interrupted the fill: {written} of {total} {total|cell|cells} written ({cells}); the others were not touched. Run the fill again: the cells already filled will be kept as they are.",
    "excel.fill.interruptedUnsure":
      "Excel interrupted the fill: {written} of {total} {total|cell|cells} written ({cells}); {unsure} may have been written; the others were not touched. Check those cells, then run the fill again.",
    "excel.sheet.protected":
      'Sheet "{sheet}" is protected: unprotect it (Review > Unprotect Sheet) and run again. Nothing was written.',
    "excel.fill.textNeedsFormat":
      "Sheet \"{sheet}\", cell {cell}: Excel could read this text as a number, a date or a formula, and the sheet's protection forbids giving the cell the Text format; nothing was written. Type the text in the cell after an apostrophe ('), or fill the file with the command line.",
    "excel.pivotTables.unplaced":
      'Sheet "{sheet}": this version of Excel does not tell which cells its pivot tables cover ({pivots}) (ExcelApi 1.8 required); the prices were filled without checking that none falls inside one. Check that no filled cell is part of one (Excel would rewrite it at the next refresh), or fill the file with the command line, which sees them.',
  },
});

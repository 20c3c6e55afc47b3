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
    "excel.sheet.protected":
      "La feuille « {sheet} » est protégée : ôtez sa protection (Révision > Ôter la protection de la feuille) puis relancez. Rien n'a été écrit.",
    "excel.fill.textNeedsFormat":
      "Feuille « {sheet} », cellule {cell} : Excel pourrait lire ce texte comme un nombre, une date ou une formule, et la protection de la feuille interdit de mettre la cellule au format Texte ; rien n'a été écrit. Tapez ce texte dans la cellule précédé d'une apostrophe ('), ou remplissez le fichier avec la ligne de commande.",
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
    "excel.sheet.protected":
      'Sheet "{sheet}" is protected: unprotect it (Review > Unprotect Sheet) and run again. Nothing was written.',
    "excel.fill.textNeedsFormat":
      "Sheet \"{sheet}\", cell {cell}: Excel could read this text as a number, a date or a formula, and the sheet's protection forbids giving the cell the Text format; nothing was written. Type the text in the cell after an apostrophe ('), or fill the file with the command line.",
  },
});

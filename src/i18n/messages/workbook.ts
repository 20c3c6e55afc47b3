import { defineMessages } from "../types";

// Messages of the workbook boundary: files that cannot be read as workbooks, cells a fill refused to write.
export const workbook = defineMessages({
  fr: {
    "workbook.read.notZip":
      "{file} : ce n'est pas un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.",
    "workbook.read.damaged":
      "{file} : fichier incomplet ou endommagé (copie ou téléchargement interrompu ?). Récupérez-le à nouveau, ou ouvrez-le dans Excel et enregistrez-le sous un autre nom.",
    "workbook.read.notWorkbook":
      "{file} : ce fichier est une archive mais pas un classeur Excel (.xlsx). Vérifiez que vous avez choisi le bon fichier.",
    "workbook.read.ods":
      "{file} : classeur OpenDocument (.ods). Ouvrez-le dans LibreOffice ou Excel et enregistrez-le au format Excel (.xlsx).",
    "workbook.read.encrypted":
      "{file} : le classeur est protégé par un mot de passe d'ouverture. Enregistrez une copie sans mot de passe puis recommencez.",
    "workbook.read.oldXls":
      "{file} : ancien format Excel (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.",
    "workbook.read.tooManyCells":
      "{file} : la feuille « {sheet} » dépasse {max} cellules ; trop grande pour être lue. Supprimez les lignes ou colonnes inutiles.",
    "workbook.read.partTooLarge":
      "{file} : une partie du classeur ({part}) est trop volumineuse pour être lue. Vérifiez que c'est le bon fichier.",
    "workbook.read.corrupt":
      "{file} : classeur endommagé, lecture impossible ({detail}). Demandez une nouvelle copie du fichier, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx.",
    "workbook.read.missingStrings":
      "{file} : classeur endommagé : la feuille « {sheet} » renvoie à des textes absents du fichier. Ouvrez-le dans Excel, laissez-le le réparer, puis enregistrez-le.",
    "workbook.write.sameAsInput":
      "{file} : le fichier rempli ne peut pas remplacer le classeur d'origine. Choisissez un autre nom de fichier de sortie.",
    "workbook.fill.sheetMissing": "{file} : la feuille « {sheet} » n'existe pas ; {cell} n'a pas été rempli.",
    "workbook.fill.badAddress":
      "{file}, feuille « {sheet} » : « {cell} » n'est pas une adresse de cellule ; rien n'a été écrit.",
    "workbook.fill.badValue":
      "{file}, feuille « {sheet} », cellule {cell} : valeur non numérique ou infinie ; rien n'a été écrit.",
    "workbook.fill.formulaCell":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule contient une formule de l'acheteur ; elle n'a pas été modifiée.",
    "workbook.fill.insideMerge":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule fait partie d'une zone fusionnée (seule la première cellule peut être remplie) ; rien n'a été écrit.",
  },
  en: {
    "workbook.read.notZip":
      "{file}: not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as .xlsx.",
    "workbook.read.damaged":
      "{file}: incomplete or damaged file (an interrupted copy or download?). Get it again, or open it in Excel and save it under another name.",
    "workbook.read.notWorkbook":
      "{file}: this file is an archive but not an Excel workbook (.xlsx). Check that you chose the right file.",
    "workbook.read.ods":
      "{file}: OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it in Excel format (.xlsx).",
    "workbook.read.encrypted":
      "{file}: the workbook is protected by a password to open. Save a copy without a password and try again.",
    "workbook.read.oldXls":
      "{file}: old Excel format (.xls). Open it in Excel or LibreOffice and save it as .xlsx.",
    "workbook.read.tooManyCells":
      '{file}: sheet "{sheet}" has more than {max} cells; too large to read. Delete the unused rows or columns.',
    "workbook.read.partTooLarge":
      "{file}: a part of the workbook ({part}) is too large to read. Check that this is the right file.",
    "workbook.read.corrupt":
      "{file}: damaged workbook, cannot be read ({detail}). Ask for a new copy of the file, or open it in Excel or LibreOffice and save it again as .xlsx.",
    "workbook.read.missingStrings":
      '{file}: damaged workbook: the sheet "{sheet}" refers to texts missing from the file. Open it in Excel, let it repair it, then save it.',
    "workbook.write.sameAsInput":
      "{file}: the filled file cannot replace the original workbook. Choose another output file name.",
    "workbook.fill.sheetMissing": '{file}: there is no sheet "{sheet}"; {cell} was not filled.',
    "workbook.fill.badAddress":
      '{file}, sheet "{sheet}": "{cell}" is not a cell address; nothing was written.',
    "workbook.fill.badValue":
      '{file}, sheet "{sheet}", cell {cell}: not a finite number; nothing was written.',
    "workbook.fill.formulaCell":
      '{file}, sheet "{sheet}", cell {cell}: the cell holds the buyer\'s formula; it was left unchanged.',
    "workbook.fill.insideMerge":
      '{file}, sheet "{sheet}", cell {cell}: the cell is inside a merged area (only its first cell can be filled); nothing was written.',
  },
});

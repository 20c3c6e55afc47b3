import { defineMessages } from "../types";

// Messages of the workbook boundary: files that cannot be read as workbooks, cells a fill refused to write.
export const workbook = defineMessages({
  fr: {
    "workbook.read.empty":
      "{file} : le fichier est vide (0 octet). Il a sans doute été mal copié ou téléchargé : reprenez-le à sa source (message, plateforme) et recommencez.",
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
      "{file} : une partie du classeur ({part}) dépasse {max} Mo une fois décompressée ; trop volumineuse pour être lue. Vérifiez que c'est le bon fichier.",
    "workbook.read.packageTooLarge":
      "{file} : le classeur dépasse {max} Mo une fois décompressé ; trop volumineux pour être lu. Vérifiez que c'est le bon fichier.",
    "workbook.read.corrupt":
      "{file} : classeur endommagé, lecture impossible ({detail}). Demandez une nouvelle copie du fichier, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx.",
    "workbook.read.missingStrings":
      "{file} : classeur endommagé : la feuille « {sheet} » renvoie à des textes absents du fichier. Ouvrez-le dans Excel, laissez-le le réparer, puis enregistrez-le.",
    "workbook.write.sameAsInput":
      "{file} : le fichier rempli ne peut pas remplacer le classeur d'origine. Choisissez un autre nom de fichier de sortie.",
    "workbook.fill.sheetMissing":
      "{file} : la feuille « {sheet} » n'existe pas ; {cell} n'a pas été rempli. Vérifiez le nom de l'onglet dans le classeur.",
    "workbook.fill.badAddress":
      "{file}, feuille « {sheet} » : « {cell} » n'est pas une adresse de cellule ; rien n'a été écrit. Donnez une adresse comme D14.",
    "workbook.fill.badValue":
      "{file}, feuille « {sheet} », cellule {cell} : valeur non numérique ou infinie ; rien n'a été écrit. Donnez un nombre, un texte ou une case vide.",
    "workbook.fill.textTooLong":
      "{file}, feuille « {sheet} », cellule {cell} : le texte dépasse 32 767 caractères, la limite d'Excel pour une cellule ; rien n'a été écrit. Raccourcissez-le.",
    "workbook.fill.formulaCell":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule contient une formule de l'acheteur ; elle n'a pas été modifiée. Remplissez plutôt les cellules de saisie dont elle dépend.",
    "workbook.fill.insideMerge":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule fait partie de la zone fusionnée {merge}, dont seule la première cellule ({anchor}) peut être remplie ; rien n'a été écrit. Remplissez {anchor}.",
    "workbook.fill.tableHeader":
      "{file}, feuille « {sheet} », cellule {cell} : c'est l'en-tête « {column} » du tableau « {table} » ; il n'a pas été modifié (Excel devrait réparer le fichier). Remplissez les lignes du tableau, sous l'en-tête.",
    "workbook.fill.tableTotals":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule est dans la ligne des totaux du tableau « {table} », calculée par Excel ; rien n'a été écrit. Remplissez les lignes au-dessus.",
    "workbook.fill.pivotTable":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule fait partie du tableau croisé dynamique « {pivot} », qu'Excel réécrit à chaque actualisation ; rien n'a été écrit. Saisissez ce prix vous-même là où l'acheteur l'attend, ou demandez-lui une cellule de saisie hors du tableau croisé.",
    "workbook.fill.lockedCell":
      "{file}, feuille « {sheet} », cellule {cell} : la feuille est protégée par l'acheteur et cette cellule est verrouillée ; rien n'a été écrit. Remplissez les cellules prévues pour la saisie, ou demandez à l'acheteur d'ouvrir cette cellule.",
    "workbook.fill.notEmpty":
      "{file}, feuille « {sheet} », cellule {cell} : la cellule contient déjà une valeur, gardée telle quelle. Pour la remplacer, relancez en demandant d'écraser les valeurs existantes.",
  },
  en: {
    "workbook.read.empty":
      "{file}: the file is empty (0 bytes). It was probably copied or downloaded badly: get it again from where it came from (e-mail, platform) and try again.",
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
      "{file}: a part of the workbook ({part}) exceeds {max} MB once unzipped; too large to read. Check that this is the right file.",
    "workbook.read.packageTooLarge":
      "{file}: the workbook exceeds {max} MB once unzipped; too large to read. Check that this is the right file.",
    "workbook.read.corrupt":
      "{file}: damaged workbook, cannot be read ({detail}). Ask for a new copy of the file, or open it in Excel or LibreOffice and save it again as .xlsx.",
    "workbook.read.missingStrings":
      '{file}: damaged workbook: the sheet "{sheet}" refers to texts missing from the file. Open it in Excel, let it repair it, then save it.',
    "workbook.write.sameAsInput":
      "{file}: the filled file cannot replace the original workbook. Choose another output file name.",
    "workbook.fill.sheetMissing":
      '{file}: there is no sheet "{sheet}"; {cell} was not filled. Check the tab\'s name in the workbook.',
    "workbook.fill.badAddress":
      '{file}, sheet "{sheet}": "{cell}" is not a cell address; nothing was written. Give an address such as D14.',
    "workbook.fill.badValue":
      '{file}, sheet "{sheet}", cell {cell}: not a finite number; nothing was written. Give a number, a text or an empty cell.',
    "workbook.fill.textTooLong":
      '{file}, sheet "{sheet}", cell {cell}: the text is longer than 32,767 characters, Excel\'s limit for a cell; nothing was written. Shorten it.',
    "workbook.fill.formulaCell":
      '{file}, sheet "{sheet}", cell {cell}: the cell holds the buyer\'s formula; it was left unchanged. Fill the input cells it depends on instead.',
    "workbook.fill.insideMerge":
      '{file}, sheet "{sheet}", cell {cell}: the cell is inside the merged area {merge}, of which only the first cell ({anchor}) can be filled; nothing was written. Fill {anchor}.',
    "workbook.fill.tableHeader":
      '{file}, sheet "{sheet}", cell {cell}: this is the header "{column}" of the table "{table}"; it was left unchanged (Excel would have to repair the file). Fill the table\'s rows, below the header.',
    "workbook.fill.tableTotals":
      '{file}, sheet "{sheet}", cell {cell}: the cell is in the totals row of the table "{table}", computed by Excel; nothing was written. Fill the rows above it.',
    "workbook.fill.pivotTable":
      '{file}, sheet "{sheet}", cell {cell}: the cell is part of the pivot table "{pivot}", which Excel rewrites at every refresh; nothing was written. Type this price yourself where the buyer expects it, or ask the buyer for an input cell outside the pivot table.',
    "workbook.fill.lockedCell":
      '{file}, sheet "{sheet}", cell {cell}: the buyer protected the sheet and this cell is locked; nothing was written. Fill the cells meant for input, or ask the buyer to unlock this one.',
    "workbook.fill.notEmpty":
      '{file}, sheet "{sheet}", cell {cell}: the cell already holds a value, kept as it was. To replace it, run again asking to overwrite existing values.',
  },
});

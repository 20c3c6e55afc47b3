// The Excel tables of a sheet: the table parts its <tablePart r:id> elements point to (xl/tables/tableN.xml); and
// its pivot tables, the parts its relationships of that type point to (xl/pivotTables/pivotTableN.xml).

import type { ZipPackage } from "./zip-parts";
import type { PivotTableSnapshot, TableSnapshot } from "../core/workbook/snapshot";
import { SPREADSHEET } from "./namespaces";
import { partsOfType, relatedParts } from "./package";
import { attributeOf } from "./xml-reader";
import { childOf, childrenOf, isNode, parseXmlTree, type XmlNode } from "./xml-tree";
import { readPart } from "./zip-parts";

const TABLE_REL = /\/table$/;
const PIVOT_TABLE_REL = /\/pivotTable$/;

function tableOf(table: XmlNode): TableSnapshot {
  const { tag } = table;
  const columns = childrenOf(childOf(table, SPREADSHEET, "tableColumns"), SPREADSHEET, "tableColumn");
  return {
    // The display name is the one formulas and Office.js use; `name` is an older, optional twin.
    name: attributeOf(tag, "displayName") ?? attributeOf(tag, "name") ?? "",
    range: attributeOf(tag, "ref") ?? "",
    hasHeader: attributeOf(tag, "headerRowCount") !== "0",
    hasTotals: Number(attributeOf(tag, "totalsRowCount") ?? 0) > 0,
    columns: columns.map((column) => attributeOf(column.tag, "name") ?? ""),
  };
}

/** The tables of the sheet at `sheetPath`, given the relationship ids of its table parts, in that order. */
export async function readTables(
  zip: ZipPackage,
  sheetPath: string,
  ids: readonly string[],
  file: string,
): Promise<TableSnapshot[]> {
  const tables: TableSnapshot[] = [];
  for (const path of await relatedParts(zip, sheetPath, ids, TABLE_REL, file)) {
    const xml = readPart(zip, path, file);
    if (xml === undefined) continue;
    const root = parseXmlTree(xml, { file, part: path });
    if (isNode(root, SPREADSHEET, "table")) tables.push(tableOf(root));
  }
  return tables;
}

/** The pivot tables of the sheet at `sheetPath`: name and the range of cells each covers (`<location ref>`). */
export async function readPivotTables(
  zip: ZipPackage,
  sheetPath: string,
  file: string,
): Promise<PivotTableSnapshot[]> {
  const pivots: PivotTableSnapshot[] = [];
  for (const path of await partsOfType(zip, sheetPath, PIVOT_TABLE_REL, file)) {
    const xml = readPart(zip, path, file);
    if (xml === undefined) continue;
    const root = parseXmlTree(xml, { file, part: path });
    const location = childOf(root, SPREADSHEET, "location");
    const range = location ? attributeOf(location.tag, "ref") : undefined;
    if (isNode(root, SPREADSHEET, "pivotTableDefinition") && range)
      pivots.push({ name: attributeOf(root.tag, "name") ?? "", range });
  }
  return pivots;
}

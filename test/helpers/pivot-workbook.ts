import JSZip from "jszip";
import { tenderBytes } from "./fill-fixtures";

// A buyer's workbook with a pivot table, for the tests of both doors: the public t-mairie.xlsx with a pivot table
// over `location` on its BPU sheet, and the pivot cache it reads (as Excel links them: sheet → pivot table → cache).

/** t-mairie.xlsx with a pivot table over `location` on its BPU sheet, and the pivot cache it reads. */
export async function withPivotTable(location: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(tenderBytes("t-mairie"));
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rels = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><pivotTableDefinition ${main} name="TCD1" cacheId="1" dataCaption="Valeurs"><location ref="${location}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition ${main} refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A11:D30" sheet="BPU"/></cacheSource></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships ${rels}><Relationship Id="rId1" Type="${type}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships ${rels}><Relationship Id="rIdP" Type="${type}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

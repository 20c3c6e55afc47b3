// The XML namespaces the reader matches elements by. Each vocabulary has a Transitional URI (what Excel, LibreOffice
// and most libraries write) and a Strict one (Excel's "Strict Open XML Spreadsheet"); the prefix a writer binds to
// it (none, "x:", "ss:"…) does not matter.

export type Namespaces = ReadonlySet<string>;

/**
 * SpreadsheetML main. The empty namespace is accepted too: home-made generators sometimes leave out the xmlns,
 * and the reader has always read their parts; Excel's own extension namespaces (x14, xm…) are not matched.
 */
export const SPREADSHEET: Namespaces = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "",
]);

/** Office document relationships, the namespace of `r:id` attributes. */
export const RELATIONSHIPS: Namespaces = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** Package relationships (the .rels parts), the same in Transitional and Strict. */
export const PACKAGE_RELATIONSHIPS: Namespaces = new Set([
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "",
]);

/** DrawingML main, the vocabulary of the theme part. */
export const DRAWING: Namespaces = new Set([
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://purl.oclc.org/ooxml/drawingml/main",
]);

// Hand-made .xlsx packages for the xlsx door's tests: each test states exactly the XML it needs, so a reader or
// filler bug cannot hide behind our own writer.
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface TestSheet {
  readonly name: string;
  /** The whole <worksheet> content after the root tag (sheetData and friends), with prefix `p` when set. */
  readonly body: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface TestBook {
  readonly sheets: readonly TestSheet[];
  readonly sharedStrings?: readonly string[];
  /** Raw <si> items, used instead of `sharedStrings` (rich text, phonetics). */
  readonly sharedStringItems?: readonly string[];
  readonly styles?: string;
  /** Extra XML after <sheets> in workbook.xml (definedNames, calcPr). */
  readonly workbookExtra?: string;
  /** Raw theme part (xl/theme/theme1.xml), linked from the workbook when given. */
  readonly theme?: string;
  /** Namespace prefix for SpreadsheetML elements, e.g. "x" (files from the Open XML SDK use one). */
  readonly prefix?: string;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export async function buildXlsx(book: TestBook): Promise<Uint8Array> {
  const p = book.prefix ? `${book.prefix}:` : "";
  const ns = book.prefix ? `xmlns:${book.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const zip = new JSZip();
  const overrides = book.sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheets}</${p}sheets>${book.workbookExtra ?? ""}</${p}workbook>`,
  );
  const rels = book.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const n = book.sheets.length;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="/xl/styles.xml"/>${book.theme ? `<Relationship Id="rId${n + 3}" Type="${REL}/theme" Target="theme/theme1.xml"/>` : ""}</Relationships>`,
  );
  if (book.theme) zip.file("xl/theme/theme1.xml", book.theme);
  const items =
    book.sharedStringItems ?? (book.sharedStrings ?? []).map((s) => `<${p}t>${escape(s)}</${p}t>`);
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}sst ${ns} count="${items.length}" uniqueCount="${items.length}">${items.map((i) => `<${p}si>${i}</${p}si>`).join("")}</${p}sst>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}styleSheet ${ns}>${book.styles ?? `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs>`}</${p}styleSheet>`,
  );
  book.sheets.forEach((sheet, i) => {
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}worksheet ${ns} xmlns:r="${REL}">${sheet.body}</${p}worksheet>`,
    );
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every entry of a zip, decompressed, by path. */
export async function entriesOf(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Uint8Array>();
  for (const [path, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(path, await entry.async("uint8array"));
  return out;
}

export async function entryText(data: Uint8Array, path: string): Promise<string> {
  const entry = (await JSZip.loadAsync(data)).file(path);
  if (!entry) throw new Error(`no ${path} in the package`);
  return entry.async("string");
}

// Opening an .xlsx package: sniffing what the bytes are, unzipping with bounds on what inflating may cost, and
// locating the workbook's parts.

import type { ZipPackage } from "./zip-parts";
import { WorkbookReadError } from "./errors";
import { CFB_MAGIC, startsWith, ZIP_MAGIC } from "./magic";
import { PACKAGE_RELATIONSHIPS, RELATIONSHIPS, SPREADSHEET } from "./namespaces";
import { attributeOf, namespacedAttributeOf } from "./xml-reader";
import { childOf, childrenOf, isNode, parseXmlTree, type XmlNode } from "./xml-tree";
import { DEFAULT_LIMITS, loadZip, readPart, type PackageLimits } from "./zip-parts";

// The edit side (fill.ts) reads parts and the zip directory through this module.
export { directoryOf, MAX_PART_BYTES, MAX_TOTAL_BYTES, readPart, type PackageLimits } from "./zip-parts";

const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
const WORKSHEET_REL = /\/worksheet$/;

export interface SheetPart {
  readonly name: string;
  readonly state: string | undefined;
  /** Zip path of the sheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface WorkbookPackage {
  readonly zip: ZipPackage;
  readonly fileName: string;
  readonly workbookPath: string;
  readonly workbookXml: string;
  /** The workbook part's root element, parsed. */
  readonly workbook: XmlNode;
  /** Worksheets in workbook order (chart sheets and dialog sheets are left out). */
  readonly sheets: readonly SheetPart[];
  /** Zip paths of the shared strings and styles parts, when present. */
  readonly sharedStringsPath?: string;
  readonly stylesPath?: string;
  readonly themePath?: string;
}

/** True when the UTF-16LE name of a compound-file stream appears in the bytes (directory entries store names so). */
function hasCfbStream(data: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= data.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (data[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file is an encrypted .xlsx (password to open), a legacy .xls ("Workbook" or "Book" stream), or
 * something else entirely (a .doc): each gets its own message.
 */
function rejectCompoundFile(data: Uint8Array, file: string): never {
  if (hasCfbStream(data, "EncryptedPackage")) throw new WorkbookReadError("encrypted", { file });
  if (hasCfbStream(data, "Workbook") || hasCfbStream(data, "Book"))
    throw new WorkbookReadError("oldXls", { file });
  throw new WorkbookReadError("notWorkbook", { file });
}

async function unzip(data: Uint8Array, file: string, limits: PackageLimits): Promise<ZipPackage> {
  // A file of 0 bytes is most often a download or a copy that failed: "save it as .xlsx" would be the wrong advice.
  if (data.length === 0) throw new WorkbookReadError("empty", { file });
  if (startsWith(data, CFB_MAGIC)) rejectCompoundFile(data, file);
  if (!startsWith(data, ZIP_MAGIC)) throw new WorkbookReadError("notZip", { file });
  try {
    return loadZip(data, limits);
  } catch {
    // It starts like a zip (an .xlsx is one) but cannot be opened: most often a copy or download cut short.
    // "Save it as .xlsx" would be the wrong advice; getting the file again is the right one.
    throw new WorkbookReadError("damaged", { file });
  }
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

async function relationshipsOf(zip: ZipPackage, part: string, file: string): Promise<Relationship[]> {
  const path = relsPathOf(part);
  const xml = readPart(zip, path, file);
  if (xml === undefined) return [];
  const root = parseXmlTree(xml, { file, part: path });
  return childrenOf(root, PACKAGE_RELATIONSHIPS, "Relationship")
    .filter(({ tag }) => attributeOf(tag, "TargetMode") !== "External")
    .map(({ tag }) => ({
      id: attributeOf(tag, "Id") ?? "",
      type: attributeOf(tag, "Type") ?? "",
      target: attributeOf(tag, "Target") ?? "",
    }));
}

/** Resolves a relationship target against the folder of the part that owns the relationship. */
export function resolvePartPath(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = ownerPart.includes("/") ? ownerPart.slice(0, ownerPart.lastIndexOf("/") + 1) : "";
  const segments: string[] = [];
  for (const segment of (base + target).split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The parts a part's relationships with `ids` point to, in the order of `ids`; unknown ids are left out. */
export async function relatedParts(
  zip: ZipPackage,
  owner: string,
  ids: readonly string[],
  type: RegExp,
  file: string,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rels = await relationshipsOf(zip, owner, file);
  return ids.flatMap((id) => {
    const rel = rels.find((candidate) => candidate.id === id && type.test(candidate.type));
    return rel ? [resolvePartPath(owner, rel.target)] : [];
  });
}

/** Every part a part's relationships of `type` point to (parts linked by no element, such as pivot tables). */
export async function partsOfType(
  zip: ZipPackage,
  owner: string,
  type: RegExp,
  file: string,
): Promise<string[]> {
  const rels = await relationshipsOf(zip, owner, file);
  return rels.filter((rel) => type.test(rel.type)).map((rel) => resolvePartPath(owner, rel.target));
}

/** An OpenDocument spreadsheet (.ods, LibreOffice's own format) names itself in its "mimetype" entry. */
async function isOpenDocumentSpreadsheet(zip: ZipPackage, file: string): Promise<boolean> {
  try {
    return (readPart(zip, "mimetype", file) ?? "").startsWith(
      "application/vnd.oasis.opendocument.spreadsheet",
    );
  } catch {
    return false;
  }
}

/** The `<sheet>` elements of the workbook, every kind of sheet included. */
export function sheetElements(workbook: XmlNode): XmlNode[] {
  return childrenOf(childOf(workbook, SPREADSHEET, "sheets"), SPREADSHEET, "sheet");
}

// A workbook with macros (.xlsm) declares its main part with this content type; Excel refuses to open such a
// package under an .xlsx name ("the file format or extension is not valid"), and a plain one under .xlsm.
const MACRO_ENABLED = /application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/;

/**
 * The extension the workbook's bytes must be saved under: ".xlsm" for a package with macros (kept as they are:
 * never run, never removed), ".xlsx" otherwise. Read from `[Content_Types].xml`, whatever the file is called.
 */
export async function workbookExtension(data: Uint8Array, file: string): Promise<".xlsx" | ".xlsm"> {
  const zip = await unzip(data, file, DEFAULT_LIMITS);
  const types = readPart(zip, "[Content_Types].xml", file) ?? "";
  return MACRO_ENABLED.test(types) ? ".xlsm" : ".xlsx";
}

/** Unzips and locates the workbook parts; every failure is a `WorkbookReadError` naming the file. */
export async function openPackage(
  data: Uint8Array,
  file: string,
  limits: PackageLimits = DEFAULT_LIMITS,
): Promise<WorkbookPackage> {
  const zip = await unzip(data, file, limits);
  const rootRels = await relationshipsOf(zip, "", file);
  const main = rootRels.find((rel) => OFFICE_DOCUMENT_REL.test(rel.type));
  const workbookPath = main ? resolvePartPath("", main.target) : "xl/workbook.xml";
  const workbookXml = readPart(zip, workbookPath, file);
  const workbook =
    workbookXml === undefined ? undefined : parseXmlTree(workbookXml, { file, part: workbookPath });
  if (
    workbookXml === undefined ||
    !isNode(workbook, SPREADSHEET, "workbook") ||
    !childOf(workbook, SPREADSHEET, "sheets")
  ) {
    if (await isOpenDocumentSpreadsheet(zip, file)) throw new WorkbookReadError("ods", { file });
    throw new WorkbookReadError("notWorkbook", { file });
  }
  const rels = await relationshipsOf(zip, workbookPath, file);
  const target = (id: string | undefined, type: RegExp) => {
    const rel = rels.find((candidate) => candidate.id === id && type.test(candidate.type));
    return rel ? resolvePartPath(workbookPath, rel.target) : undefined;
  };
  const sheets: SheetPart[] = [];
  for (const { tag } of sheetElements(workbook)) {
    const path = target(namespacedAttributeOf(tag, RELATIONSHIPS, "id"), WORKSHEET_REL);
    if (path) sheets.push({ name: attributeOf(tag, "name") ?? "", state: attributeOf(tag, "state"), path });
  }
  const firstOfType = (type: RegExp) => {
    const rel = rels.find((candidate) => type.test(candidate.type));
    return rel ? resolvePartPath(workbookPath, rel.target) : undefined;
  };
  return {
    zip,
    fileName: file,
    workbookPath,
    workbookXml,
    workbook,
    sheets,
    sharedStringsPath: firstOfType(/\/sharedStrings$/),
    stylesPath: firstOfType(/\/styles$/),
    themePath: firstOfType(/\/theme$/),
  };
}

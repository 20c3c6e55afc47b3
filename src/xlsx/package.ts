// Opening an .xlsx package: sniffing what the bytes are, unzipping, and locating the workbook's parts.

import JSZip from "jszip";
import { WorkbookReadError } from "./errors";
import { findElement, findElements, resolvePartPath } from "./xml";

/** Upper bound on one part's uncompressed size: guards memory against zip bombs before inflating. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
const WORKSHEET_REL = /\/worksheet$/;

export interface SheetPart {
  readonly name: string;
  readonly state: string | undefined;
  /** Zip path of the sheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface WorkbookPackage {
  readonly zip: JSZip;
  readonly fileName: string;
  readonly workbookPath: string;
  readonly workbookXml: string;
  /** Worksheets in workbook order (chart sheets and dialog sheets are left out). */
  readonly sheets: readonly SheetPart[];
  /** Zip paths of the shared strings and styles parts, when present. */
  readonly sharedStringsPath?: string;
  readonly stylesPath?: string;
  readonly themePath?: string;
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
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

/** Reads a zip entry as text, refusing parts whose declared size exceeds `MAX_PART_BYTES`. */
export async function readPart(zip: JSZip, path: string, file: string): Promise<string | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  // jszip keeps the central directory's uncompressed size on a private field; read it defensively.
  const declared = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof declared === "number" && declared > MAX_PART_BYTES) {
    throw new WorkbookReadError("partTooLarge", { file, part: path });
  }
  try {
    return await entry.async("string");
  } catch (error) {
    throw new WorkbookReadError("corrupt", { file, detail: (error as Error).message });
  }
}

async function unzip(data: Uint8Array, file: string): Promise<JSZip> {
  if (startsWith(data, CFB_MAGIC)) rejectCompoundFile(data, file);
  if (!startsWith(data, ZIP_MAGIC)) throw new WorkbookReadError("notZip", { file });
  try {
    return await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    // It starts like a zip (an .xlsx is one) but cannot be opened: most often a copy or download cut short.
    // "Save it as .xlsx" would be the wrong advice; getting the file again is the right one.
    throw new WorkbookReadError("damaged", { file });
  }
}

function relationships(xml: string | undefined): { id: string; type: string; target: string }[] {
  if (xml === undefined) return [];
  return findElements(xml, "Relationship").map(({ attributes }) => ({
    id: attributes.Id ?? "",
    type: attributes.Type ?? "",
    target: attributes.Target ?? "",
  }));
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** An OpenDocument spreadsheet (.ods, LibreOffice's own format) names itself in its "mimetype" entry. */
async function isOpenDocumentSpreadsheet(zip: JSZip): Promise<boolean> {
  const mimetype = zip.file("mimetype");
  if (!mimetype) return false;
  try {
    return (await mimetype.async("string")).startsWith("application/vnd.oasis.opendocument.spreadsheet");
  } catch {
    return false;
  }
}

/** Unzips and locates the workbook parts; every failure is a `WorkbookReadError` naming the file. */
export async function openPackage(data: Uint8Array, file: string): Promise<WorkbookPackage> {
  const zip = await unzip(data, file);
  const rootRels = relationships(await readPart(zip, "_rels/.rels", file));
  const main = rootRels.find((rel) => OFFICE_DOCUMENT_REL.test(rel.type));
  const workbookPath = main ? resolvePartPath("", main.target) : "xl/workbook.xml";
  const workbookXml = await readPart(zip, workbookPath, file);
  if (workbookXml === undefined || !findElement(workbookXml, "sheets")) {
    if (await isOpenDocumentSpreadsheet(zip)) throw new WorkbookReadError("ods", { file });
    throw new WorkbookReadError("notWorkbook", { file });
  }
  const rels = relationships(await readPart(zip, relsPathOf(workbookPath), file));
  const target = (id: string | undefined, type: RegExp) => {
    const rel = rels.find((candidate) => candidate.id === id && type.test(candidate.type));
    return rel ? resolvePartPath(workbookPath, rel.target) : undefined;
  };
  const sheets: SheetPart[] = [];
  for (const { attributes } of findElements(workbookXml, "sheet")) {
    const rid = Object.entries(attributes).find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];
    const path = target(rid, WORKSHEET_REL);
    if (path) sheets.push({ name: attributes.name ?? "", state: attributes.state, path });
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
    sheets,
    sharedStringsPath: firstOfType(/\/sharedStrings$/),
    stylesPath: firstOfType(/\/styles$/),
    themePath: firstOfType(/\/theme$/),
  };
}

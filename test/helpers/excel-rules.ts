// The rules Excel enforces when it opens a workbook that no schema states (shared/ooxml-xsd/README.md): break one
// and Excel offers to repair the file and drops what it cannot read. Checked on the package as written, so they
// hold for the writer's output and for a filled buyer's workbook alike.

import * as path from "node:path";
import JSZip from "jszip";
import { formatCell, parseRange } from "../../src/core/workbook/address";
import { unprefixedFutureFunctions } from "../../src/xlsx/write/future-functions";
import { EXCEL_LIMITS } from "../../src/xlsx/write/excel-limits";
import type { WorkbookFailure } from "./ooxml";
import { attribute, descendants, xmlTree, type XmlNode } from "./xml-tokens";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

interface Part {
  readonly path: string;
  readonly root: XmlNode;
}

interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly part: Part | undefined;
  readonly line: number;
}

interface Book {
  readonly parts: Map<string, Part>;
  readonly workbook: Part;
  readonly sheets: readonly SheetEntry[];
  readonly strings: readonly string[];
}

type Report = (part: string, line: number | undefined, message: string) => void;

function children(node: XmlNode | undefined, local: string): XmlNode[] {
  return node?.children.filter((child) => child.local === local) ?? [];
}

/** Relationship id → part path, for the part at `source`. */
function relationships(
  book: Pick<Book, "parts">,
  source: string,
): Map<string, { type: string; path: string }> {
  const rels = book.parts.get(
    path.posix.join(path.posix.dirname(source), "_rels", `${path.posix.basename(source)}.rels`),
  );
  const out = new Map<string, { type: string; path: string }>();
  for (const rel of children(rels?.root, "Relationship")) {
    const target = attribute(rel, "Target") ?? "";
    const resolved = target.startsWith("/")
      ? target.slice(1)
      : path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
    out.set(attribute(rel, "Id") ?? "", {
      type: (attribute(rel, "Type") ?? "").replace(TYPE, ""),
      path: resolved,
    });
  }
  return out;
}

/** The text of a shared string item or inline string: its runs' <t>, phonetic runs left out. */
function itemText(item: XmlNode): string {
  const direct = children(item, "t").map((t) => t.text);
  const runs = children(item, "r").flatMap((run) => children(run, "t").map((t) => t.text));
  return [...direct, ...runs].join("");
}

async function openBook(bytes: Uint8Array): Promise<Book | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Part>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const root = xmlTree(await entry.async("string"));
    if (root) parts.set(entry.name, { path: entry.name, root });
  }
  const office = [...relationships({ parts }, "").values()].find((rel) => rel.type === "officeDocument");
  const workbook = office && parts.get(office.path);
  if (!workbook) return undefined;
  const rels = relationships({ parts }, workbook.path);
  const sheets = children(children(workbook.root, "sheets")[0], "sheet").map((sheet) => ({
    name: attribute(sheet, "name") ?? "",
    sheetId: attribute(sheet, "sheetId") ?? "",
    part: parts.get(rels.get(attribute(sheet, "id", R) ?? "")?.path ?? ""),
    line: sheet.line,
  }));
  const sst = [...rels.values()].find((rel) => rel.type === "sharedStrings");
  const strings = children(parts.get(sst?.path ?? "")?.root, "si").map(itemText);
  return { parts, workbook, sheets, strings };
}

/** Every `count` attribute equals the number of items it counts (the shared string table: `uniqueCount`). */
function checkCounts(book: Book, report: Report): void {
  for (const part of book.parts.values())
    for (const node of descendants(part.root)) {
      const counted = node.local === "sst" ? "uniqueCount" : "count";
      const count = attribute(node, counted);
      if (count !== undefined && Number(count) !== node.children.filter((c) => c.local !== "extLst").length)
        report(
          part.path,
          node.line,
          `<${node.local} ${counted}="${count}"> has ${node.children.length} items`,
        );
    }
  for (const part of book.parts.values())
    for (const node of descendants(part.root))
      if (node.local === "cellXfs" && node.children.length > EXCEL_LIMITS.cellFormats)
        report(part.path, node.line, `${node.children.length} cell formats, over 64 000`);
}

interface Cell {
  readonly node: XmlNode;
  readonly text: string;
  readonly formula: boolean;
}

function cellsOf(book: Book, sheet: Part): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const row of children(children(sheet.root, "sheetData")[0], "row"))
    for (const c of children(row, "c")) {
      const type = attribute(c, "t");
      const value = children(c, "v")[0]?.text ?? "";
      const text =
        type === "s"
          ? (book.strings[Number(value)] ?? "")
          : type === "inlineStr"
            ? children(c, "is").map(itemText).join("")
            : value;
      cells.set(attribute(c, "r") ?? "", { node: c, text, formula: children(c, "f").length > 0 });
    }
  return cells;
}

function checkTexts(book: Book, cells: ReadonlyMap<string, Map<string, Cell>>, report: Report): void {
  const tooLong = (text: string) => text.length > EXCEL_LIMITS.cellText;
  book.strings.forEach((text, index) => {
    if (tooLong(text))
      report("sharedStrings", undefined, `item ${index}: ${text.length} characters, over 32 767`);
  });
  for (const [sheetPath, sheetCells] of cells)
    for (const [ref, cell] of sheetCells)
      if (attribute(cell.node, "t") !== "s" && tooLong(cell.text))
        report(sheetPath, cell.node.line, `cell ${ref}: ${cell.text.length} characters, over 32 767`);
}

function checkSheetNames(book: Book, report: Report): void {
  const seen = new Set<string>();
  for (const sheet of book.sheets) {
    const valid = sheet.name.length >= 1 && sheet.name.length <= 31 && !/[:\\/?*[\]]|^'|'$/.test(sheet.name);
    if (!valid) report(book.workbook.path, sheet.line, `sheet name "${sheet.name}" is not one Excel accepts`);
    if (seen.has(sheet.name.toLowerCase()))
      report(book.workbook.path, sheet.line, `sheet "${sheet.name}" twice`);
    seen.add(sheet.name.toLowerCase());
  }
}

interface Table {
  readonly part: Part;
  readonly sheet: Part;
}

function tablesOf(book: Book): Table[] {
  return book.sheets.flatMap(({ part: sheet }) => {
    if (!sheet) return [];
    const rels = relationships(book, sheet.path);
    return children(children(sheet.root, "tableParts")[0], "tablePart").flatMap((tablePart) => {
      const part = book.parts.get(rels.get(attribute(tablePart, "id", R) ?? "")?.path ?? "");
      return part ? [{ part, sheet }] : [];
    });
  });
}

/** Defined names are unique per scope, table names in the workbook and against workbook-scope names; any case. */
function checkNames(book: Book, tables: readonly Table[], report: Report): void {
  const seen = new Set<string>();
  const claim = (name: string, scope: string, part: string, line: number) => {
    const key = `${scope}\u0000${name.toLowerCase()}`;
    if (seen.has(key)) report(part, line, `name "${name}" defined twice in the same scope`);
    seen.add(key);
  };
  for (const name of children(children(book.workbook.root, "definedNames")[0], "definedName"))
    claim(
      attribute(name, "name") ?? "",
      attribute(name, "localSheetId") ?? "",
      book.workbook.path,
      name.line,
    );
  for (const { part } of tables)
    claim(attribute(part.root, "displayName") ?? "", "", part.path, part.root.line);
}

/** Excel escapes characters in column names as _xHHHH_. */
function decodeColumnName(name: string): string {
  return name.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function checkTableHeaders(
  tables: readonly Table[],
  cells: ReadonlyMap<string, Map<string, Cell>>,
  report: Report,
) {
  for (const { part, sheet } of tables) {
    const range = parseRange(attribute(part.root, "ref") ?? "");
    if (!range || attribute(part.root, "headerRowCount") === "0") continue;
    const columns = children(children(part.root, "tableColumns")[0], "tableColumn");
    columns.forEach((column, index) => {
      const address = formatCell({ row: range.start.row, column: range.start.column + index });
      const name = decodeColumnName(attribute(column, "name") ?? "");
      const header = cells.get(sheet.path)?.get(address)?.text ?? "";
      if (header !== name)
        report(part.path, column.line, `column "${name}" but header cell ${address} holds "${header}"`);
    });
  }
}

/** Every calcChain entry names a cell that has a formula; `i` (the sheet's id) carries over from the entry before. */
function checkCalcChain(book: Book, cells: ReadonlyMap<string, Map<string, Cell>>, report: Report): void {
  const chain = [...relationships(book, book.workbook.path).values()].find((rel) => rel.type === "calcChain");
  const part = chain && book.parts.get(chain.path);
  if (!part) return;
  let sheetId = "";
  for (const entry of children(part.root, "c")) {
    sheetId = attribute(entry, "i") ?? sheetId;
    const sheet = book.sheets.find((one) => one.sheetId === sheetId);
    const ref = attribute(entry, "r") ?? "";
    if (!sheet?.part || !cells.get(sheet.part.path)?.get(ref)?.formula)
      report(
        part.path,
        entry.line,
        `entry for ${sheet?.name ?? `sheet ${sheetId}`}!${ref}, a cell without a formula`,
      );
  }
}

/** Formulas of cells, conditional formats, validations and defined names: future functions carry _xlfn. */
function checkFutureFunctions(book: Book, report: Report): void {
  const holders = new Set(["f", "formula", "formula1", "formula2", "definedName"]);
  for (const part of [book.workbook, ...book.sheets.flatMap((sheet) => (sheet.part ? [sheet.part] : []))])
    for (const node of descendants(part.root)) {
      if (!holders.has(node.local)) continue;
      const missing = unprefixedFutureFunctions(node.text);
      if (missing.length > 0) report(part.path, node.line, `${missing.join(", ")} written without _xlfn.`);
    }
}

/** The rules a package breaks, each with its part and, where it has one, its line. */
export async function excelRuleFailures(bytes: Uint8Array, workbook: string): Promise<WorkbookFailure[]> {
  const failures: WorkbookFailure[] = [];
  const report: Report = (part, line, message) =>
    failures.push({ workbook, part, ...(line !== undefined ? { line } : {}), message });
  const book = await openBook(bytes);
  if (!book)
    return [{ workbook, part: "_rels/.rels", message: "no workbook part (officeDocument relationship)" }];
  const cells = new Map(
    book.sheets.flatMap((sheet) =>
      sheet.part ? [[sheet.part.path, cellsOf(book, sheet.part)] as const] : [],
    ),
  );
  const tables = tablesOf(book);
  checkCounts(book, report);
  checkTexts(book, cells, report);
  checkSheetNames(book, report);
  checkNames(book, tables, report);
  checkTableHeaders(tables, cells, report);
  checkCalcChain(book, cells, report);
  checkFutureFunctions(book, report);
  return failures;
}

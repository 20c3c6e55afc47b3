// Rewrites an .xlsx's bytes into equivalent forms that other writers produce, to prove that a reader reads the
// same workbook whoever wrote it. Each variant changes only the spelling of the XML, never what it means:
//
//   prefixed      every SpreadsheetML element with an "x:" namespace prefix, as the Open XML SDK writes
//                 (<x:worksheet xmlns:x="…main">, <x:c>, <x:v>…)
//   cdataStrings  string and formula texts as CDATA sections and numeric character references (&#233; &#xE9;)
//   noReferences  rows and cells without `r` attributes where they follow the previous one (some generators)
//   richText      plain shared and inline strings as rich-text runs (<r><rPr/><t/></r>) with a phonetic run
//                 (<rPh>) and phonetic properties, which a reader must skip
//   singleQuoted  every attribute in single quotes
//   bom           a UTF-8 byte order mark before every SpreadsheetML part
//
// Usage: `await rewriteXlsx(bytes, "prefixed")`, or several at once: `rewriteXlsx(bytes, ["prefixed", "bom"])`;
// `ALL_VARIANTS` lists them. Only SpreadsheetML parts (root in the SpreadsheetML main namespace) are rewritten;
// relationships, the theme and document properties keep their bytes. The XML is parsed and written back with
// saxes, so the rewrite is faithful however the input was spelled.
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";

export type XlsxVariant = "prefixed" | "cdataStrings" | "noReferences" | "richText" | "singleQuoted" | "bom";

export const ALL_VARIANTS: readonly XlsxVariant[] = [
  "prefixed",
  "cdataStrings",
  "noReferences",
  "richText",
  "singleQuoted",
  "bom",
];

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PREFIX = "x";

interface Attribute {
  name: string;
  value: string;
}

interface ElementNode {
  readonly kind: "element";
  /** Namespace URI and local name, as parsed. */
  readonly uri: string;
  readonly local: string;
  name: string;
  attributes: Attribute[];
  children: XmlChild[];
}

type XmlChild =
  | ElementNode
  | { readonly kind: "text"; readonly text: string }
  /** XML written as it is (CDATA, character references). */
  | { readonly kind: "raw"; readonly xml: string }
  | { readonly kind: "comment"; readonly text: string };

interface Document {
  readonly declaration: boolean;
  readonly root: ElementNode;
}

function parse(xml: string, part: string): Document {
  const parser = new SaxesParser({ xmlns: true, fileName: part });
  const stack: ElementNode[] = [];
  let root: ElementNode | undefined;
  let declaration = false;
  const append = (child: XmlChild) => stack[stack.length - 1]?.children.push(child);
  parser.on("xmldecl", () => (declaration = true));
  parser.on("opentag", (tag: SaxesTagNS) => {
    const node: ElementNode = {
      kind: "element",
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attributes: Object.values(tag.attributes).map(({ name, value }) => ({ name, value })),
      children: [],
    };
    if (stack.length === 0) root = node;
    else append(node);
    stack.push(node);
  });
  parser.on("closetag", () => stack.pop());
  parser.on("text", (text) => append({ kind: "text", text }));
  parser.on("cdata", (text) => append({ kind: "text", text }));
  parser.on("comment", (text) => append({ kind: "comment", text }));
  parser.write(xml).close();
  if (!root) throw new Error(`${part}: no root element`);
  return { declaration, root };
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

function escapeAttribute(value: string, quote: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? "&quot;" : "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function serialize(node: XmlChild, quote: string): string {
  switch (node.kind) {
    case "text":
      return escapeText(node.text);
    case "raw":
      return node.xml;
    case "comment":
      return `<!--${node.text}-->`;
    case "element": {
      const attributes = node.attributes
        .map(({ name, value }) => ` ${name}=${quote}${escapeAttribute(value, quote)}${quote}`)
        .join("");
      if (node.children.length === 0) return `<${node.name}${attributes}/>`;
      const inner = node.children.map((child) => serialize(child, quote)).join("");
      return `<${node.name}${attributes}>${inner}</${node.name}>`;
    }
  }
}

function elements(node: ElementNode, local?: string): ElementNode[] {
  return node.children.filter(
    (child): child is ElementNode =>
      child.kind === "element" && child.uri === MAIN && (local === undefined || child.local === local),
  );
}

/** Every SpreadsheetML element under `node` (itself included), inside other vocabularies' elements too. */
function walk(node: ElementNode, visit: (element: ElementNode) => void): void {
  if (node.uri === MAIN) visit(node);
  for (const child of node.children) if (child.kind === "element") walk(child, visit);
}

function textOf(node: ElementNode): string {
  return node.children.map((child) => (child.kind === "text" ? child.text : "")).join("");
}

/** <x:worksheet xmlns:x="…main">: SpreadsheetML elements take the prefix, the default namespace goes. */
function prefixElements(root: ElementNode): void {
  walk(root, (element) => {
    if (element.attributes.some(({ name }) => name === `xmlns:${PREFIX}`))
      throw new Error(`the prefix "${PREFIX}" is already declared`);
    element.name = `${PREFIX}:${element.local}`;
    element.attributes = element.attributes.map((attribute) =>
      attribute.name === "xmlns" && attribute.value === MAIN
        ? { name: `xmlns:${PREFIX}`, value: MAIN }
        : attribute,
    );
  });
}

/** The first half of a text as character references (decimal and hexadecimal), the rest as a CDATA section. */
function referencesAndCdata(text: string): string {
  const chars = Array.from(text);
  const half = Math.ceil(chars.length / 2);
  const references = chars
    .slice(0, half)
    .map((char, index) => {
      const code = char.codePointAt(0) ?? 0;
      return index % 2 === 0 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`;
    })
    .join("");
  const rest = chars.slice(half).join("");
  return rest === "" ? references : `${references}<![CDATA[${rest.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

function cdataStrings(root: ElementNode): void {
  walk(root, (element) => {
    if ((element.local === "t" || element.local === "f") && element.children.length > 0) {
      element.children = [{ kind: "raw", xml: referencesAndCdata(textOf(element)) }];
    }
  });
}

function cellColumn(ref: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
  if (!letters) return undefined;
  return Array.from(letters).reduce((value, char) => value * 26 + char.charCodeAt(0) - 64, 0) - 1;
}

/** Drops `r` from rows and cells that follow the previous one; a row or cell after a gap keeps it. */
function noReferences(root: ElementNode): void {
  for (const sheetData of elements(root, "sheetData")) {
    let previousRow = 0;
    for (const row of elements(sheetData, "row")) {
      const r = row.attributes.find(({ name }) => name === "r");
      const rowNumber = r ? Number(r.value) : previousRow + 1;
      if (r && rowNumber === previousRow + 1) row.attributes = row.attributes.filter((one) => one !== r);
      previousRow = rowNumber;
      let previousColumn = -1;
      for (const cell of elements(row, "c")) {
        const ref = cell.attributes.find(({ name }) => name === "r");
        const column = ref ? cellColumn(ref.value) : previousColumn + 1;
        if (ref && column === previousColumn + 1)
          cell.attributes = cell.attributes.filter((one) => one !== ref);
        previousColumn = column ?? previousColumn + 1;
      }
    }
  }
}

function element(local: string, attributes: Attribute[], children: XmlChild[]): ElementNode {
  return { kind: "element", uri: MAIN, local, name: local, attributes, children };
}

const PRESERVE: Attribute = { name: "xml:space", value: "preserve" };

/** <si><t>Cocktail 8 pièces</t></si> → two runs (the second bold), a phonetic run and phonetic properties. */
function richText(root: ElementNode): void {
  walk(root, (item) => {
    if (item.local !== "si" && item.local !== "is") return;
    const only = elements(item);
    if (only.length !== 1 || only[0].local !== "t") return;
    const chars = Array.from(textOf(only[0]));
    const half = Math.ceil(chars.length / 2);
    const run = (text: string, bold: boolean) =>
      element(
        "r",
        [],
        [
          ...(bold ? [element("rPr", [], [element("b", [], [])])] : []),
          element("t", [PRESERVE], text === "" ? [] : [{ kind: "text", text }]),
        ],
      );
    item.children = [
      run(chars.slice(0, half).join(""), false),
      run(chars.slice(half).join(""), true),
      element(
        "rPh",
        [
          { name: "sb", value: "0" },
          { name: "eb", value: "1" },
        ],
        [element("t", [], [{ kind: "text", text: "ヨミ" }])],
      ),
      element("phoneticPr", [{ name: "fontId", value: "0" }], []),
    ];
  });
}

const TREE_REWRITES: Partial<Record<XlsxVariant, (root: ElementNode) => void>> = {
  richText,
  noReferences,
  cdataStrings,
  prefixed: prefixElements,
};

/** One part's XML in the given variants; undefined when the part is not SpreadsheetML. */
function rewritePart(xml: string, part: string, variants: ReadonlySet<XlsxVariant>): string | undefined {
  const document = parse(xml, part);
  if (document.root.uri !== MAIN) return undefined;
  // Content first (rich text, references, CDATA), names last, so every rewrite sees unprefixed SpreadsheetML.
  for (const variant of ["richText", "noReferences", "cdataStrings", "prefixed"] as const)
    if (variants.has(variant)) TREE_REWRITES[variant]?.(document.root);
  const quote = variants.has("singleQuoted") ? "'" : '"';
  const declaration = document.declaration
    ? `<?xml version=${quote}1.0${quote} encoding=${quote}UTF-8${quote} standalone=${quote}yes${quote}?>\n`
    : "";
  return `${variants.has("bom") ? "\uFEFF" : ""}${declaration}${serialize(document.root, quote)}`;
}

/** The same workbook, written as `variants` say; the input bytes are left untouched. */
export async function rewriteXlsx(
  data: Uint8Array,
  variants: XlsxVariant | readonly XlsxVariant[],
): Promise<Uint8Array> {
  const wanted = new Set(typeof variants === "string" ? [variants] : variants);
  const zip = await JSZip.loadAsync(data);
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir || !path.endsWith(".xml")) continue;
    const rewritten = rewritePart(await entry.async("string"), path, wanted);
    if (rewritten !== undefined) zip.file(path, rewritten, { date: entry.date, createFolders: false });
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

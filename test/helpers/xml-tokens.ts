// A small XML tokenizer for the test helpers that inspect parts (schema preparation, Excel's unwritten rules):
// start and end tags with their attributes and namespaces resolved, text, and everything else as raw markup.
// It does not judge well-formedness; xmllint does. It keeps each token's source text and line so a helper can
// rewrite a part without moving its lines.

export interface XmlAttribute {
  /** The qualified name as written ("r", "xml:space", "x14ac:dyDescent"). */
  readonly name: string;
  readonly value: string;
  /** The attribute's namespace: none for an unprefixed attribute, whatever the default namespace is. */
  readonly namespace: string | undefined;
  readonly local: string;
  /** The attribute as written, with its leading whitespace. */
  readonly raw: string;
}

export type XmlToken =
  | {
      readonly kind: "start";
      readonly name: string;
      readonly local: string;
      readonly namespace: string | undefined;
      readonly attributes: readonly XmlAttribute[];
      /** Namespaces in scope inside this element (prefix "" is the default namespace). */
      readonly scope: ReadonlyMap<string, string>;
      readonly selfClosing: boolean;
      readonly raw: string;
      readonly line: number;
    }
  | { readonly kind: "end"; readonly name: string; readonly raw: string; readonly line: number }
  | { readonly kind: "text"; readonly text: string; readonly raw: string; readonly line: number }
  | { readonly kind: "other"; readonly raw: string; readonly line: number };

export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/g;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces the predefined and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(":");
  return colon < 0
    ? { prefix: "", local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

function resolve(prefix: string, scope: ReadonlyMap<string, string>): string | undefined {
  return prefix === "xml" ? XML_NAMESPACE : scope.get(prefix);
}

function parseAttributes(text: string, parentScope: ReadonlyMap<string, string>) {
  const written = [...text.matchAll(ATTRIBUTE)].map((m) => ({
    name: m[1],
    value: decodeXml(m[3] ?? m[4] ?? ""),
    raw: m[0],
  }));
  const scope = new Map(parentScope);
  for (const { name, value } of written) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice(6), value);
  }
  const attributes: XmlAttribute[] = written.map((attribute) => {
    const { prefix, local } = splitName(attribute.name);
    return { ...attribute, local, namespace: prefix ? resolve(prefix, scope) : undefined };
  });
  return { attributes, scope };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

/** The tokens of `xml` in order; their `raw` texts concatenated give `xml` back. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const scopes: ReadonlyMap<string, string>[] = [new Map()];
  let line = 1;
  let last = 0;
  for (const match of xml.matchAll(TOKEN)) {
    const at = match.index;
    if (at > last) {
      const raw = xml.slice(last, at);
      yield { kind: "other", raw, line };
      line += countLines(raw);
    }
    const raw = match[0];
    const [, cdata, endName, startName, attributeText, slash] = match;
    if (startName !== undefined) {
      const { attributes, scope } = parseAttributes(attributeText ?? "", scopes[scopes.length - 1]);
      const { prefix, local } = splitName(startName);
      const selfClosing = slash === "/";
      if (!selfClosing) scopes.push(scope);
      const namespace = resolve(prefix, scope);
      yield { kind: "start", name: startName, local, namespace, attributes, scope, selfClosing, raw, line };
    } else if (endName !== undefined) {
      if (scopes.length > 1) scopes.pop();
      yield { kind: "end", name: endName, raw, line };
    } else if (cdata !== undefined) {
      yield { kind: "text", text: cdata, raw, line };
    } else if (raw.startsWith("<")) {
      yield { kind: "other", raw, line };
    } else {
      yield { kind: "text", text: decodeXml(raw), raw, line };
    }
    line += countLines(raw);
    last = at + raw.length;
  }
  if (last < xml.length) yield { kind: "other", raw: xml.slice(last), line };
}

/** Only the line breaks of `text`: what stands in for removed markup so that later lines keep their numbers. */
export function lineBreaksOf(text: string): string {
  return "\n".repeat(countLines(text));
}

/** An element with its attributes, child elements and direct text: enough to check a part's content. */
export interface XmlNode {
  readonly local: string;
  readonly namespace: string | undefined;
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlNode[];
  text: string;
  readonly line: number;
}

/** The root element of `xml` as a tree, or undefined when there is none. */
export function xmlTree(xml: string): XmlNode | undefined {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  for (const token of xmlTokens(xml)) {
    const parent = stack[stack.length - 1];
    if (token.kind === "start") {
      const { local, namespace, attributes, line } = token;
      const node: XmlNode = { local, namespace, attributes, children: [], text: "", line };
      if (parent) parent.children.push(node);
      else root ??= node;
      if (!token.selfClosing) stack.push(node);
    } else if (token.kind === "end") stack.pop();
    else if (token.kind === "text" && parent) parent.text += token.text;
  }
  return root;
}

/** The value of an attribute by local name; `namespace` undefined means an unprefixed attribute. */
export function attribute(node: XmlNode, local: string, namespace?: string): string | undefined {
  return node.attributes.find((a) => a.local === local && a.namespace === namespace)?.value;
}

/** Every element of the tree, depth first, the root included. */
export function* descendants(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* descendants(child);
}

// Small parts (workbook, relationships, styles, theme, tables) read into a light element tree, so their readers
// can say "the fills of the style sheet" instead of tracking parser events. Sheets and shared strings, which can be
// large, are read by event handlers instead.

import type { Namespaces } from "./namespaces";
import { parseXml, type PartSource, type XmlHandler, type XmlTag } from "./xml-reader";

export interface XmlNode {
  readonly tag: XmlTag;
  readonly children: XmlNode[];
  /** The text directly inside the element (CDATA included), child elements' text left out. */
  text: string;
}

class TreeBuilder implements XmlHandler {
  readonly root: XmlNode[] = [];
  private readonly stack: XmlNode[] = [];

  open(tag: XmlTag): void {
    const node: XmlNode = { tag, children: [], text: "" };
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.children : this.root).push(node);
    this.stack.push(node);
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    const current = this.stack[this.stack.length - 1];
    if (current) current.text += text;
  }
}

/** The root element of a part. */
export function parseXmlTree(xml: string, source: PartSource): XmlNode {
  const builder = new TreeBuilder();
  parseXml(xml, builder, source);
  // A well-formed document has exactly one root element: the parser refuses anything else.
  return builder.root[0];
}

/** The child elements of `node` named `local` in one of `namespaces`, in document order. */
export function childrenOf(node: XmlNode | undefined, namespaces: Namespaces, local: string): XmlNode[] {
  if (!node) return [];
  return node.children.filter((child) => child.tag.local === local && namespaces.has(child.tag.uri));
}

/** The first child element of `node` named `local` in one of `namespaces`. */
export function childOf(
  node: XmlNode | undefined,
  namespaces: Namespaces,
  local: string,
): XmlNode | undefined {
  return node?.children.find((child) => child.tag.local === local && namespaces.has(child.tag.uri));
}

/** True when the node is the element `local` in one of `namespaces`. */
export function isNode(node: XmlNode | undefined, namespaces: Namespaces, local: string): node is XmlNode {
  return node !== undefined && node.tag.local === local && namespaces.has(node.tag.uri);
}

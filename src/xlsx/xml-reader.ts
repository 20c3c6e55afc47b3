// The read side's XML parser: saxes, a conforming, namespace-aware streaming parser, behind one small interface.
// Elements are matched by namespace URI and local name (any prefix works); entities, character references, CDATA,
// single-quoted attributes and a byte order mark are the parser's business. A part that is not well-formed XML
// is refused as a damaged workbook, naming the part and the line, instead of being half read.

import { SaxesParser, type SaxesTagNS } from "saxes";
import { WorkbookReadError } from "./errors";
import type { Namespaces } from "./namespaces";

/** An element as the parser reports it: `uri` and `local` name, attributes keyed by qualified name. */
export type XmlTag = Pick<SaxesTagNS, "uri" | "local" | "attributes">;

/** Receives a part's events in document order. Text comes in pieces (CDATA sections included) to concatenate. */
export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** Where a part comes from, for messages. */
export interface PartSource {
  readonly file: string;
  readonly part: string;
}

/** True when the element is `local` in one of `namespaces`. */
export function isElement(tag: XmlTag, namespaces: Namespaces, local: string): boolean {
  return tag.local === local && namespaces.has(tag.uri);
}

/** An attribute without a namespace prefix (every SpreadsheetML attribute but `r:id`), by name. */
export function attributeOf(tag: XmlTag, name: string): string | undefined {
  // Attributes are keyed by qualified name: the key `name` is the attribute without a prefix.
  return tag.attributes[name]?.value;
}

/** An attribute in one of `namespaces` (e.g. `r:id`, whatever its prefix), by local name. */
export function namespacedAttributeOf(
  tag: XmlTag,
  namespaces: Namespaces,
  local: string,
): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && attribute.prefix !== "" && namespaces.has(attribute.uri))
      return attribute.value;
  }
  return undefined;
}

/** Turns a parser error into the door's "damaged workbook" error; the door's own errors pass through. */
function readError(error: unknown, source: PartSource): Error {
  if (error instanceof WorkbookReadError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookReadError("corrupt", { file: source.file, detail });
}

/** A part parsed as its text arrives, chunk by chunk, so a large sheet never has to be held whole. */
export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: true }>;

  constructor(
    handler: XmlHandler,
    private readonly source: PartSource,
  ) {
    this.parser = new SaxesParser({ xmlns: true, fileName: source.part });
    this.parser.on("opentag", (tag) => handler.open(tag));
    this.parser.on("closetag", (tag) => handler.close(tag));
    this.parser.on("text", (text) => handler.text(text));
    this.parser.on("cdata", (text) => handler.text(text));
  }

  write(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (error) {
      throw readError(error, this.source);
    }
  }

  /** Ends the part; an unclosed element or a missing root is an error here. */
  end(): void {
    try {
      this.parser.close();
    } catch (error) {
      throw readError(error, this.source);
    }
  }
}

/** Parses a whole part held as text. */
export function parseXml(xml: string, handler: XmlHandler, source: PartSource): void {
  const stream = new XmlStream(handler, source);
  stream.write(xml);
  stream.end();
}

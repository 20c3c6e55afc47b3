// XML text helpers for the EDIT side only (sheet-edit, row-edit, cell-xml, patches, fill) and the writer's
// escaping. Editing in place must leave every byte we do not touch as it was, so these scan the text with patterns
// and report offsets. The READ side does not use them: it parses parts with a namespace-aware XML parser
// (xml-reader.ts), which reads entities, CDATA, prefixes and odd writers' forms correctly.

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? whole;
  });
}

// Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return; lone surrogates; U+FFFE/FFFF).
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A character INVALID_XML_CHARS may drop (every surrogate, paired or not, to be looked at closely). */
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for element content or a double-quoted attribute, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  // Most texts hold no character to drop: they skip that pass, the costliest.
  const valid = MAYBE_INVALID.test(text) ? text.replace(INVALID_XML_CHARS, "") : text;
  return valid
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** The attributes of a start tag's inner text (`r="A1" s="3"`), decoded, keyed by qualified name. */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    attributes[match[1]] = decodeXml(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

/** One element found by `findElements`: its attributes, inner XML (undefined when self-closing) and offsets. */
export interface XmlElement {
  readonly attributes: Record<string, string>;
  readonly inner: string | undefined;
  readonly start: number;
  readonly end: number;
}

/**
 * Every element with local name `name` (any namespace prefix) in `xml`, in document order. Elements of the
 * same name must not nest, which holds for the SpreadsheetML elements we look for.
 */
export function findElements(xml: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pattern = elementPattern(name);
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    found.push({
      attributes: parseAttributes(match[2]),
      inner: match[3],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/** The first element named `name`, or undefined. */
export function findElement(xml: string, name: string): XmlElement | undefined {
  const match = elementPattern(name).exec(xml);
  if (!match) return undefined;
  return {
    attributes: parseAttributes(match[2]),
    inner: match[3],
    start: match.index,
    end: match.index + match[0].length,
  };
}

/** A global pattern matching `<p:name attrs/>` or `<p:name attrs>inner</p:name>`; groups: prefix, attrs, inner. */
export function elementPattern(name: string): RegExp {
  return new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${name}\\s*>)`, "g");
}

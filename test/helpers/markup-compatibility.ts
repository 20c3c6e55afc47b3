// What a part must go through before the ISO schemas can judge it, as /work/shared/ooxml-xsd/README.md says:
// - Markup Compatibility (ECMA-376 Part 3), as Excel applies it: attributes and elements of the namespaces that
//   mc:Ignorable lists are dropped, and an mc:AlternateContent is replaced by the content of its mc:Fallback (a
//   consumer that knows only the standard's schemas understands none of the mc:Choice requirements);
// - xml:space is dropped: the schemas type <t> as a plain string, while the standard's text and Excel write
//   xml:space="preserve".
// Removed markup leaves its line breaks behind, so xmllint's line numbers are those of the original part.

import { lineBreaksOf, xmlTokens, XML_NAMESPACE, type XmlAttribute } from "./xml-tokens";

export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export interface PreparedPart {
  readonly xml: string;
  /** The namespace of the root element, which picks the schema. */
  readonly rootNamespace: string | undefined;
  readonly rootName: string | undefined;
}

/** How an open element is treated: kept, unwrapped (tags dropped, content kept) or dropped with its content. */
type Fate = "keep" | "unwrap" | "drop";

interface Frame {
  readonly fate: Fate;
  readonly ignorable: ReadonlySet<string>;
  readonly alternateContent: boolean;
}

function ignorableOf(
  attributes: readonly XmlAttribute[],
  scope: ReadonlyMap<string, string>,
  inherited: ReadonlySet<string>,
): ReadonlySet<string> {
  const declared = attributes.find((a) => a.namespace === MC_NAMESPACE && a.local === "Ignorable");
  if (!declared) return inherited;
  const added = declared.value
    .split(/\s+/)
    .filter(Boolean)
    .map((prefix) => scope.get(prefix))
    .filter((uri): uri is string => uri !== undefined);
  return new Set([...inherited, ...added]);
}

function fateOf(
  namespace: string | undefined,
  local: string,
  parent: Frame,
  ignorable: ReadonlySet<string>,
): Fate {
  if (parent.fate === "drop") return "drop";
  if (parent.alternateContent) return namespace === MC_NAMESPACE && local === "Fallback" ? "unwrap" : "drop";
  if (namespace === MC_NAMESPACE && local === "AlternateContent") return "unwrap";
  if (namespace !== undefined && ignorable.has(namespace)) return "drop";
  return "keep";
}

function keptAttributes(attributes: readonly XmlAttribute[], ignorable: ReadonlySet<string>): string {
  return attributes
    .filter((a) => {
      if (a.namespace === XML_NAMESPACE && a.local === "space") return false;
      if (a.namespace === MC_NAMESPACE) return false;
      return a.namespace === undefined || !ignorable.has(a.namespace);
    })
    .map((a) => a.raw)
    .join("");
}

export function prepareForSchema(xml: string): PreparedPart {
  const out: string[] = [];
  const root: Frame = { fate: "keep", ignorable: new Set(), alternateContent: false };
  const stack: Frame[] = [root];
  let rootNamespace: string | undefined;
  let rootName: string | undefined;
  for (const token of xmlTokens(xml)) {
    const parent = stack[stack.length - 1];
    if (token.kind === "start") {
      const ignorable = ignorableOf(token.attributes, token.scope, parent.ignorable);
      const fate = fateOf(token.namespace, token.local, parent, ignorable);
      if (fate === "keep") {
        if (rootName === undefined) {
          rootName = token.local;
          rootNamespace = token.namespace;
        }
        const tag = `<${token.name}${keptAttributes(token.attributes, ignorable)}${token.selfClosing ? "/>" : ">"}`;
        // Dropped attributes may have spanned lines: keep their line breaks after the tag.
        out.push(tag, "\n".repeat(lineBreaksOf(token.raw).length - lineBreaksOf(tag).length));
      } else out.push(lineBreaksOf(token.raw));
      const alternateContent = token.namespace === MC_NAMESPACE && token.local === "AlternateContent";
      if (!token.selfClosing)
        stack.push({ fate, ignorable, alternateContent: fate !== "drop" && alternateContent });
    } else if (token.kind === "end") {
      const frame = stack.length > 1 ? stack.pop() : root;
      out.push(frame?.fate === "keep" ? token.raw : lineBreaksOf(token.raw));
    } else {
      const dropped = parent.fate === "drop" || parent.alternateContent;
      out.push(dropped ? lineBreaksOf(token.raw) : token.raw);
    }
  }
  return { xml: out.join(""), rootNamespace, rootName };
}

// Text into HTML, safely. Every text a report shows may come from a bidder's file (a company name, a designation):
// it is escaped here, once, before it meets markup, so "<script>" or "<img onerror=…>" is shown as text.

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for an HTML element or a quoted attribute value: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Markup already escaped (built by `tag` or escapeHtml): the only thing `tag` accepts as a child unescaped. */
export interface Markup {
  readonly html: string;
}

export type MarkupChild = Markup | string | null | undefined | false;

export const markup = (html: string): Markup => ({ html });

/** Children joined: strings escaped, markup kept, null/undefined/false dropped. */
export function join(children: readonly MarkupChild[]): Markup {
  return markup(
    children
      .map((child) =>
        child === null || child === undefined || child === false
          ? ""
          : typeof child === "string"
            ? escapeHtml(child)
            : child.html,
      )
      .join(""),
  );
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** Elements without content or end tag. */
const VOID = new Set(["br", "col", "hr", "img", "meta", "wbr"]);

/**
 * An element: `<name attr="value">children</name>` (`<br>`, `<meta …>`: no end tag). Attribute values and string children are escaped; names are
 * checked (they are the code's, never a file's). `true` writes a bare attribute, false/undefined leaves it out.
 */
export function tag(
  name: string,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  children: readonly MarkupChild[] = [],
): Markup {
  if (!NAME.test(name)) throw new Error(`not an element name: ${name}`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => {
      if (!NAME.test(key)) throw new Error(`not an attribute name: ${key}`);
      return value === true ? ` ${key}` : ` ${key}="${escapeHtml(String(value))}"`;
    })
    .join("");
  if (VOID.has(name)) {
    if (children.length > 0) throw new Error(`<${name}> takes no children`);
    return markup(`<${name}${attrs}>`);
  }
  return markup(`<${name}${attrs}>${join(children).html}</${name}>`);
}

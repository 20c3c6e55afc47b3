// HTML as strings, with every text escaped exactly once: a value typed in a caterer's grid (a company name holding
// "<script>") can never become markup. `Html` is markup already safe; a plain string is text and is escaped where
// it is placed. Shared by the reports of the facilitator's desk and of the bid comparison.

/** Markup known to be safe: built by `element`, or trusted text of the product itself (`trustedHtml`). */
export class Html {
  private constructor(readonly html: string) {}

  /** For the product's own constant markup (a style sheet, a script); never for data. */
  static trusted(html: string): Html {
    return new Html(html);
  }
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];

export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

export const trustedHtml = (html: string): Html => Html.trusted(html);

/** Children as markup: strings and numbers escaped, nested lists flattened, null/undefined/false dropped. */
export function fragment(children: readonly Child[]): Html {
  let html = "";
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (child instanceof Html) html += child.html;
    else if (Array.isArray(child)) html += fragment(child).html;
    else html += escapeHtml(String(child));
  }
  return Html.trusted(html);
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link", "col", "wbr"]);
/** Tag and attribute names are the code's own; SVG's are camel-cased (viewBox). */
const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

function attributeText(attributes: Attributes): string {
  let text = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (!NAME.test(name)) throw new Error(`bad attribute name ${name}`);
    if (value === null || value === undefined || value === false) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return text;
}

/** `<tag attributes>children</tag>`; tag and attribute names are the code's own (checked), values escaped. */
export function element(tag: string, attributes: Attributes = {}, children: readonly Child[] = []): Html {
  if (!NAME.test(tag)) throw new Error(`bad tag name ${tag}`);
  const open = `<${tag}${attributeText(attributes)}>`;
  if (VOID.has(tag)) return Html.trusted(open);
  return Html.trusted(`${open}${fragment(children).html}</${tag}>`);
}

export interface DocumentOptions {
  readonly lang: string;
  readonly title: string;
  /** The page's own style sheet, inline: a report is one file with no external resource. */
  readonly style: string;
  readonly body: readonly Child[];
  /** An inline script that only enhances (filters): the page reads the same without it. */
  readonly script?: string;
}

/**
 * A complete, self-contained HTML document: inline style, inline script, a Content-Security-Policy that forbids
 * every request (no image, font, frame or connection can be fetched, even if a text slipped through as markup).
 */
export function htmlDocument(options: DocumentOptions): string {
  const csp =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const head = fragment([
    trustedHtml('<meta charset="utf-8">'),
    element("meta", { "http-equiv": "Content-Security-Policy", content: csp }),
    element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    element("title", {}, [options.title]),
    element("style", {}, [trustedHtml(options.style)]),
  ]);
  const script = options.script ? element("script", {}, [trustedHtml(options.script)]) : "";
  const body = fragment(options.body);
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(options.lang)}"><head>${head.html}</head><body>${body.html}${
    script instanceof Html ? script.html : ""
  }</body></html>\n`;
}

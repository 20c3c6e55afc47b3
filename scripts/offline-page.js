// The offline page as ONE file: its bundle, its styles and its icon inlined into the HTML, under a
// Content-Security-Policy that allows nothing but that one script and that one style sheet (by their SHA-256, computed
// here at build time), images from data: URLs, and no connection, form or base URL at all.
//
// Why our own few lines rather than plugins: html-inline-script-webpack-plugin (MIT, no dependencies) inlines the
// script only; the styles would need html-inline-css-webpack-plugin with mini-css-extract-plugin and css-loader, and
// the hashes csp-html-webpack-plugin (cheerio, lodash; last release 2021). Four packages for what HtmlWebpackPlugin's
// `templateParameters` and one asset hook do below, with every byte of the page visible in src/web/page.html.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** Where the page lands in the build's output folder (dist/ or the release's host folder). */
const PAGE_FILE = "web/grille-commune-traiteur.html";

/** `'sha256-…'`: a CSP source that allows exactly this inline text. */
function cspHash(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The page's policy: only the inlined script and style, data: images; nothing may be fetched, posted or based. */
function contentSecurityPolicy({ script, style }) {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    "img-src data:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/**
 * The bundle as the text of an inline <script>: without its source-map comment (the page loads nothing, not even a
 * map for the developer tools). Text that would end the element or switch the HTML parser into its escaped state
 * cannot be inlined safely: the build stops and says so rather than ship a page that breaks on some browser.
 */
function inlineScript(source) {
  const text = source.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, "");
  const unsafe = /<\/script|<!--/i.exec(text);
  if (unsafe)
    throw new Error(`offline page: the bundle holds "${unsafe[0]}", which cannot sit in an inline script`);
  return text;
}

/**
 * Style sheets concatenated, line endings as the HTML parser will see them (its hash must match); the task pane inlines
 * its own the same way.
 */
function inlineStyle(files) {
  const text = files.map((file) => fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n")).join("\n");
  if (/<\/style/i.test(text))
    throw new Error("a style sheet holds </style, which cannot sit in an inline <style>");
  return text;
}

function dataUrl(file, type) {
  return `data:${type};base64,${fs.readFileSync(file).toString("base64")}`;
}

/** Stands in the page's policy until the page is final; InlinedPage puts the policy in its place. */
const CSP_PLACEHOLDER = "content-security-policy-of-the-final-page";

/**
 * What src/web/page.html needs, for HtmlWebpackPlugin's `templateParameters`: the page's script (the entry's
 * minified bundle, read from the compilation), style and icon.
 */
function pageParameters({ bundle, styles, icon }) {
  return (compilation) => {
    for (const file of [...styles, icon]) compilation.fileDependencies.add(file);
    const asset = compilation.getAsset(bundle);
    if (!asset) throw new Error(`offline page: ${bundle} is not in the compilation`);
    const script = inlineScript(asset.source.source().toString());
    return {
      page: { script, style: inlineStyle(styles), icon: dataUrl(icon, "image/png"), csp: CSP_PLACEHOLDER },
    };
  };
}

/** The text of every inline element `tag` of `html` (none of them holds its own end tag: see inlineScript). */
function inlineTexts(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((match) => match[1]);
}

/**
 * The page made final, once every minifier has run over it: the policy computed from the script and the style as
 * they are in the file (so their hashes match what the browser reads), then the bundle, now inlined, dropped.
 */
class InlinedPage {
  constructor({ page, bundle }) {
    this.page = page;
    this.bundle = bundle;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlinedPage", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After HtmlWebpackPlugin (OPTIMIZE_INLINE) and the minifiers that run on what it adds.
        { name: "InlinedPage", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => this.finish(compilation, sources),
      );
    });
  }

  finish(compilation, sources) {
    const asset = compilation.getAsset(this.page);
    if (!asset) return;
    const html = asset.source.source().toString();
    const [script, ...moreScripts] = inlineTexts(html, "script");
    const [style, ...moreStyles] = inlineTexts(html, "style");
    if (script === undefined || style === undefined || moreScripts.length + moreStyles.length > 0)
      throw new Error("offline page: the page must hold exactly one inline script and one inline style");
    // The attribute quoted again whatever a minifier did to it: the policy holds spaces and single quotes.
    const placeholder = new RegExp(`content=(["']?)${CSP_PLACEHOLDER}\\1`);
    if (!placeholder.test(html)) throw new Error("offline page: no policy placeholder in the page");
    const policy = contentSecurityPolicy({ script, style });
    compilation.updateAsset(
      this.page,
      new sources.RawSource(html.replace(placeholder, `content="${policy}"`)),
    );
    for (const name of [this.bundle, `${this.bundle}.map`])
      if (compilation.getAsset(name)) compilation.deleteAsset(name);
  }
}

module.exports = {
  PAGE_FILE,
  cspHash,
  contentSecurityPolicy,
  inlineScript,
  inlineStyle,
  pageParameters,
  inlineTexts,
  InlinedPage,
  pagePath: (outputDir) => path.join(outputDir, PAGE_FILE),
};

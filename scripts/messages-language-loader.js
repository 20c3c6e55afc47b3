// A webpack loader for src/i18n/languages/<lang>.ts: the module becomes that language's texts and nothing else, so
// the task pane's chunk of one language carries no text of the other. The catalog (src/i18n/catalog.ts and every
// module of src/i18n/messages/) is compiled and run at build time by webpack itself (`this.importModule`, with the
// same rules as the bundle), then merged for the one language exactly as src/i18n/language.ts does at run time; the
// message modules are read as they are, and webpack rebuilds the chunk when one of them changes. Types are not its
// business: `npm run typecheck` checks src/i18n/languages/<lang>.ts, which derives from the full catalog.
const path = require("node:path");

const CATALOG = path.resolve(__dirname, "..", "src", "i18n", "catalog.ts");

/** The texts of `lang` from the catalog's modules, merged (keys are unique across modules: test/unit/i18n.test.ts). */
function languageTexts(modules, lang) {
  const texts = {};
  for (const [domain, module] of Object.entries(modules)) {
    if (!module || typeof module[lang] !== "object") throw new Error(`${domain}: no "${lang}" messages`);
    Object.assign(texts, module[lang]);
  }
  return texts;
}

module.exports = function messagesLanguageLoader() {
  const done = this.async();
  const lang = path.basename(this.resourcePath, path.extname(this.resourcePath));
  this.importModule(CATALOG).then(
    ({ MODULES }) => {
      const texts = languageTexts(MODULES, lang);
      // JSON.parse of a string is read faster than an object literal this size (one pass, no code to compile).
      const json = JSON.stringify(JSON.stringify(texts));
      done(
        null,
        `// The "${lang}" texts of src/i18n/catalog.ts.\nexport const messages = JSON.parse(${json});\n`,
      );
    },
    (error) => done(error),
  );
};

// A webpack loader for the modules whose exports are data computed from other modules: a language's texts merged from
// the catalog (src/i18n/languages/<lang>.ts), the texts of the task pane's first screen picked from it
// (src/taskpane/firstScreenTexts.ts). The module is run at build time by webpack itself (`this.importModule`, with the
// same rules; the query tells webpack.config.js to compile it as written rather than through this loader) and
// replaced by its exports as data, so the bundle carries the texts and neither the code nor the modules they were
// computed from. Webpack rebuilds it when one of those modules changes. Types are not its business: `npm run
// typecheck` checks the module as written, which is what runs everywhere else (jest, the command line).
const path = require("node:path");

/** The query under which such a module is compiled as written, to be run (see webpack.config.js). */
const AS_WRITTEN = "as-written";

/** The module's exports as code that declares them, each parsed from JSON (read faster than a literal this size). */
function dataModule(name, exports) {
  const names = Object.keys(exports);
  if (names.length === 0) throw new Error(`${name}: no exports to compute at build time`);
  const lines = names.map(
    (key) => `export const ${key} = JSON.parse(${JSON.stringify(JSON.stringify(exports[key]))});`,
  );
  return `// The exports of ${name}, computed at build time.\n${lines.join("\n")}\n`;
}

module.exports = function buildTimeDataLoader() {
  const done = this.async();
  const name = path.relative(this.rootContext, this.resourcePath).split(path.sep).join("/");
  this.importModule(`${this.resourcePath}?${AS_WRITTEN}`)
    .then((exports) => dataModule(name, exports))
    .then(
      (code) => done(null, code),
      (error) => done(error),
    );
};

module.exports.AS_WRITTEN = AS_WRITTEN;

// The Excel functions' metadata in French and English. custom-functions-metadata-plugin writes functions.json from
// the functions' JSDoc, one name per function, in English; Office picks a metadata file per display language from the
// manifest (<bt:Url> with an <bt:Override Locale="en-US">). This plugin, run after it in the same build:
//   - checks that every English text of the JSDoc is the catalog's (src/i18n/messages/functions.ts), so the catalog
//     stays the one source of the texts a user reads;
//   - emits that English metadata as functions-en.json, unchanged;
//   - rewrites functions.json (the manifest's default, fr-FR) with the catalog's French names and descriptions.
// Ids, types, dimensions and options are never touched: both files describe the same functions.
const fs = require("node:fs");
const path = require("node:path");

const NAME = "FunctionsLocalePlugin";
const MESSAGES = path.resolve(__dirname, "..", "src", "i18n", "messages", "functions.ts");

/** A TypeScript module of the catalog, transpiled in memory (its imports are relative .ts files or packages). */
function loadTs(file) {
  const ts = require("typescript");
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const localRequire = (specifier) =>
    specifier.startsWith(".")
      ? loadTs(path.resolve(path.dirname(file), `${specifier}.ts`))
      : require(specifier);
  const module = { exports: {} };
  new Function("require", "module", "exports", outputText)(localRequire, module, module.exports);
  return module.exports;
}

/** The texts of the metadata in one language: [path in the metadata, catalog key, text]. */
function textsOf(metadata, messages) {
  const texts = [];
  const add = (where, key) => texts.push({ where, key, text: messages[key] });
  for (const fn of metadata.functions) {
    add(`${fn.id}.name`, `functions.meta.${fn.id}.name`);
    add(`${fn.id}.description`, `functions.meta.${fn.id}.description`);
    for (const [index, parameter] of fn.parameters.entries()) {
      add(`${fn.id}.parameters[${index}].name`, `functions.param.${parameter.name}.name`);
      add(`${fn.id}.parameters[${index}].description`, `functions.param.${parameter.name}.description`);
    }
  }
  return texts;
}

/** The metadata with every name and description from `messages`; throws on a key the catalog lacks. */
function localized(metadata, messages) {
  const copy = JSON.parse(JSON.stringify(metadata));
  for (const fn of copy.functions) {
    const own = (key) => {
      if (messages[key] === undefined) throw new Error(`${MESSAGES} has no "${key}"`);
      return messages[key];
    };
    for (const parameter of fn.parameters) {
      const key = `functions.param.${parameter.name}`;
      parameter.description = own(`${key}.description`);
      parameter.name = own(`${key}.name`);
    }
    fn.name = own(`functions.meta.${fn.id}.name`);
    fn.description = own(`functions.meta.${fn.id}.description`);
  }
  return copy;
}

/** Where the JSDoc's English differs from the catalog's English, one line each. */
function englishMismatches(metadata, english) {
  const generated = new Map();
  for (const fn of metadata.functions) {
    generated.set(`${fn.id}.name`, fn.name);
    generated.set(`${fn.id}.description`, fn.description);
    for (const [index, parameter] of fn.parameters.entries()) {
      generated.set(`${fn.id}.parameters[${index}].name`, parameter.name);
      generated.set(`${fn.id}.parameters[${index}].description`, parameter.description);
    }
  }
  return textsOf(metadata, english)
    .filter(({ where, text }) => generated.get(where) !== text)
    .map(({ where, key, text }) => `${where}: JSDoc "${generated.get(where)}" ≠ ${key} "${text}"`);
}

class FunctionsLocalePlugin {
  constructor({ metadata = "functions.json", english = "functions-en.json" } = {}) {
    this.metadata = metadata;
    this.english = english;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(MESSAGES);
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONS;
      compilation.hooks.processAssets.tap({ name: NAME, stage }, () => {
        const asset = compilation.getAsset(this.metadata);
        // No asset: the metadata plugin failed and has said why.
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        const { functions } = loadTs(MESSAGES);
        const mismatches = englishMismatches(metadata, functions.en);
        if (mismatches.length > 0) {
          compilation.errors.push(
            new WebpackError(`${NAME}: JSDoc and catalog differ\n${mismatches.join("\n")}`),
          );
          return;
        }
        const json = (value) => new sources.RawSource(`${JSON.stringify(value, null, 2)}\n`);
        compilation.emitAsset(this.english, json(metadata));
        compilation.updateAsset(this.metadata, json(localized(metadata, functions.fr)));
      });
    });
  }
}

module.exports = { FunctionsLocalePlugin, localized, englishMismatches };

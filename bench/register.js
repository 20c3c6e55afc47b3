// Lets Node run the bench's TypeScript directly: each .ts file is transpiled on require (types stripped, no type
// check; `npm run typecheck` checks bench/ with the rest). No build folder, so __dirname stays where the file is.
const fs = require("node:fs");
const ts = require("typescript");

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
};

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: filename,
  });
  module._compile(outputText, filename);
};

// Both languages' texts, as the command line registers them (src/i18n/registry.ts): the bench runs the product's code
// without going through one of its entries.
require("../src/i18n/eager.ts");

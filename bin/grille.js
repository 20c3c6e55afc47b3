#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is TypeScript compiled to lib/ and bundled into lib/grille.js (webpack.cli.js) by `npm ci`
// (the prepare script) or `npm run build:cli`.
let cli;
try {
  cli = require("../lib/grille.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/grille.js")) {
    process.stderr.write(
      "grille: not built yet. Run `npm ci` (or `npm run build:cli`) in the project folder.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv);

#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is TypeScript compiled to lib/ by `npm ci` (the prepare script) or `npm run build:cli`.
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main")) {
    process.stderr.write(
      "grille: not built yet. Run `npm ci` (or `npm run build:cli`) in the project folder.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv);

// The command line as users run it: one file, lib/grille.js, bundled from the modules `tsc -p tsconfig.cli.json`
// compiles into lib/ (so nothing is transpiled twice), with its npm packages inside. Measured on `grille fill`
// (2 000 lines): resolving and reading some 160 modules one by one cost ≈ 100 ms of CPU at every run; one file costs a
// fraction of it. Modules still run only when first required, so a command's code runs only when that command does.
// Not minified: a stack trace a user sends us keeps its names.
// `--env lib=<folder>` bundles modules compiled elsewhere (the release compiles its own, scripts/release.js).
const path = require("node:path");

module.exports = (env = {}) => {
  const lib = env.lib ? path.resolve(env.lib) : path.resolve(__dirname, "lib");
  return {
    name: "cli",
    mode: "production",
    target: "node20",
    entry: path.join(lib, "cli", "main.js"),
    output: {
      path: lib,
      filename: "grille.js",
      library: { type: "commonjs2" },
      // Only lib/grille.js is written: lib/ also holds tsc's modules, which the tests and the bench read.
      clean: false,
    },
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    devtool: false,
    performance: { hints: false },
    // The project's packages, wherever the compiled modules are.
    resolve: { modules: [path.resolve(__dirname, "node_modules"), "node_modules"] },
  };
};

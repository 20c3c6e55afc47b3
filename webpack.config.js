// Builds the add-in's pages into dist/: taskpane.html (the pane), commands.html (the ribbon's functions) and the
// Excel functions (functions.js, functions.html, their metadata), with assets/, the help page and manifest.xml
// copied next to them. `webpack serve` adds the https dev server Office needs on port 3000; a plain build never
// touches certificates. A second configuration, at the end of this file, builds the offline page
// (dist/web/grille-commune-traiteur.html), one file with everything inlined.
//
// For a host: `npm run build -- --env url=https://example.org/grille/` (or GRILLE_URL=… npm run build) writes a
// manifest whose every URL is on that base; without it the manifest stays on the development server.
const path = require("node:path");
const { NormalModuleReplacementPlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsLocalePlugin } = require("./scripts/functions-locale");
const { ADDIN_CSP } = require("./scripts/content-security-policy");
const { AS_WRITTEN } = require("./scripts/build-time-data-loader");
const { manifestFor, resolveBaseUrl } = require("./scripts/host-url");
const { InlinedPage, PAGE_FILE, inlineStyle, pageParameters } = require("./scripts/offline-page");
const { version } = require("./package.json");

const DEV_SERVER_PORT = 3000;

async function httpsOptions() {
  // Required lazily: only the dev server needs certificates (installed on first use by office-addin-dev-certs).
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

/**
 * The Excel functions (=GRILLE.PRIX…): their entry, their page, and their metadata, generated from the entry's JSDoc
 * by Microsoft's plugin (which also adds each CustomFunctions.associate call) as functions.json, then given its French
 * texts, with the English kept as functions-en.json (scripts/functions-locale.js). Kept apart from the pane's entry:
 * the pane's bundle does not carry the functions, nor the functions the pane.
 */
const FUNCTIONS_ENTRY = path.resolve(__dirname, "src/functions/functions.ts");

function excelFunctions() {
  return {
    entry: { functions: FUNCTIONS_ENTRY },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new FunctionsLocalePlugin({ metadata: "functions.json", english: "functions-en.json" }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        csp: ADDIN_CSP,
      }),
    ],
  };
}

/** src/xlsx/: the file door, whose zip codec is Node's zlib (zip-codec.ts) on Node. */
const XLSX_DIR = path.resolve(__dirname, "src/xlsx");

/** In the browser the file door compresses with fflate (src/xlsx/zip-codec.browser.ts) in place of Node's zlib. */
function browserZipCodec() {
  return new NormalModuleReplacementPlugin(/^\.\/zip-codec$/, (resource) => {
    if (resource.context === XLSX_DIR) resource.request = "./zip-codec.browser";
  });
}

/**
 * Modules whose exports are data computed at build time (scripts/build-time-data-loader.js): src/i18n/languages/, one
 * module per language, each the task pane's chunk of that language's texts; the texts of the pane's first screen,
 * which its entry carries in both languages.
 */
const BUILD_TIME_DATA = [
  path.resolve(__dirname, "src/i18n/languages"),
  path.resolve(__dirname, "src/taskpane/firstScreenTexts.ts"),
];
/** src/i18n/eager.ts: registers both languages when imported (the Excel functions' first import). */
const EAGER_TEXTS = path.resolve(__dirname, "src/i18n/eager.ts");

/**
 * TypeScript with its types stripped (type checking is `npm run typecheck`), as ES modules so that webpack splits the
 * pane at each `import()` (CommonJS would turn them into require calls) and drops unused exports; a module of data
 * computed at build time replaced by its value (compiled as written only when the loader runs it, under its query).
 */
function addInRules() {
  const typeScript = {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020" } },
  };
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      oneOf: [
        {
          include: BUILD_TIME_DATA,
          resourceQuery: { not: [new RegExp(AS_WRITTEN)] },
          use: path.resolve(__dirname, "scripts/build-time-data-loader.js"),
        },
        { use: typeScript },
      ],
    },
    // Our modules only declare (their imports run nothing that matters): webpack may leave out a module, or a
    // module's import, whose exports nothing uses, so a screen does not drag in the whole of a door through its
    // index. The one module imported for what it does, registering both languages' texts, is said so.
    { test: /\.ts$/, include: path.resolve(__dirname, "src"), exclude: EAGER_TEXTS, sideEffects: false },
  ];
}

/** The task pane's style sheets, inlined into taskpane.html (the policy's style-src has 'unsafe-inline' for office.js). */
const PANE_STYLES = ["src/ui/ui.css", "src/taskpane/taskpane.css"].map((file) =>
  path.resolve(__dirname, file),
);

/**
 * HtmlWebpackPlugin's usual template parameters, and `paneStyle`: the style sheets' text, read at each build (the dev
 * server watches them).
 */
function withInlinedStyles(styles) {
  return (compilation, files, tags, options) => {
    for (const file of styles) compilation.fileDependencies.add(file);
    return {
      compilation,
      webpackConfig: compilation.options,
      htmlWebpackPlugin: { tags, files, options },
      paneStyle: inlineStyle(styles),
    };
  };
}

async function addInConfig(env, argv) {
  const isServe = Boolean(env && env.WEBPACK_SERVE);
  const isProduction = argv.mode === "production";
  const baseUrl = resolveBaseUrl(env);
  const functions = excelFunctions();
  return {
    name: "add-in",
    // No eval-based source maps, even in development: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: isProduction ? "source-map" : "inline-source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      ...functions.entry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The chunks the pane loads when first needed (a screen, a language), beside the pages on the same origin (the
      // policy's script-src 'self'); named by content, so a page kept from an older version never runs a newer chunk.
      chunkFilename: "[name].[contenthash:8].js",
      // web/ is the offline page's, written by its own configuration below.
      clean: { keep: /^web[\\/]/ },
      // Rewrite every file on each build: the browser tests tell a stale dist/ by its files' dates.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: addInRules() },
    plugins: [
      browserZipCodec(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template places the entry's <script defer> itself, before office.js, and the styles (it says why).
        inject: false,
        templateParameters: withInlinedStyles(PANE_STYLES),
        csp: ADDIN_CSP,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp: ADDIN_CSP,
      }),
      ...functions.plugins,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/aide.html", to: "aide.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              manifestFor(content.toString("utf8"), { baseUrl, packageVersion: version }),
          },
        ],
      }),
    ],
    // The pane's entry holds its first screens only (test/browser/dist.test.ts holds it to the budget); the
    // largest asset is the Excel functions' bundle, which carries the core and both languages.
    performance: {
      hints: isProduction ? "warning" : false,
      maxAssetSize: 400 * 1024,
      maxEntrypointSize: 400 * 1024,
    },
    devServer: isServe
      ? {
          port: DEV_SERVER_PORT,
          headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": ADDIN_CSP },
          server: { type: "https", options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
}

// ---- The offline page (src/web): one self-contained HTML file, no request of any kind once open. ----------------
// Its own configuration, so it can be built alone (`npm run build:web`), carries no source map and is one bundle
// whatever the pane does with lazy loading. scripts/offline-page.js inlines the bundle, the styles and the icon and
// writes the Content-Security-Policy with their hashes.
const PAGE_BUNDLE = "web/page.js";

function offlinePageConfig(argv) {
  return {
    name: "web",
    mode: argv.mode,
    devtool: false,
    entry: { page: "./src/web/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: PAGE_BUNDLE,
      // The add-in's configuration cleans dist/ but web/; the page overwrites its one file.
      clean: false,
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    plugins: [
      browserZipCodec(),
      new HtmlWebpackPlugin({
        filename: PAGE_FILE,
        template: "./src/web/page.html",
        inject: false,
        templateParameters: pageParameters({
          bundle: PAGE_BUNDLE,
          styles: ["src/ui/ui.css", "src/web/web.css"].map((file) => path.resolve(__dirname, file)),
          icon: path.resolve(__dirname, "assets/icon-32.png"),
        }),
      }),
      new InlinedPage({ page: PAGE_FILE, bundle: PAGE_BUNDLE }),
    ],
    // The page carries what the pane carries (core, xlsx door with fflate, both languages) and its own screens;
    // test/browser/offline-page-build.test.ts caps it at 600 KB.
    performance: {
      hints: argv.mode === "production" ? "warning" : false,
      maxAssetSize: 600 * 1024,
      maxEntrypointSize: 600 * 1024,
    },
  };
}

module.exports = async (env, argv) => {
  const addIn = await addInConfig(env, argv);
  // The dev server serves the add-in only: the page is opened from its file.
  if (env && env.WEBPACK_SERVE) return addIn;
  return [addIn, offlinePageConfig(argv)];
};

// Builds the add-in's two pages into dist/: taskpane.html (the pane) and commands.html (the ribbon's functions),
// with assets/, the help page and manifest.xml copied next to them. `webpack serve` adds the https dev server Office
// needs on port 3000; a plain build never touches certificates.
//
// For a host: `npm run build -- --env url=https://example.org/grille/` (or GRILLE_URL=… npm run build) writes a
// manifest whose every URL is on that base; without it the manifest stays on the development server.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ADDIN_CSP } = require("./scripts/content-security-policy");
const { manifestFor, resolveBaseUrl } = require("./scripts/host-url");
const { version } = require("./package.json");

const DEV_SERVER_PORT = 3000;

async function httpsOptions() {
  // Required lazily: only the dev server needs certificates (installed on first use by office-addin-dev-certs).
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const isServe = Boolean(env && env.WEBPACK_SERVE);
  const isProduction = argv.mode === "production";
  const baseUrl = resolveBaseUrl(env);
  return {
    // No eval-based source maps, even in development: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: isProduction ? "source-map" : "inline-source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Rewrite every file on each build: the browser tests tell a stale dist/ by its files' dates.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only strips types.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp: ADDIN_CSP,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp: ADDIN_CSP,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/ui/ui.css", to: "ui.css" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
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
    // The pane carries the core, the xlsx door (jszip) and both languages' messages; test/browser/dist.test.ts caps
    // it at 400 KB, so webpack warns at that same figure rather than at its generic 244 KB.
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
};

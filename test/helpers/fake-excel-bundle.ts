import { readFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { REPO_ROOT } from "./browser";

// The strict fake of Excel (test/fakes/excel, no Node imports) bundled for the browser, so the built task pane can
// run its flows against it in headless Chromium. Built once per test file, into test-output/.

export const FAKE_EXCEL_BUNDLE = path.join(REPO_ROOT, "test-output", "fake-excel.js");

/** Builds test/browser/fake-excel-page.ts into one script and returns its text (for `initScripts`). */
export async function buildFakeExcelBundle(): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: REPO_ROOT,
    entry: "./test/browser/fake-excel-page.ts",
    output: { path: path.dirname(FAKE_EXCEL_BUNDLE), filename: path.basename(FAKE_EXCEL_BUNDLE) },
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
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  return readFileSync(FAKE_EXCEL_BUNDLE, "utf8");
}

#!/usr/bin/env node
// `npm run start:web -- --document <workbook URL>`: sideloads the add-in into Excel on the web. Excel on the web
// needs a workbook to open the add-in in, so without --document this says how to get one instead of letting
// office-addin-debugging fail further down.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const USAGE = `Usage: npm run start:web -- --document <URL of a workbook in Excel on the web>

  1. Open or create a workbook on OneDrive or SharePoint (https://www.office.com), in Excel on the web.
  2. Copy its address from the browser's address bar (or File > Share > Copy link).
  3. npm run start:web -- --document "https://…"

It starts the https dev server on port 3000 (npm run dev-server) and opens the workbook with the add-in
sideloaded. Stop with: npm run stop`;

const args = process.argv.slice(2);
const documentIndex = args.indexOf("--document");
const hasDocument = documentIndex >= 0 && /^https:\/\//.test(args[documentIndex + 1] ?? "");
if (!hasDocument || args.includes("--help")) {
  console.error(USAGE);
  process.exit(args.includes("--help") ? 0 : 2);
}

const cli = path.join(path.dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
const result = spawnSync(process.execPath, [cli, "start", "manifest.xml", "web", ...args], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);

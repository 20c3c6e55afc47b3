import { readFileSync } from "node:fs";
import path from "node:path";
import { OFFICE_JS_CDN, REPO_ROOT, requireDist } from "../helpers/browser";

// `npm run build` makes an add-in Office can load: both pages with office.js from Microsoft's CDN and their bundle,
// the manifest and every icon.

const dist = requireDist();
const read = (file: string): string => readFileSync(path.join(dist, file), "utf8");

test.each(["taskpane", "commands"])("%s.html loads office.js from the CDN, then its own bundle", (page) => {
  const html = read(`${page}.html`);
  const officeJs = html.indexOf(`src=${OFFICE_JS_CDN}office.js`);
  const bundle = html.indexOf(`src=${page}.js`);
  expect(officeJs).toBeGreaterThan(-1);
  expect(bundle).toBeGreaterThan(officeJs);
  expect(read(`${page}.js`).length).toBeGreaterThan(0);
});

test("the manifest is copied as is, with the icons and the pane's stylesheets", () => {
  expect(read("manifest.xml")).toBe(readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"));
  for (const size of [16, 32, 64, 80, 128]) {
    const icon = `assets/icon-${size}.png`;
    expect(readFileSync(path.join(dist, icon))).toEqual(readFileSync(path.join(REPO_ROOT, icon)));
  }
  expect(read("taskpane.css").length).toBeGreaterThan(0);
  expect(read("ui.css").length).toBeGreaterThan(0);
});

test("the task pane bundle stays small (no UI framework)", () => {
  // The pane carries the pure core (catalogue, pricing, template plan and reader, ~120 KB with their fr/en
  // messages) and the xlsx door with jszip (~100 KB minified) to read and write .xlsx files in the pane. 400 KB
  // leaves room for the buyer's flows; a UI framework or a second zip library would not fit.
  expect(read("taskpane.js").length).toBeLessThan(400 * 1024);
});

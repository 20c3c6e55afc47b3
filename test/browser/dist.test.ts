import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  OFFICE_JS_CDN,
  REPO_ROOT,
  requireDist,
  startBrowserSession,
  waitForView,
  type BrowserSession,
} from "../helpers/browser";

// `npm run build` makes an add-in Office can load: both pages with office.js from Microsoft's CDN and their bundle,
// the manifest and every icon; the pane's entry holds its first screens, the rest comes in chunks when first needed.

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

// The budget: what a fresh pane loads before its first screen (the role chooser) is usable, office.js aside.
const FIRST_SCREEN_GZIP_BUDGET = 60 * 1024;
// Every script of the pane, all screens and both languages: room for the flows to come, not for a UI framework or a
// second zip library.
const PANE_TOTAL_BUDGET = 1000 * 1024;
const gzipped = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

describe("the task pane opens light", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  test.each([
    ["fr-FR", "Une grille de prix standard pour les traiteurs", "One standard price grid for caterers"],
    ["en-US", "One standard price grid for caterers", "Une grille de prix standard pour les traiteurs"],
  ])(
    "in %s, at most 60 KB gzipped before the role chooser: its language's texts only, no file door",
    async (locale, ownTagline, otherTagline) => {
      const opened = await session.open({
        page: "taskpane.html",
        locale,
        fakeHost: { host: "Excel", requirementSets: { ExcelApi: "1.17" }, displayLanguage: locale },
      });
      try {
        await waitForView(opened.page, "roles");
        const scripts = await opened.scriptsLoaded();
        const names = scripts.map((script) => new URL(script.url).pathname.slice(1));
        expect(names[0]).toBe("taskpane.js");
        const text = scripts.map((script) => script.body.toString("utf8")).join("\n");
        // The language's chunk came (the banner speaks it), the other did not; jszip waits for a screen with files.
        expect(await opened.page.locator("#product-tagline").innerText()).toContain(ownTagline);
        expect(text).not.toContain(otherTagline);
        expect(text).not.toMatch(/JSZip/);
        const total = scripts.reduce((sum, script) => sum + gzipped(script.body), 0);
        expect(total).toBeLessThanOrEqual(FIRST_SCREEN_GZIP_BUDGET);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );
});

test("the pane's chunks sit beside taskpane.js, and all of them together stay under a cap", () => {
  const chunks = readdirSync(dist).filter((file) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(file));
  // The languages and the heavier screens at least (webpack names shared chunks by number).
  expect(chunks).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^messages-fr\./),
      expect.stringMatching(/^messages-en\./),
    ]),
  );
  expect(chunks.filter((file) => /^(compare|collect|tender|schedule)\./.test(file))).toHaveLength(4);
  const total = ["taskpane.js", ...chunks].reduce(
    (sum, file) => sum + statSync(path.join(dist, file)).size,
    0,
  );
  expect(total).toBeLessThan(PANE_TOTAL_BUDGET);
  // The entry alone is a small part of it: the screens and the languages are elsewhere.
  expect(statSync(path.join(dist, "taskpane.js")).size).toBeLessThan(100 * 1024);
});

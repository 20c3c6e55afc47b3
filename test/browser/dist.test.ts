import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { t } from "../../src/i18n";
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

/**
 * Texts that stand only in the file door's packages, as built: fflate's inflater (the browser's zip codec) and saxes
 * (the XML parser). Each must be somewhere in dist/ (else the check below would pass for nothing).
 */
const FILE_DOOR_MARKERS = ["invalid block type", "text data outside of root node"];

/** Every script of dist/, as text. */
function builtScripts(): string[] {
  return readdirSync(dist)
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(path.join(dist, file), "utf8"));
}
const read = (file: string): string => readFileSync(path.join(dist, file), "utf8");

test.each(["taskpane", "commands"])(
  "%s.html loads office.js from the CDN in its head, then runs its bundle",
  (page) => {
    const html = read(`${page}.html`);
    const head = html.slice(0, html.indexOf("</head>"));
    // office.js a classic script of the head (it runs as it is parsed, before the body); our bundle deferred (it runs
    // once the page is parsed, so after office.js wherever the head names it: the pane names it first, to fetch it
    // sooner).
    expect(head).toContain(`<script src=${OFFICE_JS_CDN}office.js></script>`);
    expect(head).toContain(`<script defer src=${page}.js></script>`);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(read(`${page}.js`).length).toBeGreaterThan(0);
  },
);

test("the manifest is copied as is, with the icons; the pane's style sheets are inlined in its page", () => {
  expect(read("manifest.xml")).toBe(readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"));
  for (const size of [16, 32, 64, 80, 128]) {
    const icon = `assets/icon-${size}.png`;
    expect(readFileSync(path.join(dist, icon))).toEqual(readFileSync(path.join(REPO_ROOT, icon)));
  }
  // One <style> in the head with both sheets (ui.css's tokens, taskpane.css's banner), no sheet to fetch.
  const html = read("taskpane.html");
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]);
  expect(styles).toHaveLength(1);
  expect(styles[0]).toMatch(/--brand-bg:\s*#107c41/);
  expect(styles[0]).toMatch(/\.banner\s*\{/);
  expect(html).not.toMatch(/rel="?stylesheet/);
});

// The budget for what comes before the first screen (the role chooser), held to what a fresh pane fetches as
// it opens, office.js aside: its entry, which draws the role chooser, then the catalog of its language and the role
// screens, fetched once the role chooser is painted.
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
    ["fr-FR", "fr", "en"],
    ["en-US", "en", "fr"],
  ] as const)(
    "in %s, at most 60 KB gzipped as it opens: its language's catalog only, no file door",
    async (locale, own, other) => {
      const opened = await session.open({
        page: "taskpane.html",
        locale,
        fakeHost: { host: "Excel", requirementSets: { ExcelApi: "1.17" }, displayLanguage: locale },
      });
      try {
        await waitForView(opened.page, "roles");
        await opened.page.waitForLoadState("networkidle");
        const scripts = await opened.scriptsLoaded();
        const names = scripts.map((script) => new URL(script.url).pathname.slice(1));
        expect(names[0]).toBe("taskpane.js");
        expect(names.filter((name) => name.startsWith("messages-"))).toEqual([
          expect.stringMatching(new RegExp(`^messages-${own}\\.`)),
        ]);
        expect(names).toContainEqual(expect.stringMatching(/^role\.[0-9a-f]{8}\.js$/));
        const text = scripts.map((script) => script.body.toString("utf8")).join("\n");
        // The banner speaks the language; the entry carries the first screen's texts in both languages, but no
        // other text of the other one; the file door's inflater and XML parser wait for a screen with files.
        expect(await opened.page.locator("#product-tagline").innerText()).toBe(t(own, "product.tagline"));
        // The inlined styles apply.
        expect(
          await opened.page.locator(".banner").evaluate((banner) => getComputedStyle(banner).display),
        ).toBe("flex");
        // (A text of neither the first screen nor any quote or accent, found as written in the bundle.)
        expect(text).toContain(t(own, "taskpane.outside.heading"));
        expect(text).not.toContain(t(other, "taskpane.outside.heading"));
        for (const marker of FILE_DOOR_MARKERS) {
          expect(builtScripts().some((body) => body.includes(marker))).toBe(true);
          expect(text).not.toContain(marker);
        }
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

import { existsSync, mkdirSync, readFileSync, statSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Result } from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import type { FakeHost } from "../../src/taskpane/host";
import { requireTool } from "./tools";

// Headless Chromium against the built add-in (dist/), fully offline: the pages are served on 127.0.0.1, office.js
// comes from the npm copy in place of Microsoft's CDN, and every other request leaves no machine: it is aborted and
// recorded so a test can assert there were none. `npm test` builds dist/ before jest; so does `npm run build`.

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(REPO_ROOT, "dist");
export const SCREENSHOT_DIR = path.join(REPO_ROOT, "test-output", "screenshots");
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_NPM_DIR = path.join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// What the build is made from: dist/ older than any of these is stale.
// Everything the task pane bundle is built from: its own folders and the core and doors it imports.
const BUILD_INPUTS = [
  "src/taskpane",
  "src/commands",
  "src/functions",
  "src/usecases",
  "src/i18n",
  "src/ui",
  "src/core",
  "src/excel",
  "src/xlsx",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/functions-locale.js",
  "scripts/content-security-policy.js",
  "scripts/build-time-data-loader.js",
];

function newestFile(target: string): { file: string; mtimeMs: number } {
  const stats = statSync(target);
  if (!stats.isDirectory()) return { file: target, mtimeMs: stats.mtimeMs };
  return readdirSync(target)
    .map((name) => newestFile(path.join(target, name)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { file: target, mtimeMs: 0 });
}

/** dist/, checked: fails with what to run when the build is missing or older than its sources. */
export function requireDist(): string {
  const page = path.join(DIST_DIR, "taskpane.html");
  if (!existsSync(page)) throw new Error(`${page} is missing: run 'npm run build' before the browser tests.`);
  const built = statSync(page).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(path.join(REPO_ROOT, input));
    if (newest.mtimeMs > built) {
      throw new Error(
        `dist/ is older than ${path.relative(REPO_ROOT, newest.file)}: run 'npm run build' again.`,
      );
    }
  }
  return DIST_DIR;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".json": "application/json",
  ".map": "application/json",
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123/" */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** A static file server on 127.0.0.1 and a random port; it never serves outside `root`. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, path.normalize(urlPath === "/" ? "/taskpane.html" : urlPath));
    const inside = file.startsWith(root + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Missing, it throws with the package to install: the
 * test fails rather than skips (CI included). Playwright gives each launch a fresh temporary profile.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : requireTool("chromium"));
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/** What the page asked of the network. `blocked` lists every request that would have left the machine. */
export interface NetworkLog {
  readonly servedFromNpm: string[];
  /** Every request that would have left the machine, but office.js's own telemetry (below): must stay empty. */
  readonly blocked: string[];
  /**
   * office.js's own telemetry (Microsoft's Aria collector *.pipe.aria.microsoft.com, and the proxy frame of its
   * older logger on telemetryservice.firstpartyapps.oaspapps.com), which office.js sends by itself a few seconds
   * after loading, outside Office too. Not ours: kept apart so a test can say so precisely; refused by the pages'
   * Content-Security-Policy, and blocked like everything else should it get past.
   */
  readonly officeTelemetry: string[];
}

/**
 * Where office.js reports to: the Aria collector (dist/ariatelemetry, sent from the page by excel-web-16.00.js) and
 * the proxy frame of the logger of dist/o15apptofilemappingtable.js (the path office.js takes outside Office).
 */
const OFFICE_TELEMETRY =
  /^https:\/\/(([a-z]+\.)?pipe\.aria\.microsoft\.com|telemetryservice\.firstpartyapps\.oaspapps\.com)(\/|$)/;

export function isOfficeTelemetry(url: string): boolean {
  return OFFICE_TELEMETRY.test(url);
}

function isLocal(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:";
}

/** The npm copy of a CDN office.js file, or null when the CDN URL has no counterpart in the package. */
function officeJsFile(url: string): string | null {
  if (!url.startsWith(OFFICE_JS_CDN)) return null;
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length));
  const file = path.join(OFFICE_JS_NPM_DIR, path.normalize(relative));
  const inside = file.startsWith(OFFICE_JS_NPM_DIR + path.sep);
  return inside && existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Routes every request of `context`: 127.0.0.1 passes, the office.js CDN is answered from node_modules (unless
 * `officeJs` is "unreachable", to play an offline user), anything else is aborted and recorded in `blocked`.
 */
export async function isolateNetwork(
  context: BrowserContext,
  officeJs: "npm" | "unreachable" = "npm",
): Promise<NetworkLog> {
  const log: NetworkLog = { servedFromNpm: [], blocked: [], officeTelemetry: [] };
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (isLocal(new URL(url))) return route.continue();
    const file = officeJs === "npm" ? officeJsFile(url) : null;
    if (file) {
      log.servedFromNpm.push(url);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: readFileSync(file),
      });
    }
    (OFFICE_TELEMETRY.test(url) ? log.officeTelemetry : log.blocked).push(url);
    return route.abort("blockedbyclient");
  });
  return log;
}

export interface OpenOptions {
  /** The page of dist/ to open, with any query: "taskpane.html" (default), "taskpane.html?role=traiteur"… */
  readonly page?: string;
  /** The browser's language (navigator.language), e.g. "fr-FR" (default) or "en-US". */
  readonly locale?: string;
  /** Makes the pane believe it runs in a host (see src/taskpane/host.ts); plain data only. */
  readonly fakeHost?: FakeHost;
  /**
   * Scripts run in the page before its own, after `fakeHost` is set: e.g. code that builds a fake `Excel` namespace
   * and stores it in `window.__GRILLE_FAKE_HOST__.excel` (functions cannot be passed as plain data).
   */
  readonly initScripts?: readonly string[];
  /** "unreachable" plays a user whose network blocks Microsoft's CDN (office.js does not load at all). */
  readonly officeJs?: "npm" | "unreachable";
  /** Files of the add-in its server does not deliver (an add-in host gone offline after the page came). */
  readonly unreachable?: RegExp;
  /** Files of the add-in its server delivers only once `until` resolves (a slow host), to see the pane meanwhile. */
  readonly delayed?: { readonly files: RegExp; readonly until: Promise<void> };
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** A Content-Security-Policy violation the page reported (its `securitypolicyviolation` event). */
export interface CspViolation {
  /** The directive that refused it, e.g. "connect-src". */
  readonly directive: string;
  /** What was refused: a URL, or "inline" / "eval". */
  readonly blocked: string;
  /** The script that tried, when known. */
  readonly source: string;
}

/** A script the page loaded: its address and the bytes it was served (before any compression). */
export interface LoadedScript {
  readonly url: string;
  readonly body: Buffer;
}

export interface OpenedPage {
  readonly page: Page;
  readonly network: NetworkLog;
  /** Messages the page wrote to the console as errors, and uncaught exceptions. */
  readonly errors: string[];
  /** CSP violations so far, office.js's own refused telemetry aside (see `officeTelemetry`). */
  cspViolations(): Promise<CspViolation[]>;
  /** The add-in's own scripts the page has loaded so far (entry and chunks, in order; office.js's left out). */
  scriptsLoaded(): Promise<LoadedScript[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations__?: CspViolation[];
  }
}

/**
 * Collects the page's CSP violations from its first script on. Init scripts are handed to Chromium through the
 * DevTools protocol (Page.addScriptToEvaluateOnNewDocument), not as <script> elements, so the page's own policy
 * does not apply to them: the harness needs no `bypassCSP` and the pages are tested under their real policy.
 */
function recordCspViolations(): void {
  const seen: CspViolation[] = [];
  window.__cspViolations__ = seen;
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile });
  });
}

/** office.js's own telemetry, refused by the page's policy before it could leave (see OFFICE_TELEMETRY). */
function isOfficeTelemetryViolation(violation: CspViolation): boolean {
  return (
    ["connect-src", "frame-src"].includes(violation.directive) && OFFICE_TELEMETRY.test(violation.blocked)
  );
}

/** Opens a page of the served add-in in a fresh, network-isolated context (a task pane is ~350 px wide). */
export async function openPage(
  browser: Browser,
  server: StaticServer,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? "fr-FR",
    viewport: options.viewport ?? { width: 360, height: 640 },
    // The pages' own Content-Security-Policy applies in every test (the harness injects nothing it would refuse).
    bypassCSP: false,
  });
  const network = await isolateNetwork(context, options.officeJs);
  const unreachable = options.unreachable;
  if (unreachable) await context.route(unreachable, (route) => route.abort("connectionfailed"));
  const delayed = options.delayed;
  if (delayed) {
    await context.route(delayed.files, async (route) => {
      await delayed.until;
      await route.fallback();
    });
  }
  await context.addInitScript(recordCspViolations);
  if (options.fakeHost) {
    await context.addInitScript((fake: FakeHost) => {
      window.__GRILLE_FAKE_HOST__ = fake;
    }, options.fakeHost);
  }
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
  const page = await context.newPage();
  const scripts: Promise<LoadedScript | null>[] = [];
  page.on("response", (response) => {
    const url = response.url();
    if (response.request().resourceType() !== "script" || url.startsWith(OFFICE_JS_CDN)) return;
    scripts.push(
      response.body().then(
        (body) => ({ url, body }),
        () => null,
      ),
    );
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // The failed load of office.js's own telemetry (blocked above, or refused by the page's policy) is logged by
    // Chromium; it is not an error of ours.
    const text = message.text();
    const telemetry = OFFICE_TELEMETRY.test(message.location().url) || officeTelemetryIn(text);
    if (message.type() === "error" && !telemetry) errors.push(text);
  });
  // A file held back holds the page's load event too: then the page is open once parsed.
  const waitUntil = delayed ? "domcontentloaded" : "load";
  await page.goto(new URL(options.page ?? "taskpane.html", server.baseUrl).href, { waitUntil });
  const cspViolations = async () => {
    const all = await page.evaluate(() => window.__cspViolations__ ?? []);
    for (const violation of all.filter(isOfficeTelemetryViolation))
      if (!network.officeTelemetry.includes(violation.blocked))
        network.officeTelemetry.push(violation.blocked);
    return all.filter((violation) => !isOfficeTelemetryViolation(violation));
  };
  const scriptsLoaded = async () =>
    (await Promise.all(scripts)).filter((script): script is LoadedScript => script !== null);
  return { page, network, errors, cspViolations, scriptsLoaded, close: () => context.close() };
}

/** True when a console text names office.js's telemetry ("Refused to connect to 'https://…aria…'", "Framing …"). */
function officeTelemetryIn(text: string): boolean {
  return (text.match(/https:\/\/[^\s'"]+/g) ?? []).some((url) => OFFICE_TELEMETRY.test(url));
}

/** Waits until the task pane's router shows `view` (the `data-view` of <main>), within `timeoutMs`. */
export async function waitForView(page: Page, view: string, timeoutMs = 10000): Promise<void> {
  await page.locator(`main[data-view="${view}"]`).waitFor({ state: "visible", timeout: timeoutMs });
}

/** A full-page screenshot into test-output/screenshots/<name>.png; returns the file. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** One axe-core rule broken, with the CSS selectors of the offending nodes. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

const AXE_SOURCE = path.join(path.dirname(require.resolve("axe-core")), "axe.min.js");

/**
 * Runs axe-core (the npm copy) on the page as it is now; returns the violations, [] when clean. axe is evaluated
 * through the DevTools protocol rather than added as a <script> element, which the page's CSP would refuse.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(readFileSync(AXE_SOURCE, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations;
  });
  return violations.map((violation: Result) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** A browser and a server of dist/, shared by the tests of one file; `open` gives each test a fresh context. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  open(options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const server = await serveDirectory(requireDist());
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    open: (options) => openPage(browser, server, options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

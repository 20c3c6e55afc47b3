import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DIST_DIR, REPO_ROOT, type AxeViolation } from "./browser";

// The offline page (dist/web/grille-commune-traiteur.html) in headless Chromium as a user opens it: from its file
// (file://), with the network off (the context offline, and every request that is not the page's own file aborted
// and recorded). What file:// needs beside test/helpers/browser.ts: no server, a log of every request with when it
// happened (none may follow the load), the policy's violations as the page reports them, axe-core run without
// injecting a <script> (the page's policy forbids one), and downloads read back as bytes.

export const PAGE_FILE = path.join(DIST_DIR, "web", "grille-commune-traiteur.html");

/** Everything the page is built from: a page older than any of these is stale. */
const PAGE_INPUTS = [
  "src/web",
  "src/ui",
  "src/usecases",
  "src/i18n",
  "src/core",
  "src/xlsx",
  "assets/icon-32.png",
  "scripts/offline-page.js",
  "webpack.config.js",
];

function newestFile(target: string): { file: string; mtimeMs: number } {
  const stats = statSync(target);
  if (!stats.isDirectory()) return { file: target, mtimeMs: stats.mtimeMs };
  return readdirSync(target)
    .map((name) => newestFile(path.join(target, name)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { file: target, mtimeMs: 0 });
}

/** The built page, checked: fails with what to run when it is missing or older than its sources. */
export function requirePage(file: string = PAGE_FILE): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run 'npm run build' before the page's tests.`);
  const built = statSync(file).mtimeMs;
  for (const input of PAGE_INPUTS) {
    const newest = newestFile(path.join(REPO_ROOT, input));
    if (newest.mtimeMs > built)
      throw new Error(
        `The page is older than ${path.relative(REPO_ROOT, newest.file)}: run 'npm run build' again.`,
      );
  }
  return file;
}

/** One policy violation, as the page's `securitypolicyviolation` event tells it. */
export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
}

export interface OfflinePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request of the page, in order (the page's own file first). */
  readonly requests: string[];
  /** Requests made once the page had loaded: must stay empty. */
  readonly requestsAfterLoad: string[];
  /** Requests that would have left the machine (anything but the page's file): aborted, must stay empty. */
  readonly blocked: string[];
  /** Script errors and console errors of the page. */
  readonly errors: string[];
  cspViolations(): Promise<CspViolation[]>;
  /** Opens the page again from its file, as a user does the next day (its own request is a load, not after it). */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

export interface OfflineOptions {
  readonly file?: string;
  /** The browser's language, e.g. "fr-FR" (default) or "en-US". */
  readonly locale?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** A fragment to open, e.g. "#/animateur/check-many". */
  readonly hash?: string;
}

/** Records the page's policy violations from its very first script on (an init script runs before the page's). */
const RECORD_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
});`;

/** Opens the page from its file in a fresh context with the network off, and waits for its first screen. */
export async function openOfflinePage(browser: Browser, options: OfflineOptions = {}): Promise<OfflinePage> {
  const file = options.file ?? requirePage();
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({
    locale: options.locale ?? "fr-FR",
    viewport: options.viewport ?? { width: 360, height: 740 },
    acceptDownloads: true,
  });
  await context.setOffline(true);
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith(url)) return route.continue();
    blocked.push(target);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript({ content: RECORD_VIOLATIONS });
  const page = await context.newPage();
  const requests: string[] = [];
  const requestsAfterLoad: string[] = [];
  let loaded = false;
  page.on("request", (request) => (loaded ? requestsAfterLoad : requests).push(request.url()));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(url + (options.hash ?? ""), { waitUntil: "load" });
  loaded = true;
  await page.locator("main[data-view]").waitFor({ state: "attached" });
  return {
    page,
    context,
    requests,
    requestsAfterLoad,
    blocked,
    errors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations),
    reopen: async () => {
      loaded = false;
      await page.reload({ waitUntil: "load" });
      loaded = true;
    },
    close: () => context.close(),
  };
}

/**
 * axe-core on the page as it is now, evaluated through the DevTools protocol rather than injected as a <script>
 * (which the page's policy rightly refuses). Returns the violations, [] when clean.
 */
export async function runAxeOffline(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(`${source}\n;undefined`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
}

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks what offers a download and returns the file the browser received. */
export async function downloadFrom(page: Page, selector: string): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const file = await download.path();
  if (!file)
    throw new Error(`the download of ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** A file for an <input type=file>, as Playwright sets it. */
export function fileInput(name: string, bytes: Uint8Array | Buffer) {
  const mimeType = name.endsWith(".json")
    ? "application/json"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

/**
 * Drops files on the page as a user drags them from a file manager: a `drop` event carrying them, fired on `target`
 * (a file box, or anywhere else on the page).
 */
export async function dropFiles(
  page: Page,
  target: string,
  files: readonly { name: string; bytes: Uint8Array | Buffer }[],
): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, data: [...Buffer.from(file.bytes)] }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) data.items.add(new File([new Uint8Array(item.data)], item.name));
    return data;
  }, payload);
  await page.dispatchEvent(target, "dragover", { dataTransfer: transfer });
  await page.dispatchEvent(target, "drop", { dataTransfer: transfer });
}

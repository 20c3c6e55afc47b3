// The task pane as a user meets it: the JavaScript it fetches as it opens (its entry, which draws the role chooser, and
// the chunks it asks for right after: the catalog of its language, the role screens; bytes and gzipped, office.js
// excluded) and the time from navigation to the role chooser being usable, as a ratio to a blank page that loads only
// office.js. Both pages are timed from navigation to the first frame that shows their screen, not to their load event:
// the pane's load event waits for the chunks fetched after its first screen, the blank page's for a script office.js
// adds as it runs, and nobody waits for either. The page itself looks for the screen on every frame (Playwright's
// locator polls from Node at 0, 20, 50, 100 ms…, steps as large as the difference measured) and notes, by its own
// clock, the frame where it first sees it (timing from Node added the round trips of each check). Median of 15 runs
// in headless Chromium, network isolated (office.js served from npm), in French (the larger of the two languages'
// texts). Bytes do not depend on the machine: `--check` holds them to their budget; the time ratio does, so it is
// shown against its budget but never fails the check.

import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Request } from "playwright-core";
import {
  OFFICE_JS_CDN,
  isolateNetwork,
  launchBrowser,
  requireDist,
  serveDirectory,
  type StaticServer,
} from "../test/helpers/browser";
import { timingOf } from "./measure";
import type { Row } from "./report";

// One load varies by ±30 % (110–290 ms for the blank page in one run of 25): medians of 7 moved the ratio by ±0.2.
const RUNS = 15;
/** Budget of the JavaScript the pane fetches as it opens, gzipped (issue "Performance": before the first screen). */
export const FIRST_SCREEN_GZIP_BUDGET_KB = 60;
const LOAD_RATIO_BUDGET = 1.3;

const LOCALE = "fr-FR";
const IN_EXCEL = { host: "Excel", requirementSets: { ExcelApi: "1.17" }, displayLanguage: LOCALE } as const;

const BLANK_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>blank</title>
<script src="${OFFICE_JS_CDN}office.js"></script></head><body><main data-view="blank">office.js</main></body></html>`;

interface Load {
  readonly ms: number;
  /** Bodies of the scripts the page fetched as it opened, until its network was idle (office.js left out). */
  readonly scripts: readonly Buffer[];
}

/**
 * True when `selector` matches an element the page shows (a box, not hidden): run by the page on every frame. The
 * frame it first holds is noted by the page's own clock (milliseconds since the navigation started).
 */
function shown(selector: string): boolean {
  const element = document.querySelector(selector);
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  if (visible) Object.assign(window, { __shownAfterMs: performance.now() });
  return visible;
}

/** The body of a request's response, once it comes; null when it never does. */
async function bodyOf(request: Request): Promise<Buffer | null> {
  const response = await request.response();
  return response ? response.body().catch(() => null) : null;
}

async function load(browser: Browser, server: StaticServer, page: string, ready: string): Promise<Load> {
  const context = await browser.newContext({ locale: LOCALE, viewport: { width: 360, height: 640 } });
  await isolateNetwork(context);
  await context.addInitScript((fake) => Object.assign(window, { __GRILLE_FAKE_HOST__: fake }), IN_EXCEL);
  const tab = await context.newPage();
  // Every script asked for until the network is idle: the chunks fetched right after the first screen count, whether
  // their answers come before the screen is seen or after (counting what came before made the figure a race).
  const requested: Request[] = [];
  tab.on("request", (request) => {
    const isScript = request.resourceType() === "script";
    if (isScript && !request.url().startsWith(OFFICE_JS_CDN)) requested.push(request);
  });
  await tab.goto(new URL(page, server.baseUrl).href, { waitUntil: "commit" });
  await tab.waitForFunction(shown, ready, { polling: "raf" });
  // Timed by the page, not from Node: the round trips to Node for each check added ±20 ms to a 150 ms figure.
  const ms = await tab.evaluate(() => (window as unknown as { __shownAfterMs: number }).__shownAfterMs);
  await tab.waitForLoadState("networkidle");
  const scripts = (await Promise.all(requested.map(bodyOf))).filter((body): body is Buffer => body !== null);
  await context.close();
  return { ms, scripts };
}

/** Every script of the pane, all screens and both languages: its entry and its chunks (named by content hash). */
function paneScriptsBytes(dist: string): number {
  const scripts = readdirSync(dist).filter(
    (file) => file === "taskpane.js" || /\.[0-9a-f]{8}\.js$/.test(file),
  );
  return scripts.reduce((total, file) => total + statSync(path.join(dist, file)).size, 0);
}

export async function paneRows(): Promise<Row[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), "grille-bench-pane-"));
  cpSync(requireDist(), root, { recursive: true });
  writeFileSync(path.join(root, "bench-blank.html"), BLANK_PAGE);
  const server = await serveDirectory(root);
  const browser = await launchBrowser();
  try {
    const pane: Load[] = [];
    const blank: Load[] = [];
    // Interleaved, so a slow moment of the machine weighs on both alike.
    for (let run = 0; run <= RUNS; run += 1) {
      pane.push(await load(browser, server, "taskpane.html", 'main[data-view="roles"] button'));
      blank.push(await load(browser, server, "bench-blank.html", 'main[data-view="blank"]'));
    }
    const [first] = pane;
    const bytes = first.scripts.reduce((total, body) => total + body.length, 0);
    const gzipped = first.scripts.reduce((total, body) => total + gzipSync(body, { level: 9 }).length, 0);
    // The first run of each warms the browser and the server; the medians are of the others.
    const paneTime = timingOf(pane.slice(1).map((one) => one.ms));
    const blankTime = timingOf(blank.slice(1).map((one) => one.ms));
    const ratio = paneTime.medianMs / blankTime.medianMs;
    return [
      {
        section: "Task pane",
        name: "scripts fetched as it opens (entry + chunks)",
        value: first.scripts.length,
        unit: "files",
      },
      {
        section: "Task pane",
        name: "JavaScript fetched as it opens",
        value: Math.round(bytes / 1024),
        unit: "KB",
      },
      {
        section: "Task pane",
        name: "JavaScript fetched as it opens, gzipped",
        value: Math.round((gzipped / 1024) * 10) / 10,
        unit: "KB",
        budget: FIRST_SCREEN_GZIP_BUDGET_KB,
        checked: true,
      },
      {
        section: "Task pane",
        name: "JavaScript of every screen, both languages",
        value: Math.round(paneScriptsBytes(root) / 1024),
        unit: "KB",
      },
      {
        section: "Task pane",
        name: "role chooser usable after (median)",
        value: paneTime.medianMs,
        unit: "ms",
      },
      {
        section: "Task pane",
        name: "blank page with office.js (median)",
        value: blankTime.medianMs,
        unit: "ms",
      },
      {
        section: "Task pane",
        name: "pane / blank page",
        value: Math.round(ratio * 100) / 100,
        unit: "×",
        budget: LOAD_RATIO_BUDGET,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

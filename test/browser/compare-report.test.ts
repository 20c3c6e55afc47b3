import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { compareTenderBids, type CompareBidsResult } from "../../src/usecases/compare-bids";
import { comparisonReportHtml } from "../../src/usecases/compare/report/html-report";
import { t } from "../../src/i18n";
import {
  isolateNetwork,
  launchBrowser,
  runAxe,
  SCREENSHOT_DIR,
  serveDirectory,
  type StaticServer,
} from "../helpers/browser";
import { EXPECTED, fixtureBids, tenderBook, withValues } from "../unit/compare-usecase-helpers";

// The HTML report a buyer attaches to its analysis, opened in headless Chromium: it loads nothing from anywhere,
// reads the same with scripts off, prints on A4 landscape, and shows a bidder's markup as text — a company name or
// a designation holding <script> or <img onerror> runs nothing.

type Ok = Extract<CompareBidsResult, { ok: true }>;

const SCRIPT = `<script>window.__pwned = "script"</script>`;
const IMAGE = `<img src="https://example.org/x.png" onerror="window.__pwned = 'image'">`;

let dir: string;
let server: StaticServer;
let browser: Browser;
let result: Ok;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-report-"));
  const bids = await fixtureBids();
  const d = bids[3];
  if (d.source.kind !== "workbook") throw new Error("bid-d is a workbook");
  // The bidder's name and one designation of its copy carry markup (a designation changed is also a finding).
  const book = withValues(d.source.book, "BPU-DQE", {
    B8: { type: "text", value: `Saveurs ${SCRIPT} Express` },
    B16: { type: "text", value: `Cocktail 12 pièces ${IMAGE}` },
  });
  const compared = compareTenderBids({
    tender: await tenderBook(),
    bids: [...bids.slice(0, 3), { ...d, source: { kind: "workbook", book } }],
    options: { points: EXPECTED.points, trimmedMean: true },
  });
  if (!compared.ok) throw new Error("not compared");
  result = compared;
  for (const lang of ["fr", "en"] as const)
    await fs.writeFile(
      path.join(dir, `rapport-${lang}.html`),
      comparisonReportHtml(result, { lang, date: "2026-03-14" }),
    );
  server = await serveDirectory(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function open(file: string, { javaScriptEnabled = true, bypassCSP = false } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    bypassCSP,
    viewport: { width: 1280, height: 900 },
  });
  const network = await isolateNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(file, server.baseUrl).href);
  return { page, network, errors, close: () => context.close() };
}

test("screenshot; no request leaves the page; the bidder's markup is text and runs nothing", async () => {
  const { page, network, errors, close } = await open("rapport-fr.html");
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "compare-report.png"), fullPage: true });
  expect(network.blocked).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator("script, img, iframe, object, link").count()).toBe(0);
  const text = await page.locator("body").innerText();
  expect(text).toContain(`Saveurs ${SCRIPT} Express`);
  expect(text).toContain(IMAGE);
  expect(await page.locator("h1").innerText()).toBe(t("fr", "compare.report.title"));
  await close();
});

test("accessible (axe, injected past the report's own Content-Security-Policy, which forbids any script)", async () => {
  const { page, close } = await open("rapport-fr.html", { bypassCSP: true });
  expect(await runAxe(page)).toEqual([]);
  await close();
});

test("the chart is inline SVG, named for screen readers, and says the flag in words", async () => {
  const { page, close } = await open("rapport-fr.html");
  const svg = page.locator("svg[role=img]");
  expect(await svg.count()).toBe(1);
  expect(await svg.locator("title").first().textContent()).toBe(
    t("fr", "compare.sheet.chart.title", { basis: "HT" }),
  );
  expect(await svg.textContent()).toContain(`71\u00a0860,78\u00a0€ — ${t("fr", "compare.sheet.flag")}`);
  expect(await svg.textContent()).toContain("82\u00a0526,91\u00a0€");
  await close();
});

test("readable with scripts off: the ranking, the flags and the lines are all there", async () => {
  const { page, network, close } = await open("rapport-fr.html", { javaScriptEnabled: false });
  expect(network.blocked).toEqual([]);
  const rows = page.locator("table.ranking tbody tr");
  expect(await rows.count()).toBe(4);
  expect(await rows.first().innerText()).toContain("71\u00a0860,78\u00a0€");
  expect(await rows.first().innerText()).toContain("À justifier (moyenne − écart type)");
  expect(await page.locator("table.lines tbody tr").count()).toBe(25);
  expect(await page.locator("#flags + .notice, section[aria-labelledby=flags] .notice").count()).toBe(1);
  await close();
});

test("print: A4 landscape pages, smaller line table, the same content", async () => {
  const { page, close } = await open("rapport-en.html");
  const screenSize = await page.locator("table.lines").evaluate((table) => getComputedStyle(table).fontSize);
  await page.emulateMedia({ media: "print" });
  const printSize = await page.locator("table.lines").evaluate((table) => getComputedStyle(table).fontSize);
  expect(parseFloat(printSize)).toBeLessThan(parseFloat(screenSize));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "compare-report-print.png"), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, width, height] of boxes) {
    // A4 landscape: 297 × 210 mm = 842 × 595 pt.
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);
  }
  expect(await page.locator("h1").innerText()).toBe(t("en", "compare.report.title"));
  await close();
});

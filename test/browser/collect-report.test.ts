import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { sampleGrids } from "../../src/cli/demo/sample-grids";
import { familyOf, lineLabel, type Collection } from "../../src/core/collection";
import { cents, formatEuros } from "../../src/core/money";
import { t, type Lang } from "../../src/i18n";
import {
  collectGrids,
  collectJson,
  observatoryReport,
  readReturnedGrid,
} from "../../src/usecases/collect-grids";
import { DESK_TODAY } from "../helpers/returned-grids";
import {
  SCREENSHOT_DIR,
  isolateNetwork,
  launchBrowser,
  runAxe,
  serveDirectory,
  type StaticServer,
} from "../helpers/browser";
import { toGuides } from "./pane-harness";

// The observatory report in headless Chromium: one file, no request but its own, no lowest or highest price
// anywhere in its text, every grid text shown as text (a company name holding markup stays words), the
// directory's filters working in the file, the page whole without script and when printed, accessible.

const HOSTILE_NAME = '<img src="x" onerror="window.__pwned = 1">Traiteur & Fils';
const HOSTILE_APPROVAL = "</script><script>window.__pwned = 2</script>";
const EXTREMES = /\b(min|max|minimum|maximum|minimal|minimale|maximal|maximale|minima|maxima)\b/i;

function collection(): Collection {
  const samples = sampleGrids({
    count: 30,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 7,
  });
  const grids = samples.map(({ name, json }, index) => {
    const value =
      index === 0
        ? {
            ...json,
            entreprise: {
              ...(json.entreprise as object),
              raison_sociale: HOSTILE_NAME,
              agrement: HOSTILE_APPROVAL,
            },
          }
        : json;
    return readReturnedGrid({ kind: "json", file: `${name}.json`, value }, { today: DESK_TODAY });
  });
  grids.push(
    readReturnedGrid(
      {
        kind: "unreadable",
        file: "abimee.xlsx",
        reason: { messageKey: "workbook.read.damaged", params: { file: "abimee.xlsx" } },
      },
      { today: DESK_TODAY },
    ),
  );
  return collectGrids(grids, { today: DESK_TODAY });
}

let dir = "";
let server: StaticServer;
let browser: Browser;
const sample = collection();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-report-"));
  for (const lang of ["fr", "en"] as const)
    await fs.writeFile(path.join(dir, `observatoire-${lang}.html`), observatoryReport(sample, lang));
  server = await serveDirectory(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Opens the report in a fresh, network-isolated context; returns the page and every URL it asked for. */
async function open(lang: Lang, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const network = await isolateNetwork(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  const url = new URL(`observatoire-${lang}.html`, server.baseUrl).href;
  await page.goto(url);
  return { page, requests, errors, network, url, close: () => context.close() };
}

/** Everything a reader or a screen reader gets: the text, SVG texts and titles, labels and titles of elements. */
function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label], [title], [data-one], [data-many]")].flatMap(
      (element) =>
        ["aria-label", "title", "data-one", "data-many"].map((name) => element.getAttribute(name) ?? ""),
    );
    const svg = [...document.querySelectorAll("svg")].map((element) => element.textContent ?? "");
    return [document.title, document.body.innerText, ...svg, ...labels].join("\n");
  });
}

describe.each(["fr", "en"] as const)("the report in %s", (lang) => {
  test("asks for nothing but itself, runs no grid text, names no lowest or highest price, passes axe", async () => {
    const opened = await open(lang);
    try {
      expect(opened.requests).toEqual([opened.url]);
      expect(opened.network.blocked).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(
        await opened.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      const text = await allText(opened.page);
      expect(text).toContain(HOSTILE_NAME);
      expect(text).toContain(HOSTILE_APPROVAL);
      expect(text).not.toMatch(EXTREMES);
      expect(await opened.page.locator("img").count()).toBe(0);
      expect(await opened.page.locator("script").count()).toBe(1);
      // The rule is said at the top and at the end.
      const rule = t(lang, "collect.rule.threshold", { threshold: 5 });
      expect(text.split(rule).length - 1).toBeGreaterThanOrEqual(3);
      expect(await runAxe(opened.page)).toEqual([]);
      // The French one illustrates the facilitator's guide (docs/img/observatoire-rapport.png).
      await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
      const shot = path.join(SCREENSHOT_DIR, `observatoire-${lang}.png`);
      await opened.page.locator("#observatory h3").first().scrollIntoViewIfNeeded();
      await opened.page.screenshot({ path: shot, fullPage: false });
      if (lang === "fr") toGuides(shot, "observatoire-rapport");
    } finally {
      await opened.close();
    }
  });

  test("shows each line's figures as the JSON gives them, or why not", async () => {
    const opened = await open(lang);
    try {
      const json = collectJson(sample);
      for (const line of json.lines.filter(
        (one) => familyOf(one.id) === "cocktail" || familyOf(one.id) === "plateau",
      )) {
        const label = sample.observatory.lines.find((one) => one.id === line.id)!;
        const row = opened.page.locator("#observatory tbody tr").filter({
          has: opened.page.locator("td:first-child", {
            hasText: new RegExp(`^${escapeRegExp(lineLabel(line.id, lang))}$`),
          }),
        });
        const cells = await row.locator("td").allInnerTexts();
        const shown = (value: number | null, published: typeof label.q1) =>
          value === null
            ? t(
                lang,
                `collect.withheld.${published.kind === "withheld" ? published.reason : "singlePrice"}`,
                {
                  threshold: 5,
                },
              )
            : formatEuros(cents(Math.round(value * 100)), lang);
        expect(cells.slice(1)).toEqual([
          String(line.count),
          shown(line.q1, label.q1),
          shown(line.median, label.median),
          shown(line.q3, label.q3),
        ]);
      }
    } finally {
      await opened.close();
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the directory's filters", () => {
  test("by department and by product, combined, in the file itself; the count is announced", async () => {
    const opened = await open("fr");
    const { page } = opened;
    try {
      const rows = page.locator("#directory tbody tr");
      const visible = () => page.locator("#directory tbody tr:not([hidden])");
      const total = await rows.count();
      expect(total).toBe(sample.directory.length);
      await page.selectOption("#filter-department", "93");
      const in93 = sample.directory.filter((row) => row.departments.includes("93"));
      expect(await visible().count()).toBe(in93.length);
      expect(await page.locator("#filter-count").innerText()).toBe(
        t("fr", `collect.report.filter.count.${in93.length === 1 ? "one" : "many"}`, { count: in93.length }),
      );
      await page.selectOption("#filter-product", "plateau.prestige");
      const both = in93.filter((row) => row.offered.includes("plateau.prestige"));
      expect(both.length).toBeGreaterThan(0);
      expect(await visible().locator("td:first-child").allInnerTexts()).toEqual(both.map((row) => row.name));
      // Printed, every caterer is on paper whatever the filters, and the filters and contents are not.
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("#directory tbody tr:visible").count()).toBe(total);
      expect(await page.locator("#filters").isVisible()).toBe(false);
      expect(await page.locator("nav").isVisible()).toBe(false);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await page.emulateMedia({ media: "screen" });
      await page.selectOption("#filter-department", "");
      await page.selectOption("#filter-product", "");
      expect(await visible().count()).toBe(total);
    } finally {
      await opened.close();
    }
  });

  test("without script, every caterer shows and no dead control is offered", async () => {
    const opened = await open("fr", { javaScriptEnabled: false });
    try {
      expect(await opened.page.locator("#directory tbody tr:visible").count()).toBe(sample.directory.length);
      expect(await opened.page.locator("#filters").isVisible()).toBe(false);
      expect(await opened.page.locator("#observatory svg").count()).toBeGreaterThan(5);
      expect(await allText(opened.page)).not.toMatch(EXTREMES);
    } finally {
      await opened.close();
    }
  });
});

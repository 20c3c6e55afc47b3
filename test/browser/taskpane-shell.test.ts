import { readFileSync } from "node:fs";
import { t } from "../../src/i18n";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/host";
import { ROLES } from "../../src/ui/roles";
import {
  OFFICE_JS_CDN,
  runAxe,
  screenshot,
  startBrowserSession,
  waitForView,
  type BrowserSession,
  type OpenedPage,
} from "../helpers/browser";

// The built task pane (dist/) in headless Chromium, offline: outside Excel it explains itself quickly, in a fake
// Excel it offers the three roles, and it is accessible (axe-core) and keyboard-usable.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OFFICE_JS_URL = `${OFFICE_JS_CDN}office.js`;
const IN_EXCEL = { host: "Excel", requirementSets: { ExcelApi: REQUIRED_EXCEL_API } } as const;

let session: BrowserSession;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
});

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

afterAll(async () => {
  await session?.close();
});

async function heading(): Promise<string> {
  return (await opened!.page.locator("main h2").innerText()).trim();
}

describe("outside Excel (a plain browser, office.js from the npm copy)", () => {
  test.each([
    ["fr-FR", "fr"],
    ["en-US", "en"],
  ] as const)(
    "browser in %s: says in %s that the pane runs inside Excel, fast and offline",
    async (locale, lang) => {
      const started = Date.now();
      opened = await session.open({ locale });
      await waitForView(opened.page, "outside", 5000);
      expect(Date.now() - started).toBeLessThan(5000);

      const { page, network, errors } = opened;
      expect(await heading()).toBe(t(lang, "taskpane.outside.heading"));
      await expect(page.locator("main").innerText()).resolves.toContain(
        t(lang, "taskpane.outside.step.button", {
          group: t(lang, "taskpane.manifest.group"),
          button: t(lang, "taskpane.manifest.button"),
        }),
      );
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.title()).toBe(t(lang, "product.name"));

      // office.js was asked for at Microsoft's CDN URL (as add-ins must) and answered locally; nothing else left.
      expect(network.servedFromNpm).toContain(OFFICE_JS_URL);
      expect(network.blocked).toEqual([]);
      expect(errors).toEqual([]);

      const file = await screenshot(page, `taskpane-outside-${lang}`);
      expect(readFileSync(file).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(await runAxe(page)).toEqual([]);
    },
  );

  test("with Microsoft's CDN unreachable (office.js never loads) it still says so instead of hanging", async () => {
    opened = await session.open({ officeJs: "unreachable" });
    await waitForView(opened.page, "outside", 5000);
    expect(await heading()).toBe(t("fr", "taskpane.outside.heading"));
    // The harness recorded the one request that would have left the machine.
    expect(opened.network.blocked).toEqual([OFFICE_JS_URL]);
  });
});

describe("in Excel (fake host)", () => {
  test("offers the three roles, in Office's display language, usable with the keyboard alone", async () => {
    opened = await session.open({ locale: "fr-FR", fakeHost: { ...IN_EXCEL, displayLanguage: "en-US" } });
    const { page } = opened;
    await waitForView(page, "roles");

    expect(await heading()).toBe(t("en", "taskpane.roles.heading"));
    const names = await page.locator("button.role .role-name").allInnerTexts();
    expect(names).toEqual(ROLES.map((role) => t("en", role.nameKey)));
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "taskpane-roles-en");

    // Tab reaches the first role first; Enter opens it and focus lands on its heading.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-role"))).toBe(ROLES[0].id);
    await page.keyboard.press("Enter");
    await waitForView(page, "role");
    expect(await heading()).toBe(t("en", ROLES[0].nameKey));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("role-heading");
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, "taskpane-role-traiteur-en");

    // The next Tab stop is "Change role"; Enter goes back to the chooser.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      t("en", "taskpane.role.back"),
    );
    await page.keyboard.press("Enter");
    await waitForView(page, "roles");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("roles-heading");
    expect(opened.network.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  test("?role=animateur (a ribbon button's address) opens that role's screen directly", async () => {
    opened = await session.open({ page: "taskpane.html?role=animateur", fakeHost: IN_EXCEL });
    await waitForView(opened.page, "role");
    expect(await heading()).toBe(t("fr", "role.animateur"));
  });

  test(`an Excel without ExcelApi ${REQUIRED_EXCEL_API} is told it is too old`, async () => {
    opened = await session.open({ fakeHost: { host: "Excel", requirementSets: { ExcelApi: "1.7" } } });
    await waitForView(opened.page, "unsupported");
    expect(await heading()).toBe(t("fr", "taskpane.unsupported.heading"));
    expect(await opened.page.locator("main").innerText()).toContain(REQUIRED_EXCEL_API);
    expect(await runAxe(opened.page)).toEqual([]);
  });

  test("a fake Excel namespace given by an init script becomes the page's global Excel", async () => {
    const fakeExcel = `window.__GRILLE_FAKE_HOST__ = Object.assign({}, window.__GRILLE_FAKE_HOST__, {
      excel: { run: function (batch) { return Promise.resolve(batch({ fake: true })); } },
    });`;
    opened = await session.open({ fakeHost: IN_EXCEL, initScripts: [fakeExcel] });
    await waitForView(opened.page, "roles");
    const result = await opened.page.evaluate(() => {
      const excel = (
        window as unknown as { Excel: { run(batch: (context: unknown) => unknown): Promise<unknown> } }
      ).Excel;
      return excel.run((context) => context);
    });
    expect(result).toEqual({ fake: true });
  });
});

describe("the ribbon's commands page", () => {
  test("loads outside Excel without errors and without leaving the machine", async () => {
    opened = await session.open({ page: "commands.html" });
    await opened.page.waitForFunction(() => typeof Office !== "undefined");
    await opened.page.evaluate(() => Office.onReady());
    expect(opened.network.servedFromNpm).toContain(OFFICE_JS_URL);
    expect(opened.network.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

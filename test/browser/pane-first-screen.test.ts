import type { Page } from "playwright-core";
import { t, translator, type Lang } from "../../src/i18n";
import { ROLES, roleHint } from "../../src/ui/roles";
import { startBrowserSession, waitForView, type BrowserSession, type OpenedPage } from "../helpers/browser";

// The pane draws its first screen, the role chooser, from the few texts its entry carries (src/taskpane/firstScreen.ts)
// while the catalog of its language is still on its way; every other screen waits for the catalog. Here the add-in's
// host holds the catalog back: the role chooser must be whole without it (a text the entry forgot would show as its
// bracketed key), and a role chosen meanwhile opens once the catalog is in.

const CATALOG = /\/messages-(fr|en)\.[0-9a-f]{8}\.js$/;
const IN_EXCEL = { host: "Excel", requirementSets: { ExcelApi: "1.17" } } as const;

let session: BrowserSession;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
}, 60_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

afterAll(async () => {
  await session?.close();
});

/** Opens the pane with the catalog held back by the host until the returned `release` is called. */
async function openWithCatalogHeld(lang: Lang, page = "taskpane.html") {
  let release = () => undefined as void;
  const until = new Promise<void>((resolve) => {
    release = resolve;
  });
  const locale = lang === "en" ? "en-US" : "fr-FR";
  opened = await session.open({
    page,
    locale,
    fakeHost: { ...IN_EXCEL, displayLanguage: locale },
    delayed: { files: CATALOG, until },
  });
  return { page: opened.page, release };
}

/** Every "[some.key]" the page shows, in its text, its title or the attributes a screen reader reads. */
async function bracketedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = /\[[a-z][\w-]*(?:\.[\w-]+)+\]/gi;
    const attributes = ["aria-label", "title", "alt", "placeholder"];
    const texts = [document.title, document.body.innerText];
    for (const element of Array.from(document.querySelectorAll("*")))
      for (const name of attributes) texts.push(element.getAttribute(name) ?? "");
    return texts.flatMap((text) => text.match(key) ?? []);
  });
}

/** The add-in's scripts the page has loaded so far, by file name. */
async function scriptNames(): Promise<string[]> {
  const scripts = (await opened?.scriptsLoaded()) ?? [];
  return scripts.map((script) => new URL(script.url).pathname.slice(1));
}

test.each(["fr", "en"] as const)(
  "in %s, the role chooser is whole before the catalog comes; a role chosen meanwhile opens once it is in",
  async (lang) => {
    const { page, release } = await openWithCatalogHeld(lang);
    await waitForView(page, "roles");
    expect((await scriptNames()).filter((name) => CATALOG.test(`/${name}`))).toEqual([]);

    expect(await bracketedKeys(page)).toEqual([]);
    expect(await page.title()).toBe(t(lang, "product.name"));
    expect(await page.locator("#product-name").innerText()).toBe(t(lang, "product.name"));
    expect(await page.locator("#product-tagline").innerText()).toBe(t(lang, "product.tagline"));
    expect((await page.locator("main h2").innerText()).trim()).toBe(t(lang, "taskpane.roles.heading"));
    expect(await page.locator("main nav").getAttribute("aria-label")).toBe(t(lang, "taskpane.roles.label"));
    expect(await page.locator("button.role .role-name").allInnerTexts()).toEqual(
      ROLES.map((role) => t(lang, role.nameKey)),
    );
    expect(await page.locator("button.role .role-hint").allInnerTexts()).toEqual(
      ROLES.map((role) => roleHint(translator(lang), role.id)),
    );

    await page.click(`[data-role=${ROLES[0].id}]`);
    await waitForView(page, "loading");
    expect(await page.locator("main").innerText()).toBe(t(lang, "taskpane.view.loading"));
    expect(await bracketedKeys(page)).toEqual([]);

    release();
    await waitForView(page, "role");
    expect((await page.locator("main h2").innerText()).trim()).toBe(t(lang, ROLES[0].nameKey));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("role-heading");
    expect(await bracketedKeys(page)).toEqual([]);
    expect(opened?.errors).toEqual([]);
  },
);

test("a role's own address (a ribbon button) waits for the catalog, saying it is connecting meanwhile", async () => {
  const { page, release } = await openWithCatalogHeld("fr", "taskpane.html?role=acheteur");
  await page.locator("#app p[role=status]").waitFor();
  expect(await page.locator("#app").innerText()).toBe(t("fr", "taskpane.loading"));
  expect(await page.locator("main").getAttribute("data-view")).toBeNull();
  expect(await bracketedKeys(page)).toEqual([]);

  release();
  await waitForView(page, "role");
  expect((await page.locator("main h2").innerText()).trim()).toBe(t("fr", "role.acheteur"));
  expect(await bracketedKeys(page)).toEqual([]);
});

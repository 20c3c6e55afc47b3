import { LANGS, type MessageKey } from "../../src/i18n";
import { MODULES } from "../../src/i18n/catalog";
import { languageOf } from "../../src/i18n/language";
import { FIRST_SCREEN_KEYS } from "../../src/taskpane/firstScreen";
import { FIRST_SCREEN_TEXTS } from "../../src/taskpane/firstScreenTexts";

// The task pane speaks a few texts of its language before that language's catalog is in (src/i18n/registry.ts): they
// are the catalog's own texts, and they never pass for the catalog. That the first screen needs no other text is
// test/browser/pane-first-screen.test.ts's business (the built pane, its catalog held back).

type I18n = typeof import("../../src/i18n");
type Registry = typeof import("../../src/i18n/registry");

/** A registry of its own, empty: jest's setup registered both catalogs in the shared one. */
async function freshI18n(): Promise<I18n & Registry> {
  let modules: (I18n & Registry) | undefined;
  await jest.isolateModulesAsync(async () => {
    modules = { ...(await import("../../src/i18n/registry")), ...(await import("../../src/i18n")) };
  });
  if (!modules) throw new Error("modules not loaded");
  return modules;
}

test("the first screen's texts are the catalog's, in both languages, and nothing more", () => {
  for (const lang of LANGS) {
    const catalog = languageOf(MODULES, lang);
    const expected = Object.fromEntries(FIRST_SCREEN_KEYS.map((key) => [key, catalog[key]]));
    expect(FIRST_SCREEN_TEXTS[lang]).toEqual(expected);
  }
});

test("early texts speak until the catalog is registered, then the catalog alone", async () => {
  const i18n = await freshI18n();
  const catalog = languageOf(MODULES, "fr");
  const early: Partial<Record<MessageKey, string>> = { "product.name": catalog["product.name"] };
  i18n.registerEarlyTexts("fr", early);
  expect(i18n.t("fr", "product.name")).toBe(catalog["product.name"]);
  expect(i18n.t("fr", "taskpane.outside.heading")).toBe("[taskpane.outside.heading]");
  expect(i18n.t("en", "product.name")).toBe("[product.name]");
  // Early texts are not the catalog: the pane still fetches it, and keys read from data are not taken on their word.
  expect(i18n.isRegistered("fr")).toBe(false);
  expect(i18n.isMessageKey("product.name")).toBe(false);

  i18n.registerCatalog("fr", catalog);
  expect(i18n.isRegistered("fr")).toBe(true);
  expect(i18n.t("fr", "taskpane.outside.heading")).toBe(catalog["taskpane.outside.heading"]);
  expect(i18n.isMessageKey("product.name")).toBe(true);
});

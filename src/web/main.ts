// Both languages' texts, registered before any other module of this entry runs (src/i18n/registry.ts).
import "../i18n/eager";
import { langFromLocale, translator, type Lang } from "../i18n";
import { pageStore } from "./actions/storage";
import type { PageContext, PageRoute } from "./context";
import { acceptDrops } from "./drop";
import { draw, focusHeading, hashOf, routeOf } from "./router";

// Entry of the offline page: the language from the browser (a visible switch changes it), the product's header and
// the sentence on confidentiality, then the screen the address names. Files dropped on the page go to its file
// inputs.

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page.html has no #${id}`);
  return element;
}

/** The page's address without its fragment: where its browser storage belongs. */
const pageAddress = () => window.location.href.replace(/#.*$/, "");

function showShell(lang: Lang): void {
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t("web.title");
  byId("product-name").textContent = t("product.name");
  byId("product-tagline").textContent = t("web.tagline");
  byId("privacy").textContent = t("web.privacy");
  const other: Lang = lang === "fr" ? "en" : "fr";
  const toggle = byId("lang-switch");
  toggle.textContent = t("web.lang.other");
  toggle.setAttribute("lang", other);
  toggle.dataset.lang = other;
}

function start(): void {
  const root = byId("app");
  const store = pageStore();
  let lang = langFromLocale(navigator.language);
  let first = true;
  const context = (): PageContext => ({
    t: translator(lang),
    lang,
    store,
    address: pageAddress(),
    navigate: (route: PageRoute) => {
      if (hashOf(route) === window.location.hash) render();
      else window.location.hash = hashOf(route);
    },
  });
  const render = () => {
    draw(root, routeOf(window.location.hash), context());
    if (!first) focusHeading(root);
    first = false;
  };
  byId("lang-switch").addEventListener("click", () => {
    lang = lang === "fr" ? "en" : "fr";
    showShell(lang);
    draw(root, routeOf(window.location.hash), context());
    byId("lang-switch").focus();
  });
  window.addEventListener("hashchange", render);
  acceptDrops(root);
  showShell(lang);
  render();
}

start();

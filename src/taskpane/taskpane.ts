import { langFromLocale, LANGS, registerEarlyTexts, t, translator, type Lang } from "../i18n";
import { loadLanguage } from "../i18n/load";
import { el } from "../ui/dom";
import { mirrorMyGrid } from "./actions/myGridStore";
import { FIRST_SCREEN_ROUTES } from "./firstScreen";
import { FIRST_SCREEN_TEXTS } from "./firstScreenTexts";
import { detectHost, paneLang, REQUIRED_EXCEL_API, type HostEnvironment } from "./host";
import { createRouter, routeFromSearch, type Route } from "./router";
import { VIEWS } from "./views";

// Entry of taskpane.html: say we are connecting, find out where we run, hand over to the router. The texts of the
// language we speak are a chunk of their own (the other language never comes), fetched at once; the first screen does
// not wait for them (./firstScreen.ts), every other screen does.

function firstRoute(host: HostEnvironment, search: string): Route {
  if (!host.inExcel) return { name: "outside" };
  if (!host.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return { name: "unsupported" };
  return routeFromSearch(search);
}

function showProduct(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t(lang, "product.name");
  const name = document.getElementById("product-name");
  const tagline = document.getElementById("product-tagline");
  if (name) name.textContent = t(lang, "product.name");
  if (tagline) tagline.textContent = t(lang, "product.tagline");
}

/** The language's texts could not be fetched: say so (one of the first screen's texts), whatever the pane showed. */
function startFailed(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  const text = t(lang, "taskpane.start.failed");
  root.replaceChildren(el("p", { role: "alert", class: "status-line", "data-state": "error" }, [text]));
  root.dataset.view = "start-failed";
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  for (const lang of LANGS) registerEarlyTexts(lang, FIRST_SCREEN_TEXTS[lang]);
  // The browser's language is nearly always Office's: its texts are asked for now, and come while Office.onReady is
  // awaited. Meanwhile, "Connecting to Excel…".
  const browserLang = langFromLocale(navigator.language);
  loadLanguage(browserLang).catch(() => undefined);
  showProduct(browserLang);
  root.replaceChildren(el("p", { role: "status", class: "status" }, [t(browserLang, "taskpane.loading")]));

  const host = await detectHost(window);
  const lang = paneLang(host);
  const texts = loadLanguage(lang);
  showProduct(lang);
  if (host.inExcel) mirrorMyGrid(host);
  createRouter(
    root,
    VIEWS,
    { t: translator(lang), lang, host },
    { texts, early: FIRST_SCREEN_ROUTES },
  ).navigate(firstRoute(host, window.location.search));
  try {
    await texts;
  } catch (error) {
    console.warn(`texts of "${lang}" not loaded`, error);
    startFailed(root, lang);
  }
}

void start();

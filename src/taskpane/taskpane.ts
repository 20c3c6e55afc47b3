import { langFromLocale, LANGS, registerEarlyTexts, t, translator, type Lang } from "../i18n";
import { loadLanguage } from "../i18n/load";
import { el } from "../ui/dom";
import { FIRST_SCREEN_ROUTES } from "./firstScreen";
import { FIRST_SCREEN_TEXTS } from "./firstScreenTexts";
import { detectHost, paneLang, REQUIRED_EXCEL_API, type HostEnvironment } from "./host";
import { createRouter, routeFromSearch, type Route } from "./router";
import { SCREENS_AHEAD, VIEWS } from "./views";

// Entry of taskpane.html: say we are connecting, find out where we run, hand over to the router. The entry carries the
// first screen and its texts, in both languages (./firstScreen.ts); once the page has painted and is idle, it fetches
// the texts of the language we speak (a chunk: the other language never comes) and the screens opened next, which
// every other screen waits for.

/** At most this long after the start, what waits for the first paint and an idle moment is fetched anyway. */
const IDLE_WAIT_MS = 300;

/** The language the banner and the title speak, once drawn. */
let shownLang: Lang | undefined;

function firstRoute(host: HostEnvironment, search: string): Route {
  if (!host.inExcel) return { name: "outside" };
  if (!host.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return { name: "unsupported" };
  return routeFromSearch(search);
}

/** The banner and the title in `lang` (once per language: the title is the browser's, slow to set). */
function showProduct(lang: Lang): void {
  if (shownLang === lang) return;
  shownLang = lang;
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

/**
 * Resolves once the browser has painted what the page shows now (a timer set from a frame's callback runs after that
 * frame is painted) and has an idle moment (where it says so: not Safari), or after IDLE_WAIT_MS (a pane loaded
 * hidden is never painted).
 */
function paintedAndIdle(): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () =>
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS })
        : resolve();
    requestAnimationFrame(() => setTimeout(whenIdle, 0));
    setTimeout(resolve, IDLE_WAIT_MS);
  });
}

/** Copies my grid for the Excel functions (./actions/myGridStore.ts, in the chunk of the role screens, which use it). */
function mirrorMyGrid(host: HostEnvironment): void {
  import(/* webpackChunkName: "role" */ "./actions/myGridStore").then(
    (module) => module.mirrorMyGrid(host),
    (error: unknown) => console.warn("my grid not mirrored for the Excel functions", error),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  for (const lang of LANGS) registerEarlyTexts(lang, FIRST_SCREEN_TEXTS[lang]);
  const browserLang = langFromLocale(navigator.language);
  showProduct(browserLang);
  root.replaceChildren(el("p", { role: "status", class: "status" }, [t(browserLang, "taskpane.loading")]));
  // Nothing is fetched before the first paint and an idle moment: "Connecting to Excel…" in Excel, where the page idles
  // while Office.onReady is awaited; the first screen itself where the answer is immediate. Then the texts of the
  // browser's language, nearly always Office's, and the screens opened next (a failure shows when one is opened).
  const fetching = paintedAndIdle().then(() => {
    loadLanguage(browserLang).catch(() => undefined);
    for (const fetchAhead of SCREENS_AHEAD) fetchAhead().catch(() => undefined);
  });

  const host = await detectHost(window);
  const lang = paneLang(host);
  const texts = fetching.then(() => loadLanguage(lang));
  showProduct(lang);
  createRouter(
    root,
    VIEWS,
    { t: translator(lang), lang, host },
    { texts, early: FIRST_SCREEN_ROUTES },
  ).navigate(firstRoute(host, window.location.search));
  if (host.inExcel) void fetching.then(() => mirrorMyGrid(host));
  try {
    await texts;
  } catch (error) {
    console.warn(`texts of "${lang}" not loaded`, error);
    startFailed(root, lang);
  }
}

void start();

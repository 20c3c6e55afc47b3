import { langFromLocale, t, translator, type Lang } from "../i18n";
import { loadLanguage } from "../i18n/load";
import { taskpaneLoading } from "../i18n/messages/taskpaneLoading";
import { el } from "../ui/dom";
import { mirrorMyGrid } from "./actions/myGridStore";
import { detectHost, paneLang, REQUIRED_EXCEL_API, type HostEnvironment } from "./host";
import { createRouter, routeFromSearch, type Route } from "./router";
import { VIEWS } from "./views";

// Entry of taskpane.html: say we are connecting, find out where we run, fetch the texts of the language we speak
// (a chunk: the other language never comes), hand over to the router.

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

/** The language's texts could not be fetched: the entry carries this one message, in both languages, for that. */
function startFailed(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  const text = taskpaneLoading[lang]["taskpane.start.failed"];
  root.replaceChildren(el("p", { role: "alert", class: "status-line", "data-state": "error" }, [text]));
  root.dataset.view = "start-failed";
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  let started = false;
  // "Connecting to Excel…" in the browser's language, once its texts are here, unless the pane is already drawn.
  const browserLang = langFromLocale(navigator.language);
  loadLanguage(browserLang).then(
    () => {
      if (started) return;
      showProduct(browserLang);
      root.replaceChildren(
        el("p", { role: "status", class: "status" }, [t(browserLang, "taskpane.loading")]),
      );
    },
    () => undefined,
  );

  const host = await detectHost(window);
  const lang = paneLang(host);
  try {
    await loadLanguage(lang);
  } catch (error) {
    console.warn(`texts of "${lang}" not loaded`, error);
    started = true;
    startFailed(root, lang);
    return;
  }
  started = true;
  showProduct(lang);
  if (host.inExcel) mirrorMyGrid(host);
  createRouter(root, VIEWS, { t: translator(lang), lang, host }).navigate(
    firstRoute(host, window.location.search),
  );
}

void start();

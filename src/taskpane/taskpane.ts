import { langFromLocale, t, translator, type Lang } from "../i18n";
import { el } from "../ui/dom";
import { mirrorMyGrid } from "./actions/myGridStore";
import { detectHost, REQUIRED_EXCEL_API, type HostEnvironment } from "./host";
import { createRouter, routeFromSearch, type Route } from "./router";
import { VIEWS } from "./views";

// Entry of taskpane.html: say we are connecting, find out where we run, pick the language, hand over to the router.

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

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  const browserLang = langFromLocale(navigator.language);
  showProduct(browserLang);
  root.replaceChildren(el("p", { role: "status", class: "status" }, [t(browserLang, "taskpane.loading")]));

  const host = await detectHost(window);
  const lang = langFromLocale(host.locale);
  showProduct(lang);
  if (host.inExcel) mirrorMyGrid(host);
  createRouter(root, VIEWS, { t: translator(lang), lang, host }).navigate(
    firstRoute(host, window.location.search),
  );
}

void start();

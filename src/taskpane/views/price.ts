import { paneExcelHost } from "../actions/excelHost";
import type { GridSource } from "../../usecases/my-grid";
import { priceFields, type PriceOutcome } from "../../usecases/variant-fields";
import { gridForPricingIn } from "../actions/gridSource";
import { el } from "../../ui/dom";
import type { RouteOf, View, ViewContext } from "../router";
import { findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { setStatus, statusLine, withProgress } from "../../ui/parts";
import { backToRole } from "./back";
import { variantForm } from "../../ui/variantForm";

// Price a variant: the form, then the price HT and TTC of one unit with its breakdown, from my grid (or the grid
// of this workbook when none is saved). Every figure comes from the core; the screen only lays it out.

function sourceText({ t, lang }: ViewContext, source: GridSource): string {
  if (source.kind === "mine")
    return t("pane.price.source.mine", {
      date: new Date(source.savedAt).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB"),
    });
  return t("pane.price.source.workbook");
}

function resultBlock(context: ViewContext, outcome: Extract<PriceOutcome, { ok: true }>): HTMLElement[] {
  const { t } = context;
  const unit = t(`pricing.unit.${outcome.unit}`);
  return [
    el("p", { class: "variant-label", "data-result": "label" }, [outcome.label]),
    el("dl", { class: "prices" }, [
      el("dt", {}, [t("pane.price.ht", { unit })]),
      el("dd", { "data-result": "ht" }, [outcome.ht]),
      el("dt", {}, [t("pane.price.ttc", { unit })]),
      el("dd", { "data-result": "ttc" }, [outcome.ttc]),
    ]),
    el("h3", { id: "breakdown-title" }, [t("pane.price.breakdown")]),
    el(
      "ol",
      { class: "breakdown", "aria-labelledby": "breakdown-title" },
      outcome.steps.map((step) => el("li", {}, [step])),
    ),
  ];
}

export const priceView: View<RouteOf<"price">> = (_route, context) => {
  const { t, lang, host, navigate } = context;
  const { form, fields } = variantForm(t, lang);
  const status = statusLine("price-status");
  const results = el("div", { class: "results", "data-results": "price" });
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const source = await withProgress(t, status, submit ? [submit] : [], t("pane.price.busy"), () =>
      gridForPricingIn(window.localStorage, paneExcelHost(host)),
    );
    if (!source) return;
    if (source.kind === "none") {
      setStatus(status, "warning", t("pane.price.noGrid"));
      results.replaceChildren();
      return;
    }
    const outcome = priceFields(source.grid, fields(), lang);
    if (!outcome.ok) {
      setStatus(status, "error", t("pane.price.notPriceable"));
      results.replaceChildren(findingList(outcome.findings, context, t("pane.price.problems")));
      return;
    }
    setStatus(status, "done", sourceText(context, source));
    results.replaceChildren(...resultBlock(context, outcome));
  });

  return el("section", { "aria-labelledby": "price-heading" }, [
    viewHeading("price-heading", t("pane.price.title")),
    backToRole(t, navigate, "traiteur"),
    el("p", {}, [t("pane.price.body")]),
    form,
    status,
    results,
  ]);
};

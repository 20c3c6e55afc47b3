import type { Finding } from "../../core/findings";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { panel, setStatus, statusLine } from "../../ui/parts";
import { priceResult } from "../../ui/priceResult";
import { variantForm } from "../../ui/variantForm";
import { locateInWorkbook, priceFields } from "../../usecases/variant-fields";
import type { FlowContext } from "../context";
import { gridPanel, type GridInUse } from "../views/gridPanel";
import type { FlowScreen, WebFlow } from "./flow";

// Price a variant from a grid: a caterer's own (kept in this browser) or a grid chosen as a file (a filled template
// or the standard's JSON; a buyer's way). The same form, use case and breakdown as the pane's; a price the grid lacks
// names its cell in the file.

function render(context: FlowContext): FlowScreen {
  const { t, lang } = context;
  let inUse: GridInUse | null = null;
  const grid = gridPanel(context, (chosen) => (inUse = chosen));
  const form = variantForm(t, lang);
  const status = statusLine("price-status");
  const result = priceResult(t);
  const problems = el("div", { class: "results", "data-results": "price" });

  const refuse = (findings: readonly Finding[], use: GridInUse) => {
    const { field, others } = form.showErrors(findings);
    const located = use.snapshot ? locateInWorkbook(others, use.snapshot) : others;
    const inCell = located.some((finding) => finding.location?.cell);
    setStatus(
      status,
      "error",
      field
        ? t("pane.price.fieldError", { field })
        : t(inCell ? "web.price.gridProblem" : "pane.price.notPriceable"),
    );
    problems.replaceChildren(
      ...(located.length > 0 ? [findingList(located, context, t("pane.price.problems"))] : []),
    );
    if (!field) status.scrollIntoView({ block: "start" });
  };

  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    form.clearErrors();
    result.clear();
    problems.replaceChildren();
    const use = inUse;
    if (!use) {
      setStatus(status, "warning", t("web.price.noGrid"));
      return;
    }
    const outcome = priceFields(use.grid, form.fields(), lang);
    if (!outcome.ok) {
      refuse(outcome.findings, use);
      return;
    }
    setStatus(status, "done", t("web.price.pricedWith", { source: use.source }));
    result.show(outcome);
  });
  return {
    inputs: [grid, panel("price-variant", t("web.price.variant.title"), [form.form])],
    outputs: [status, problems, result.element],
  };
}

export const priceFlow: WebFlow = {
  id: "price",
  titleKey: "web.price.title",
  introKey: "web.price.intro",
  render,
};

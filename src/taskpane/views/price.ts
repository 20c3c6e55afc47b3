import type { Finding } from "../../core/findings";
import { saveMyGrid, type GridSource } from "../../usecases/my-grid";
import { locateInWorkbook, priceFields } from "../../usecases/variant-fields";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { priceResult } from "../../ui/priceResult";
import { variantForm } from "../../ui/variantForm";
import { showFindingCell } from "../actions/checkGrid";
import { paneExcelHost } from "../actions/excelHost";
import { myGridStore } from "../actions/myGridStore";
import { gridForPricingIn, type PricingGrid } from "../actions/gridSource";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";

// Price a variant: the form, then the price HT and TTC of one unit with its breakdown, from the open workbook's grid
// (or my grid when the workbook has none; the use case chooses). The answer comes into view and takes focus; a
// field to correct is marked beside it; a price missing in the grid is a link to its cell.

function dateText({ lang }: ViewContext, iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB") : "";
}

function sourceText(context: ViewContext, source: Exclude<GridSource, { kind: "none" }>): string {
  if (source.kind === "mine")
    return context.t("pane.price.source.mine", { date: dateText(context, source.savedAt) });
  return context.t("pane.price.source.workbook");
}

/** When my saved grid is not the workbook's: say so, and offer to update it in one click. */
function savedNotice(context: ViewContext, notice: HTMLElement, source: GridSource): void {
  const { t } = context;
  if (source.kind !== "workbook" || source.saved !== "differs") {
    notice.replaceChildren();
    return;
  }
  const update = actionButton(t("pane.price.updateSaved"), "update-saved", false);
  const status = statusLine("update-status");
  update.addEventListener("click", async () => {
    const saved = await withProgress(t, status, [update], t("pane.mygrid.saving"), async () =>
      saveMyGrid(myGridStore(context.host), source.grid),
    );
    if (!saved) return;
    update.remove();
    setStatus(status, "done", t("pane.price.updated"));
  });
  notice.replaceChildren(
    el("p", { "data-notice": "saved-differs" }, [
      t("pane.price.savedDiffers", { date: dateText(context, source.savedAt) }),
    ]),
    update,
    status,
  );
}

export const priceView: View<RouteOf<"price">> = (route, context) => {
  const { t, lang, host, navigate } = context;
  const excel = paneExcelHost(host);
  const form = variantForm(t, lang);
  const status = statusLine("price-status");
  const notice = el("div", { class: "notice-saved", "data-notice": "grid" });
  const result = priceResult(t);
  const problems = el("div", { class: "results", "data-results": "price" });
  const submit = form.form.querySelector<HTMLButtonElement>("button[type=submit]");

  const refuse = (findings: readonly Finding[], grid: PricingGrid) => {
    const { field, others } = form.showErrors(findings);
    const located = grid.source.kind === "workbook" ? locateInWorkbook(others, grid.snapshot) : others;
    const clickable = located.some((finding) => finding.location?.cell);
    const message = field
      ? t("pane.price.fieldError", { field })
      : t(clickable ? "pane.price.gridProblem" : "pane.price.notPriceable");
    setStatus(status, "error", message);
    const select = (finding: Finding) => void showFindingCell(excel, finding);
    problems.replaceChildren(
      ...(located.length > 0 ? [findingList(located, context, t("pane.price.problems"), select)] : []),
    );
    if (field) return;
    // Nothing to correct in the form: the reason is below it, brought into view with focus on its first link.
    status.scrollIntoView({ block: "start" });
    problems.querySelector<HTMLButtonElement>("button")?.focus({ preventScroll: true });
  };

  form.form.addEventListener("submit", async (event) => {
    event.preventDefault();
    form.clearErrors();
    const grid = await withProgress(t, status, submit ? [submit] : [], t("pane.price.busy"), () =>
      gridForPricingIn(window.localStorage, excel),
    );
    result.clear();
    problems.replaceChildren();
    notice.replaceChildren();
    if (!grid) return;
    const { source } = grid;
    if (source.kind === "none") {
      setStatus(status, "warning", t("pane.price.noGrid"));
      return;
    }
    const outcome = priceFields(source.grid, form.fields(), lang);
    if (!outcome.ok) {
      refuse(outcome.findings, grid);
      return;
    }
    setStatus(status, "done", sourceText(context, source));
    savedNotice(context, notice, source);
    result.show(outcome);
  });

  return el("section", { "aria-labelledby": "price-heading" }, [
    viewHeading("price-heading", t("pane.price.title")),
    backToRole(t, navigate, route.role),
    el("p", {}, [t("pane.price.body")]),
    form.form,
    status,
    problems,
    result.element,
    notice,
  ]);
};

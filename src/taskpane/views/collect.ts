import type { Collection } from "../../core/collection";
import { findingMessage } from "../../core/finding-message";
import { collectGrids, localIsoDate, observatoryReport } from "../../usecases/collect-grids";
import { readChosenFiles, writeRegister } from "../actions/collectGrids";
import { offerDownload } from "../actions/download";
import { paneExcelHost } from "../actions/excelHost";
import { collectionFiles, showCollectionStatus } from "../../ui/collection";
import { el } from "../../ui/dom";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";

// The facilitator's desk: choose many returned grids, read here; the summary and each file's state; then the
// register written into new sheets of this workbook, and the report offered as a download.

/** The result of a collection: what to do with it (write, download), then every file's state and the rule. */
function resultPanel(context: ViewContext, collection: Collection): HTMLElement[] {
  const { t, lang, host } = context;
  const write = actionButton(t("pane.collect.write"), "collect-write");
  const report = actionButton(t("pane.collect.report"), "collect-report", false);
  const outcome = statusLine("collect-write-status");
  write.addEventListener("click", async () => {
    const result = await withProgress(t, outcome, [write, report], t("pane.collect.writing"), () =>
      writeRegister(paneExcelHost(host), collection, lang),
    );
    if (result?.kind === "written")
      setStatus(outcome, "done", t("pane.collect.written", { sheets: result.sheets.join(", ") }));
    else if (result?.kind === "refused")
      setStatus(
        outcome,
        "error",
        t("pane.collect.refused", {
          reasons: result.reasons.map((reason) => findingMessage(reason, lang)).join(" "),
        }),
      );
  });
  report.addEventListener("click", () => {
    const file = t("pane.collect.reportFile", { today: collection.today });
    offerDownload(observatoryReport(collection, lang), "text/html;charset=utf-8", file);
    setStatus(outcome, "info", t("pane.collect.reportOffered", { file }));
  });
  return [write, report, outcome, ...collectionFiles(context, collection)];
}

export const collectView: View<RouteOf<"collect">> = (route, context) => {
  const { t, navigate } = context;
  const input = el("input", {
    id: "collect-files",
    type: "file",
    multiple: "",
    accept: ".xlsx,.xlsm,.json",
    class: "file",
  });
  const status = statusLine("collect-status");
  const results = el("div", { class: "results", "data-results": "collect" });
  input.addEventListener("change", async () => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    const today = localIsoDate(new Date());
    results.replaceChildren();
    const progress = (done: number, total: number, file: string) =>
      setStatus(status, "busy", t("pane.collect.reading", { done: done + 1, total, file }));
    const grids = await withProgress(
      t,
      status,
      [input],
      t("pane.collect.reading", { done: 1, total: files.length, file: files[0].name }),
      () => readChosenFiles(files, today, progress),
    );
    input.value = "";
    if (!grids) return;
    const collection = collectGrids(grids, { today });
    showCollectionStatus(status, context, collection);
    results.replaceChildren(...resultPanel(context, collection));
  });
  return el("section", { "aria-labelledby": "collect-heading" }, [
    viewHeading("collect-heading", t("pane.collect.title")),
    backToRole(t, navigate, route.role),
    el("p", {}, [t("pane.collect.body")]),
    el("div", { class: "field" }, [el("label", { for: "collect-files" }, [t("pane.collect.files")]), input]),
    status,
    results,
  ]);
};

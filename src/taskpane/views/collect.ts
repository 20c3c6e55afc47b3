import type { Collection, CollectedGrid } from "../../core/collection";
import { LIST_SEPARATOR, gridLine, ruleTexts, statusCounts, GRID_STATUSES } from "../../core/collection";
import { findingMessage } from "../../core/finding-message";
import type { Severity } from "../../core/findings";
import { collectGrids, localIsoDate, observatoryReport } from "../../usecases/collect-grids";
import { readChosenFiles, writeRegister } from "../actions/collectGrids";
import { offerDownload } from "../actions/download";
import { paneExcelHost } from "../actions/excelHost";
import { el } from "../../ui/dom";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";

// The facilitator's desk: choose many returned grids, read here; the summary and each file's state; then the
// register written into new sheets of this workbook, and the report offered as a download.

/** How a file's state is marked: what needs the facilitator in the colours of errors and warnings. */
const STATUS_SEVERITY: Readonly<Record<CollectedGrid["status"], Severity>> = {
  valid: "info",
  replaced: "info",
  expired: "warning",
  errors: "error",
  notGrid: "error",
  unreadable: "error",
};

function fileItem(grid: CollectedGrid, { t, lang }: ViewContext, today: string): HTMLElement {
  const line = gridLine(grid, lang, today);
  const who = line.name ? `${line.file} — ${line.name}` : line.file;
  return el("li", { class: "finding", "data-status": line.status }, [
    el("span", {}, [
      el("span", { class: `severity severity-${STATUS_SEVERITY[line.status]}` }, [
        t(`collect.status.${line.status}`),
      ]),
      el("span", { class: "finding-text" }, [who]),
      ...(line.note ? [el("span", { class: "finding-where" }, [line.note])] : []),
    ]),
  ]);
}

function summaryText({ t }: ViewContext, collection: Collection): string {
  const counts = statusCounts(collection);
  const statuses = GRID_STATUSES.filter((status) => counts[status] > 0)
    .map((status) =>
      t("collect.report.statusCount", { status: t(`collect.status.${status}`), count: counts[status] }),
    )
    .join(LIST_SEPARATOR);
  return t("pane.collect.done", { files: collection.grids.length, statuses, valid: counts.valid });
}

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
  return [
    write,
    report,
    outcome,
    el(
      "ul",
      { class: "findings", "aria-label": t("pane.collect.listLabel") },
      collection.grids.map((grid) => fileItem(grid, context, collection.today)),
    ),
    el("p", { class: "aside" }, [t("pane.collect.rule", { rule: ruleTexts(lang).join(" ") })]),
  ];
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
    const needsAttention = collection.grids.some((grid) => STATUS_SEVERITY[grid.status] !== "info");
    setStatus(status, needsAttention ? "warning" : "done", summaryText(context, collection));
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

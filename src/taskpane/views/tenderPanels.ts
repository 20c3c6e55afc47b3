import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid/model";
import type { ExcelHost } from "../../excel";
import { el } from "../../ui/dom";
import { fillReportList } from "../../ui/fillReport";
import { findingList } from "../../ui/findings";
import { checkbox } from "../../ui/controls";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import type { TenderMapping } from "../../usecases/map-tender";
import type { TenderReview } from "../../usecases/review-tender";
import { checkOpenReady, fillOpenTender, showRange } from "../actions/answerTender";
import type { ViewContext } from "../router";

// The panels of the "answer this tender" screen around the lines: the table found (shown in Excel on demand), the
// conditions read with their cell, filling the prices, and the "ready to submit" check.

/** Takes Excel's selection to a cell or a range, saying so in `status`; nothing in the workbook changes. */
export type Select = (sheet: string, address: string) => Promise<void>;

export function selector(context: ViewContext, excel: ExcelHost, status: HTMLElement): Select {
  const { t } = context;
  return async (sheet, address) => {
    await withProgress(t, status, [], t("pane.tender.selecting"), () => showRange(excel, sheet, address));
    if (status.dataset.state === "busy") setStatus(status, "idle", "");
  };
}

export function tablePanel(context: ViewContext, excel: ExcelHost, review: TenderReview): HTMLElement {
  const { t } = context;
  const show = actionButton(t("pane.tender.table.show"), "show-table", false);
  const status = statusLine("table-status");
  show.addEventListener("click", async () => {
    const done = await withProgress(t, status, [show], t("pane.tender.table.showing"), async () => {
      await showRange(excel, review.sheet, review.range);
      return true;
    });
    if (done) setStatus(status, "done", t("pane.tender.table.shown"));
  });
  const where = t("pane.tender.table.where", {
    sheet: review.sheet,
    row: review.headerRow,
    range: review.range,
  });
  return panel("table", t("pane.tender.table.title"), [
    el("p", { "data-table": "where" }, [where]),
    show,
    status,
  ]);
}

export function conditionsPanel(context: ViewContext, review: TenderReview, select: Select): HTMLElement {
  const { t } = context;
  if (review.conditions.length === 0)
    return panel("conditions", t("pane.tender.conditions.title"), [
      el("p", {}, [t("pane.tender.conditions.none")]),
    ]);
  const items = review.conditions.map((condition) => {
    const button = el(
      "button",
      { type: "button", class: "finding-button", "data-cell": `${condition.sheet}!${condition.cell}` },
      [el("span", { class: "finding-text" }, [condition.text])],
    );
    button.addEventListener("click", () => void select(condition.sheet, condition.cell));
    return el("li", { class: "finding" }, [button]);
  });
  return panel("conditions", t("pane.tender.conditions.title"), [
    el("ul", { class: "findings", "aria-label": t("pane.tender.conditions.label") }, items),
  ]);
}

/** The cell to show for a line left: its first price cell, else its designation. */
function lineCell(mapping: TenderMapping, row: number): string {
  const line = mapping.lines.find((one) => one.row === row);
  return line?.priceCells[0]?.cell ?? `${mapping.columns.designation ?? "A"}${row}`;
}

export function fillPanel(
  context: ViewContext,
  excel: ExcelHost,
  state: { readonly mapping: () => TenderMapping; readonly grid: Grid | null },
  select: Select,
): HTMLElement {
  const { t, lang } = context;
  const overwrite = checkbox("fill-overwrite", t("pane.tender.fill.overwrite"));
  const button = actionButton(t("pane.tender.fill.button"), "fill-tender");
  const status = statusLine("fill-status");
  const results = el("div", { class: "results", "data-results": "fill" });
  const { grid } = state;
  if (!grid) {
    button.disabled = true;
    setStatus(status, "warning", t("pane.tender.fill.noGrid"));
  }
  button.addEventListener("click", async () => {
    if (!grid) return;
    const mapping = state.mapping();
    const outcome = await withProgress(t, status, [button, overwrite.box], t("pane.tender.fill.busy"), () =>
      fillOpenTender(excel, mapping, grid, overwrite.box.checked),
    );
    results.replaceChildren();
    if (!outcome) return;
    if (outcome.kind === "notApplied") {
      const reasons = outcome.findings
        .map((finding) => t(finding.messageKey, finding.params ?? {}))
        .join(" ");
      setStatus(status, "error", t("pane.tender.fill.notApplied", { reasons }));
      return;
    }
    const { report, door } = outcome;
    const left = new Set(report.left.map((line) => line.row)).size;
    const counts = { filled: report.filled.length, lines: report.lines, left };
    setStatus(
      status,
      left > 0 || door.findings.length > 0 ? "warning" : "done",
      t(left > 0 ? "pane.tender.fill.partial" : "pane.tender.fill.done", counts),
    );
    // What the host kept the door from checking (pivot tables it could not place), above the lines left.
    const unchecked =
      door.findings.length > 0 ? [findingList(door.findings, context, t("pane.tender.fill.hostLabel"))] : [];
    if (left === 0) {
      results.replaceChildren(...unchecked);
      return;
    }
    const onSelect = (line: { row: number }) => void select(mapping.sheet, lineCell(mapping, line.row));
    results.replaceChildren(
      ...unchecked,
      el("h4", {}, [t("pane.tender.left.title")]),
      fillReportList({ t, lang }, report, { onSelect }),
    );
  });
  return panel("fill", t("pane.tender.fill.title"), [
    el("p", {}, [t("pane.tender.fill.body")]),
    overwrite.row,
    button,
    status,
    results,
  ]);
}

export function readyPanel(
  context: ViewContext,
  excel: ExcelHost,
  sheet: string | undefined,
  select: Select,
): HTMLElement {
  const { t } = context;
  const button = actionButton(t("pane.tender.ready.button"), "check-ready", false);
  const status = statusLine("ready-status");
  const results = el("div", { class: "results", "data-results": "ready" });
  button.addEventListener("click", async () => {
    const check = await withProgress(t, status, [button], t("pane.tender.ready.busy"), () =>
      checkOpenReady(excel, sheet),
    );
    results.replaceChildren();
    if (!check) return;
    if (check.ready) {
      setStatus(status, "done", t("pane.tender.ready.clean"));
      return;
    }
    setStatus(status, "warning", t("pane.tender.ready.found", { count: check.findings.length }));
    const onSelect = (finding: Finding) => {
      const { sheet: at, cell } = finding.location ?? {};
      if (at && cell) void select(at, cell);
    };
    results.replaceChildren(findingList(check.findings, context, t("pane.tender.ready.label"), onSelect));
  });
  return panel("ready", t("pane.tender.ready.title"), [
    el("p", {}, [t("pane.tender.ready.body")]),
    button,
    status,
    results,
  ]);
}

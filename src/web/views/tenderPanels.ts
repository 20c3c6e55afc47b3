import type { Finding } from "../../core/findings";
import type { Translate } from "../../i18n";
import { el } from "../../ui/dom";
import { fillReportList } from "../../ui/fillReport";
import { findingList } from "../../ui/findings";
import { setStatus, panel } from "../../ui/parts";
import type { TenderReview } from "../../usecases/review-tender";
import type { FilledTender } from "../actions/tender";
import type { FlowContext } from "../context";

// The panels of "answer a tender" around its lines, as the pane shows them with a file in place of Excel: where the
// table was found, the conditions read with their cell, what the fill left, and the filled copy's "ready to submit".

export function tablePanel({ t }: { readonly t: Translate }, review: TenderReview): HTMLElement {
  const where = t("pane.tender.table.where", {
    sheet: review.sheet,
    row: review.headerRow,
    range: review.range,
  });
  return panel("table", t("pane.tender.table.title"), [el("p", { "data-table": "where" }, [where])]);
}

export function conditionsPanel({ t }: { readonly t: Translate }, review: TenderReview): HTMLElement {
  if (review.conditions.length === 0)
    return panel("conditions", t("pane.tender.conditions.title"), [
      el("p", {}, [t("pane.tender.conditions.none")]),
    ]);
  const items = review.conditions.map((condition) =>
    el("li", { class: "finding", "data-cell": `${condition.sheet}!${condition.cell}` }, [
      el("span", {}, [
        el("span", { class: "finding-text" }, [condition.text]),
        el("span", { class: "finding-where" }, [`${condition.sheet}!${condition.cell}`]),
      ]),
    ]),
  );
  return panel("conditions", t("pane.tender.conditions.title"), [
    el("ul", { class: "findings", "aria-label": t("pane.tender.conditions.label") }, items),
  ]);
}

/** How the fill went, in the status line, and the lines it left under it. */
export function showFill(
  context: FlowContext,
  filled: FilledTender,
  fileName: string,
  outputs: { readonly status: HTMLElement; readonly results: HTMLElement },
): void {
  const { t } = context;
  const { report } = filled;
  const left = new Set(report.left.map((line) => line.row)).size;
  const counts = { filled: report.filled.length, lines: report.lines, left, file: fileName };
  setStatus(
    outputs.status,
    left > 0 ? "warning" : "done",
    t(left > 0 ? "web.tender.fill.partial" : "web.tender.fill.done", counts),
  );
  outputs.results.replaceChildren(
    ...(left > 0 ? [el("h4", {}, [t("pane.tender.left.title")]), fillReportList(context, report)] : []),
  );
}

/** "Ready to submit": the filled copy read again, every trace of the caterer's grid listed. */
export function readyPanel(context: FlowContext, filled: FilledTender): HTMLElement {
  const { t } = context;
  const { ready } = filled;
  const findings: readonly Finding[] = ready.findings;
  const status = el("p", { class: "status-line", "data-state": ready.ready ? "done" : "warning" }, [
    ready.ready ? t("pane.tender.ready.clean") : t("pane.tender.ready.found", { count: findings.length }),
  ]);
  status.id = "ready-status";
  return panel("ready", t("pane.tender.ready.title"), [
    el("p", {}, [t("pane.tender.ready.body")]),
    status,
    ...(ready.ready ? [] : [findingList(findings, context, t("pane.tender.ready.label"))]),
  ]);
}

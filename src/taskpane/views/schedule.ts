import { findingMessage } from "../../core/finding-message";
import type { Lang, Translate } from "../../i18n";
import { makeSchedule } from "../../usecases/make-schedule";
import { field } from "../../ui/controls";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { actionButton, panel, setStatus, statusLine, withProgress, type StatusState } from "../../ui/parts";
import { paneExcelHost } from "../actions/excelHost";
import { downloadSchedule, writeScheduleInWorkbook, type WriteScheduleOutcome } from "../actions/schedule";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";
import { draftPanels, type Draft } from "../../ui/scheduleDraft";

// Make a schedule (buyer): lines picked from the standard's catalogue with the variant form, a list of them, then
// the schedule written into a new sheet of this workbook (never over a sheet of the same name) or downloaded.

const draft: Draft = { lines: [] };

function writeMessage(
  outcome: WriteScheduleOutcome,
  rows: number,
  t: Translate,
  lang: Lang,
): [StatusState, string] {
  switch (outcome.kind) {
    case "created":
      return ["done", t("pane.schedule.done", { sheets: outcome.sheets.join(", "), rows })];
    case "nameTaken":
      return ["warning", t("pane.schedule.nameTaken", { sheets: outcome.sheets.join(", ") })];
    case "refused":
      return [
        "error",
        t("pane.schedule.refused", {
          reasons: outcome.reasons.map((f) => findingMessage(f, lang)).join(" "),
        }),
      ];
  }
}

/** The panel that writes the schedule, and what to do when the list changes: forget what was said of the last one. */
function writePanel(context: ViewContext): { panel: HTMLElement; listChanged(): void } {
  const { t, lang, host } = context;
  const title = el("input", { id: "s-title", name: "s-title", type: "text", autocomplete: "off" });
  const write = actionButton(t("pane.schedule.write"), "write-schedule");
  const download = actionButton(t("pane.schedule.download"), "download-schedule", false);
  const status = statusLine("schedule-status");
  const problems = el("div", { class: "results", "data-results": "schedule" });

  /** The schedule of the list, or null (said in the status line) when there is nothing to write. */
  const made = () => {
    problems.replaceChildren();
    if (draft.lines.length === 0) {
      setStatus(status, "warning", t("pane.schedule.noLines"));
      return null;
    }
    const schedule = makeSchedule({ lines: draft.lines, lang, title: title.value });
    if (!schedule.plan)
      problems.replaceChildren(findingList(schedule.findings, context, t("pane.schedule.problems")));
    return schedule.plan ? schedule : null;
  };
  write.addEventListener("click", async () => {
    const schedule = made();
    if (!schedule?.plan) return;
    const plan = schedule.plan;
    const outcome = await withProgress(t, status, [write, download], t("pane.schedule.busy"), () =>
      writeScheduleInWorkbook(paneExcelHost(host), plan),
    );
    if (outcome) setStatus(status, ...writeMessage(outcome, schedule.rows, t, lang));
  });
  download.addEventListener("click", async () => {
    const schedule = made();
    if (!schedule?.plan) return;
    const plan = schedule.plan;
    const fileName = t("pane.schedule.fileName");
    const done = await withProgress(t, status, [write, download], t("pane.schedule.busy"), async () => {
      await downloadSchedule(plan, fileName);
      return true;
    });
    if (done) setStatus(status, "done", t("pane.schedule.offered", { file: fileName }));
  });
  return {
    panel: panel("write-schedule", t("pane.schedule.write.title"), [
      field("s-title", t("pane.schedule.consultation"), title),
      write,
      download,
      status,
      problems,
    ]),
    listChanged: () => {
      setStatus(status, "idle", "");
      problems.replaceChildren();
    },
  };
}

export const scheduleView: View<RouteOf<"schedule">> = (_route, context) => {
  const { t, navigate } = context;
  const written = writePanel(context);
  const panels = draftPanels(context, draft, written.listChanged);
  return el("section", { "aria-labelledby": "schedule-heading" }, [
    viewHeading("schedule-heading", t("pane.schedule.title")),
    backToRole(t, navigate, "acheteur"),
    el("p", {}, [t("pane.schedule.body")]),
    panels.add,
    panels.list,
    written.panel,
  ]);
};

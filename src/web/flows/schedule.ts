import { field } from "../../ui/controls";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { draftPanels, type Draft } from "../../ui/scheduleDraft";
import { makeSchedule } from "../../usecases/make-schedule";
import { offerWorkbook } from "../actions/downloads";
import type { FlowContext } from "../context";
import type { FlowScreen, WebFlow } from "./flow";

// The buyer's standard schedule without Excel: lines picked from the standard's catalogue with the variant form (or
// a LINES.json imported), the same list and use case as the pane's, then the schedule (BPU valant DQE) downloaded.

/** The list being made: it lives as long as the page, so going back to the buyer's screen loses nothing. */
const draft: Draft = { lines: [] };

/** The panel that downloads the schedule, and what to do when the list changes: forget what was said of the last one. */
function downloadPanel(context: FlowContext): { panel: HTMLElement; listChanged(): void } {
  const { t, lang } = context;
  const title = el("input", { id: "s-title", name: "s-title", type: "text", autocomplete: "off" });
  const download = actionButton(t("pane.schedule.download"), "download-schedule");
  const status = statusLine("schedule-status");
  const problems = el("div", { class: "results", "data-results": "schedule" });
  download.addEventListener("click", async () => {
    problems.replaceChildren();
    if (draft.lines.length === 0) {
      setStatus(status, "warning", t("pane.schedule.noLines"));
      return;
    }
    const schedule = makeSchedule({ lines: draft.lines, lang, title: title.value });
    const plan = schedule.plan;
    if (!plan) {
      setStatus(status, "error", t("web.schedule.refused"));
      problems.replaceChildren(findingList(schedule.findings, context, t("pane.schedule.problems")));
      return;
    }
    const fileName = t("pane.schedule.fileName");
    const done = await withProgress(t, status, [download], t("pane.schedule.busy"), async () => {
      await offerWorkbook(plan, fileName);
      return true;
    });
    if (done) setStatus(status, "done", t("pane.schedule.offered", { file: fileName }));
  });
  return {
    panel: panel("write-schedule", t("web.schedule.download.title"), [
      field("s-title", t("pane.schedule.consultation"), title),
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

function render(context: FlowContext): FlowScreen {
  const download = downloadPanel(context);
  const panels = draftPanels(context, draft, download.listChanged);
  return { inputs: [panels.add], outputs: [panels.list, download.panel] };
}

export const scheduleFlow: WebFlow = {
  id: "schedule",
  titleKey: "pane.schedule.title",
  introKey: "web.schedule.intro",
  render,
};

import { el } from "../../ui/dom";
import { errorMessage } from "../../ui/errors";
import { findingList } from "../../ui/findings";
import { setStatus, statusLine, withProgress } from "../../ui/parts";
import { checkReturnedGrid, type ReturnedGrid } from "../../usecases/returned-grids";
import { readWorkbookFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// A facilitator's pile of returned grids, checked at once: one summary table (grid, caterer, errors, warnings), then
// each grid's findings under its own heading. A file that cannot be read gets its line too, with why.

/** One file's outcome: checked, or unreadable with the reason in words. */
type FileOutcome = { readonly file: string } & (
  { readonly grid: ReturnedGrid } | { readonly problem: string }
);

async function checkOne({ t }: FlowContext, file: File): Promise<FileOutcome> {
  try {
    return { file: file.name, grid: checkReturnedGrid(await readWorkbookFile(file)) };
  } catch (error) {
    const message = errorMessage(error);
    return { file: file.name, problem: t(message.key, message.params) };
  }
}

/** A grid to send back: unreadable, not a grid, or with errors. */
const needsReview = (outcome: FileOutcome) =>
  !("grid" in outcome) || outcome.grid.check.kind !== "checked" || outcome.grid.errors > 0;

const detailsId = (index: number) => `grid-${index + 1}`;

/** The caterer column: the company's name, or what the file is not. */
function catererText({ t }: FlowContext, outcome: FileOutcome): string {
  if ("problem" in outcome) return t("web.many.unreadable");
  if (outcome.grid.check.kind === "notTemplate") return t("web.many.notGrid");
  return outcome.grid.caterer ?? t("web.many.noName");
}

function countText(outcome: FileOutcome, count: (grid: ReturnedGrid) => number): string {
  return "grid" in outcome && outcome.grid.check.kind === "checked" ? String(count(outcome.grid)) : "–";
}

function summaryRow(context: FlowContext, outcome: FileOutcome, index: number): HTMLElement {
  const go = el("button", { type: "button", class: "link", "data-goto": detailsId(index) }, [outcome.file]);
  go.addEventListener("click", () => {
    const details = document.getElementById(detailsId(index));
    details?.scrollIntoView({ block: "start" });
    details?.querySelector<HTMLElement>("h3")?.focus({ preventScroll: true });
  });
  return el("tr", { "data-review": needsReview(outcome) ? "yes" : "no" }, [
    el("th", { scope: "row" }, [go]),
    el("td", {}, [catererText(context, outcome)]),
    el("td", { class: "number" }, [countText(outcome, (grid) => grid.errors)]),
    el("td", { class: "number" }, [countText(outcome, (grid) => grid.warnings)]),
  ]);
}

function summaryTable(context: FlowContext, outcomes: readonly FileOutcome[]): HTMLElement {
  const { t } = context;
  const header = [
    "web.many.col.grid",
    "web.many.col.caterer",
    "web.many.col.errors",
    "web.many.col.warnings",
  ] as const;
  // Focusable and named: on a narrow screen the table scrolls sideways, by keyboard too.
  return el(
    "div",
    { class: "table-scroll", tabindex: "0", role: "region", "aria-labelledby": "summary-caption" },
    [
      el("table", { class: "summary", "data-summary": "grids" }, [
        el("caption", { id: "summary-caption" }, [t("web.many.caption", { count: outcomes.length })]),
        el("thead", {}, [
          el(
            "tr",
            {},
            header.map((key) => el("th", { scope: "col" }, [t(key)])),
          ),
        ]),
        el(
          "tbody",
          {},
          outcomes.map((outcome, index) => summaryRow(context, outcome, index)),
        ),
      ]),
    ],
  );
}

/** One grid's findings under its own heading (focused from the table). */
function gridDetails(context: FlowContext, outcome: FileOutcome, index: number): HTMLElement {
  const { t } = context;
  const id = detailsId(index);
  const heading = el("h3", { id: `${id}-title`, tabindex: "-1" }, [outcome.file]);
  let body: HTMLElement;
  if ("problem" in outcome) body = el("p", { class: "problem" }, [outcome.problem]);
  else if (outcome.grid.check.kind === "notTemplate")
    body = el("p", {}, [t("web.check.noGrid", { file: outcome.file })]);
  else {
    const findings = outcome.grid.check.findings.filter((finding) => finding.severity !== "info");
    body =
      findings.length === 0
        ? el("p", {}, [t("pane.check.clean")])
        : findingList(findings, context, t("web.many.findings", { file: outcome.file }));
  }
  return el(
    "section",
    { id, class: "panel grid-details", "aria-labelledby": `${id}-title`, "data-grid": outcome.file },
    [heading, body],
  );
}

function render(context: FlowContext): FlowScreen {
  const { t } = context;
  const status = statusLine("many-status");
  const results = el("div", { class: "results", "data-results": "many" });
  const picker = filePicker(t, {
    id: "many-files",
    label: t("web.many.files"),
    accept: ".xlsx",
    multiple: true,
    onFiles: async (files) => {
      results.replaceChildren();
      const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name, context.lang));
      const outcomes = await withProgress(
        t,
        status,
        [picker.input],
        t("web.many.busy", { count: sorted.length }),
        async () => {
          const done: FileOutcome[] = [];
          for (const file of sorted) {
            setStatus(
              status,
              "busy",
              t("web.many.reading", { file: file.name, index: done.length + 1, count: sorted.length }),
            );
            done.push(await checkOne(context, file));
          }
          return done;
        },
      );
      if (!outcomes) return;
      results.replaceChildren(
        summaryTable(context, outcomes),
        ...outcomes.map((o, i) => gridDetails(context, o, i)),
      );
      const review = outcomes.filter(needsReview).length;
      setStatus(
        status,
        review > 0 ? "warning" : "done",
        t("web.many.done", { count: outcomes.length, review }),
      );
    },
  });
  return { inputs: [picker.element], outputs: [status, results] };
}

export const checkManyFlow: WebFlow = {
  id: "check-many",
  titleKey: "web.many.title",
  introKey: "web.many.intro",
  render,
};

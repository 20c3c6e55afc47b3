import { localIsoDate } from "../../usecases/collect-grids";
import { findingMessage } from "../../core/finding-message";
import { compareOptionsPanel } from "../../ui/compareOptions";
import { comparisonFindings, rankingList } from "../../ui/compareResult";
import { clearInvalid } from "../../ui/controls";
import { el } from "../../ui/dom";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { compareFiles, type CompareOutcome } from "../actions/compare";
import { offerReport, offerWorkbook } from "../actions/downloads";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// The buyer compares the bids received without Excel: the original schedule and the bids chosen as files (read in
// this page, never uploaded), the points and the scoring; the ranking in short with its flags and findings, then
// the comparison workbook and the HTML report offered as downloads. The same use case as the pane's and the CLI's.

type Compared = Extract<CompareOutcome, { kind: "compared" }>;

function downloads(context: FlowContext, outcome: Compared): HTMLElement[] {
  const { t } = context;
  const workbook = actionButton(t("web.compare.downloadWorkbook"), "download-comparison");
  const report = actionButton(t("pane.compare.download"), "download-report", false);
  const status = statusLine("compare-download-status");
  workbook.addEventListener("click", async () => {
    const fileName = t("web.compare.workbookFile");
    const done = await withProgress(t, status, [workbook, report], t("web.compare.writing"), async () => {
      await offerWorkbook(outcome.plan, fileName);
      return true;
    });
    if (done) setStatus(status, "info", t("web.download.offered", { file: fileName }));
  });
  report.addEventListener("click", () => {
    const fileName = t("pane.compare.reportFile");
    offerReport(outcome.html, fileName);
    setStatus(status, "info", t("web.download.offered", { file: fileName }));
  });
  return [el("div", { class: "downloads" }, [workbook, report]), status];
}

function showOutcome(
  context: FlowContext,
  outcome: CompareOutcome,
  status: HTMLElement,
  results: HTMLElement,
) {
  const { t, lang } = context;
  if (outcome.kind === "tenderUnusable") {
    const reasons = outcome.findings.map((finding) => findingMessage(finding, lang)).join(" ");
    setStatus(status, "error", reasons);
    results.replaceChildren();
    return;
  }
  const { result } = outcome;
  const flagged = result.comparison.bids.filter((bid) => bid.oab.length > 0).length;
  setStatus(status, flagged > 0 ? "warning" : "done", t("web.compare.done", { count: result.bids.length }));
  results.replaceChildren(
    rankingList(context, result),
    ...downloads(context, outcome),
    ...comparisonFindings(context, result, outcome.findingsSheet),
  );
}

function render(context: FlowContext): FlowScreen {
  const { t, lang } = context;
  const chosen: { original: File | null; bids: readonly File[] } = { original: null, bids: [] };
  const originalName = el("p", { class: "aside", "data-chosen": "original" });
  const bidNames = el("ul", { class: "chosen", "aria-label": t("web.compare.chosenBids") });
  bidNames.hidden = true;
  const original = filePicker(t, {
    id: "compare-original",
    label: t("pane.compare.original.choose"),
    accept: ".xlsx",
    onFiles: ([file]) => {
      chosen.original = file;
      originalName.textContent = t("web.checkBid.chosen", { file: file.name });
    },
  });
  const bids = filePicker(t, {
    id: "compare-bids",
    label: t("pane.compare.bids"),
    accept: ".xlsx,.json",
    multiple: true,
    onFiles: (files) => {
      chosen.bids = files;
      bidNames.replaceChildren(...files.map((file) => el("li", {}, [file.name])));
      bidNames.hidden = false;
    },
  });
  const options = compareOptionsPanel(context.t);
  const go = actionButton(t("pane.compare.go"), "compare-bids");
  const status = statusLine("compare-status");
  const results = el("div", { class: "results", "data-results": "compare" });
  const files = panel("compare-files", t("web.compare.files"), [
    original.element,
    originalName,
    bids.element,
    bidNames,
  ]);

  /**
   * The options read, each mistake marked at its field (as the user types, so no mark moves the button being
   * clicked). While they are wrong no ranking made with other options stays on screen, nor its downloads; once they
   * are right again, the request to correct them goes.
   */
  let refused = false;
  const readOptions = () => {
    clearInvalid(options.element);
    const reading = options.read();
    if (!reading.ok) {
      results.replaceChildren();
      setStatus(status, "warning", t("pane.compare.fix"));
    } else if (refused) setStatus(status, "idle", "");
    refused = !reading.ok;
    return reading;
  };
  options.element.addEventListener("input", readOptions);

  go.addEventListener("click", async () => {
    const reading = readOptions();
    const { original: tender, bids: offers } = chosen;
    // The file inputs say what is missing in the status line: their own description is the drop hint.
    if (!tender || offers.length === 0) {
      setStatus(status, "warning", t(tender ? "pane.compare.bidsMissing" : "web.compare.originalMissing"));
      return;
    }
    if (!reading.ok) return;
    const busy = t("pane.compare.busy", { count: offers.length });
    const request = { original: tender, bids: offers, options: reading.options, lang };
    const outcome = await withProgress(t, status, [go, original.input, bids.input], busy, () =>
      compareFiles({ ...request, date: localIsoDate(new Date()) }),
    );
    if (outcome) showOutcome(context, outcome, status, results);
  });
  return { inputs: [files, options.element, go], outputs: [status, results] };
}

export const compareFlow: WebFlow = {
  id: "compare",
  titleKey: "pane.compare.title",
  introKey: "web.compare.intro",
  render,
};

import { findingMessage } from "../../core/finding-message";
import { compareOptionsPanel } from "../../ui/compareOptions";
import { comparisonFindings, rankingList } from "../../ui/compareResult";
import { localIsoDate } from "../../usecases/collect-grids";
import { clearInvalid, field, markInvalid, radio } from "../../ui/controls";
import { el } from "../../ui/dom";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { paneExcelHost } from "../actions/excelHost";
import { compareInWorkbook, offerReport, type ChosenFile, type CompareOutcome } from "../actions/compareBids";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";

// The buyer compares the bids it received: the original schedule (this workbook, or a file), the bids chosen as
// files (read on this computer, never uploaded), the points and the scoring; the comparison lands in new sheets
// of this workbook, and the HTML report is offered as a download. The ranking is shown here in short.

async function chosen(files: FileList | null): Promise<ChosenFile[]> {
  return Promise.all(
    [...(files ?? [])].map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function showOutcome(
  context: ViewContext,
  outcome: CompareOutcome,
  status: HTMLElement,
  results: HTMLElement,
): void {
  const { t, lang } = context;
  if (outcome.kind === "tenderUnusable") {
    setStatus(status, "error", outcome.findings.map((finding) => findingMessage(finding, lang)).join(" "));
    results.replaceChildren();
    return;
  }
  if (outcome.kind === "refused") {
    setStatus(
      status,
      "error",
      t("pane.compare.refused", {
        reasons: outcome.reasons.map((r) => findingMessage(r, lang)).join(" "),
      }),
    );
    results.replaceChildren();
    return;
  }
  const { sheets } = outcome;
  const flagged = outcome.result.comparison.bids.filter((bid) => bid.oab.length > 0).length;
  setStatus(
    status,
    flagged > 0 ? "warning" : "done",
    t("pane.compare.done", {
      count: outcome.result.bids.length,
      sheets: [sheets.summary, sheets.lines, sheets.findings].join(", "),
    }),
  );
  const download = actionButton(t("pane.compare.download"), "download-report", false);
  const downloadStatus = statusLine("compare-download-status");
  download.addEventListener("click", () => {
    offerReport(outcome.html, t("pane.compare.reportFile"));
    setStatus(downloadStatus, "info", t("pane.compare.offered"));
  });
  results.replaceChildren(
    rankingList(context, outcome.result),
    download,
    downloadStatus,
    ...comparisonFindings(context, outcome.result, outcome.sheets.findings),
  );
}

export const compareView: View<RouteOf<"compare">> = (_route, context) => {
  const { t, host, navigate } = context;
  const excel = paneExcelHost(host);
  const kind = el("fieldset", { class: "group" }, [
    el("legend", {}, [t("pane.compare.original")]),
    radio("compare-original-kind", "open", t("pane.compare.original.open"), true),
    radio("compare-original-kind", "file", t("pane.compare.original.file"), false),
  ]);
  const originalFile = el("input", { id: "compare-original", type: "file", accept: ".xlsx", class: "file" });
  originalFile.addEventListener("change", () => {
    const fileChoice = kind.querySelector<HTMLInputElement>("input[value=file]");
    if (fileChoice && originalFile.files?.length) fileChoice.checked = true;
  });
  const bidsInput = el("input", {
    id: "compare-bids",
    type: "file",
    accept: ".xlsx,.json",
    multiple: "",
    class: "file",
  });
  const chosenList = el("ul", { class: "chosen", "aria-live": "polite" });
  bidsInput.addEventListener("change", () =>
    chosenList.replaceChildren(...[...(bidsInput.files ?? [])].map((file) => el("li", {}, [file.name]))),
  );
  const options = compareOptionsPanel(t);
  const go = actionButton(t("pane.compare.go"), "compare-bids");
  const status = statusLine("compare-status");
  const results = el("div", { class: "results", "data-results": "compare" });

  const run = async () => {
    clearInvalid(view);
    const read = options.read();
    const fromFile = kind.querySelector<HTMLInputElement>("input[value=file]")?.checked === true;
    if (fromFile && !originalFile.files?.length) markInvalid(originalFile, t("pane.compare.originalMissing"));
    if (!bidsInput.files?.length) markInvalid(bidsInput, t("pane.compare.bidsMissing"));
    if (!read.ok || (fromFile && !originalFile.files?.length) || !bidsInput.files?.length) {
      // No ranking of other options or files stays on screen, its download with it.
      results.replaceChildren();
      setStatus(status, "warning", t("pane.compare.fix"));
      return;
    }
    const outcome = await withProgress(
      t,
      status,
      [go, bidsInput, originalFile],
      t("pane.compare.busy", { count: bidsInput.files.length }),
      async () => {
        const bids = await chosen(bidsInput.files);
        const original = fromFile
          ? { kind: "file" as const, file: (await chosen(originalFile.files))[0] }
          : { kind: "open" as const };
        return compareInWorkbook(excel, {
          original,
          bids,
          options: read.options,
          lang: context.lang,
          date: localIsoDate(new Date()),
        });
      },
    );
    if (outcome) showOutcome(context, outcome, status, results);
  };
  go.addEventListener("click", () => void run());

  const view = el("section", { "aria-labelledby": "compare-heading" }, [
    viewHeading("compare-heading", t("pane.compare.title")),
    backToRole(t, navigate, "acheteur"),
    el("p", {}, [t("pane.compare.body")]),
    kind,
    field("compare-original", t("pane.compare.original.choose"), originalFile),
    field("compare-bids", t("pane.compare.bids"), bidsInput),
    chosenList,
    options.element,
    go,
    status,
    results,
  ]);
  return view;
};

import type { Finding } from "../../core/findings";
import type { BidCheck } from "../../usecases/check-bid";
import { findingMessage } from "../../core/finding-message";
import { loadMyGrid, type StoredGrid } from "../../usecases/my-grid";
import { el } from "../../ui/dom";
import { findingCounts, findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { showFindingCell } from "../actions/checkGrid";
import { checkOpenBid, type OriginalFile } from "../actions/checkBid";
import { paneExcelHost } from "../actions/excelHost";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";

// Check the bid open in Excel against its original schedule, chosen as a file and read on this computer: the
// buyer's "Vérifier l'offre ouverte", and the caterer's "Vérifier avant envoi", which also compares each price with
// my grid. Each finding that names a cell takes Excel's selection there when clicked.

function gridNote(context: ViewContext, stored: StoredGrid | null, count: number): string {
  if (!stored) return context.t("pane.checkBid.grid.none");
  const date = new Date(stored.savedAt).toLocaleDateString(context.lang === "fr" ? "fr-FR" : "en-GB");
  return context.t("pane.checkBid.grid.mine", { date, count });
}

interface Outputs {
  readonly status: HTMLElement;
  readonly note: HTMLElement;
  readonly results: HTMLElement;
}

function show(
  context: ViewContext,
  outputs: Outputs,
  outcome: BidCheck,
  select: (finding: Finding) => void,
  stored: StoredGrid | null | undefined,
): void {
  const { t, lang } = context;
  const { status, note, results } = outputs;
  if (outcome.kind === "unusable") {
    const reason = outcome.findings.map((finding) => findingMessage(finding, lang)).join(" ");
    setStatus(status, "error", t("pane.checkBid.unusable", { reason }));
    note.textContent = "";
    results.replaceChildren();
    return;
  }
  const { findings, lines } = outcome;
  const errors = findings.some((finding) => finding.severity === "error");
  setStatus(
    status,
    errors ? "error" : findings.length > 0 ? "warning" : "done",
    findings.length === 0
      ? t("pane.checkBid.clean", { lines: lines.length, file: outcome.tender })
      : t("pane.checkBid.summary", {
          lines: lines.length,
          file: outcome.tender,
          counts: findingCounts(findings, t),
        }),
  );
  note.textContent = stored === undefined ? "" : gridNote(context, stored, outcome.gridLines);
  const words = findingMessage;
  results.replaceChildren(
    ...(findings.length > 0
      ? [findingList(findings, { ...context, words }, t("pane.checkBid.listLabel"), select)]
      : []),
    ...(findings.some((finding) => finding.location?.cell)
      ? [el("p", { class: "aside" }, [t("pane.check.clickHint")])]
      : []),
  );
}

export const checkBidView: View<RouteOf<"checkBid">> = (route, context) => {
  const { t, host, navigate } = context;
  const excel = paneExcelHost(host);
  const caterer = route.role === "traiteur";
  const file = el("input", { id: "original-file", type: "file", accept: ".xlsx", class: "file" });
  const again = actionButton(t("pane.checkBid.again"), "check-bid", false);
  again.hidden = true;
  const outputs: Outputs = {
    status: statusLine("checkbid-status"),
    note: el("p", { class: "aside", "data-notice": "grid" }),
    results: el("div", { class: "results", "data-results": "check-bid" }),
  };
  const selectStatus = statusLine("select-status");
  let original: OriginalFile | null = null;

  const select = async (finding: Finding) => {
    await withProgress(t, selectStatus, [], t("pane.check.selecting"), () => showFindingCell(excel, finding));
    if (selectStatus.dataset.state === "busy") setStatus(selectStatus, "idle", "");
  };
  const run = async (chosen: OriginalFile) => {
    // My grid is read at each check, so a grid saved a moment ago is the one prices are compared with.
    const stored = caterer ? loadMyGrid(window.localStorage) : undefined;
    const busy = t("pane.checkBid.busy", { file: chosen.name });
    const outcome = await withProgress(t, outputs.status, [file, again], busy, () =>
      checkOpenBid(excel, chosen, t("pane.checkBid.openWorkbook"), stored?.grid),
    );
    if (outcome) show(context, outputs, outcome, (finding) => void select(finding), stored);
  };
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    original = { bytes: new Uint8Array(await chosen.arrayBuffer()), name: chosen.name };
    file.value = "";
    again.hidden = false;
    await run(original);
  });
  again.addEventListener("click", () => {
    if (original) void run(original);
  });

  return el("section", { "aria-labelledby": "checkbid-heading" }, [
    viewHeading(
      "checkbid-heading",
      t(`pane.checkBid.title.${route.role === "traiteur" ? "traiteur" : "acheteur"}`),
    ),
    backToRole(t, navigate, route.role),
    el("p", {}, [t(`pane.checkBid.body.${caterer ? "traiteur" : "acheteur"}`)]),
    el("div", { class: "field" }, [el("label", { for: "original-file" }, [t("pane.checkBid.file")]), file]),
    again,
    outputs.status,
    outputs.note,
    outputs.results,
    selectStatus,
  ]);
};

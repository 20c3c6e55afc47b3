import type { Finding } from "../../core/findings";
import { loadMyGrid } from "../../usecases/my-grid";
import { showBidCheck, type BidCheckOutputs } from "../../ui/bidCheck";
import { el } from "../../ui/dom";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { showFindingCell } from "../actions/checkGrid";
import { checkOpenBid, type OriginalFile } from "../actions/checkBid";
import { paneExcelHost } from "../actions/excelHost";
import type { RouteOf, View } from "../router";
import { backToRole } from "./back";

// Check the bid open in Excel against its original schedule, chosen as a file and read on this computer: the
// buyer's "Vérifier l'offre ouverte", and the caterer's "Vérifier avant envoi", which also compares each price with
// my grid. Each finding that names a cell takes Excel's selection there when clicked.

export const checkBidView: View<RouteOf<"checkBid">> = (route, context) => {
  const { t, host, navigate } = context;
  const excel = paneExcelHost(host);
  const caterer = route.role === "traiteur";
  const file = el("input", { id: "original-file", type: "file", accept: ".xlsx", class: "file" });
  const again = actionButton(t("pane.checkBid.again"), "check-bid", false);
  again.hidden = true;
  const outputs: BidCheckOutputs = {
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
      checkOpenBid(excel, chosen, caterer ? "bidder" : "buyer", stored?.grid),
    );
    if (outcome) showBidCheck(context, outputs, outcome, stored, (finding) => void select(finding));
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

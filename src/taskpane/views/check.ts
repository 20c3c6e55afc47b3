import type { Finding } from "../../core/findings";
import type { GridCheck } from "../../usecases/check-grid";
import { checkOpenWorkbook, showFindingCell } from "../actions/checkGrid";
import { paneExcelHost } from "../actions/excelHost";
import { el } from "../../ui/dom";
import type { RouteOf, View, ViewContext } from "../router";
import { showGridCheck } from "../../ui/check";
import { viewHeading } from "../../ui/heading";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { backToRole } from "./back";

// Check the grid in this workbook: runs when the screen opens and again on demand; findings that name a cell take
// Excel's selection there when clicked.

/** Shows a check's outcome in `status` and `results`; shared with the facilitator's file check. */
export function showCheck(
  context: Pick<ViewContext, "t" | "lang">,
  outcome: GridCheck,
  status: HTMLElement,
  results: HTMLElement,
  onSelect?: (finding: Finding) => void,
): void {
  showGridCheck(context, outcome, status, results, {
    noGridText: context.t("pane.check.noGrid"),
    ...(onSelect ? { onSelect } : {}),
  });
}

export const checkView: View<RouteOf<"check">> = (route, context) => {
  const { t, host, navigate } = context;
  const excel = paneExcelHost(host);
  const again = actionButton(t("pane.check.again"), "check-grid");
  const status = statusLine("check-status");
  const results = el("div", { class: "results", "data-results": "check" });
  const selectStatus = statusLine("select-status");

  const select = async (finding: Finding) => {
    await withProgress(t, selectStatus, [], t("pane.check.selecting"), () => showFindingCell(excel, finding));
    if (selectStatus.dataset.state === "busy") setStatus(selectStatus, "idle", "");
  };
  const run = async () => {
    const outcome = await withProgress(t, status, [again], t("pane.check.busy"), () =>
      checkOpenWorkbook(excel),
    );
    if (outcome) showCheck(context, outcome, status, results, select);
  };
  again.addEventListener("click", () => void run());

  const view = el("section", { "aria-labelledby": "check-heading" }, [
    viewHeading("check-heading", t("pane.check.title")),
    backToRole(t, navigate, route.role),
    el("p", {}, [t("pane.check.body")]),
    again,
    status,
    results,
    selectStatus,
  ]);
  void run();
  return view;
};

import { showIntake, myGridParts, type MyGridContext, type MyGridOutputs } from "../../ui/myGrid";
import { paneExcelHost } from "../actions/excelHost";
import { saveFromWorkbook } from "../actions/myGrid";
import { myGridStore } from "../actions/myGridStore";
import { el } from "../../ui/dom";
import type { RouteOf, View, ViewContext } from "../router";
import { viewHeading } from "../../ui/heading";
import { actionButton, panel, setStatus, withProgress } from "../../ui/parts";
import { backToRole } from "./back";

// My grid: save the grid of this workbook in the add-in's storage on this computer, export it as the standard's
// JSON, import one (src/ui/myGrid.ts, shared with the offline page). The screen says where it is kept and that
// nothing leaves the computer.

function savePanel(
  context: ViewContext & MyGridContext,
  outputs: MyGridOutputs,
  refresh: () => void,
): HTMLElement {
  const { t, host, store } = context;
  const button = actionButton(t("pane.mygrid.save"), "save-grid");
  button.addEventListener("click", async () => {
    const outcome = await withProgress(t, outputs.status, [button], t("pane.mygrid.saving"), () =>
      saveFromWorkbook(paneExcelHost(host), store),
    );
    if (outcome?.kind === "noGrid") setStatus(outputs.status, "warning", t("pane.check.noGrid"));
    else if (outcome) showIntake(context, outputs, outcome, "pane.mygrid.saveDone");
    refresh();
  });
  return panel("mygrid-save", t("pane.mygrid.save.title"), [
    el("p", {}, [t("pane.mygrid.save.body")]),
    button,
  ]);
}

export const myGridView: View<RouteOf<"mygrid">> = (_route, viewContext) => {
  const { t, navigate } = viewContext;
  // The functions read my grid from OfficeRuntime.storage where the host has it: the store mirrors it there.
  const context = { ...viewContext, store: myGridStore(viewContext.host) };
  const parts = myGridParts(context);
  return el("section", { "aria-labelledby": "mygrid-heading" }, [
    viewHeading("mygrid-heading", t("pane.mygrid.title")),
    backToRole(t, navigate, "traiteur"),
    el("p", { class: "aside" }, [t("pane.mygrid.storage")]),
    ...parts.current,
    savePanel(context, parts.outputs, parts.refresh),
    parts.file,
    parts.outputs.status,
    parts.outputs.results,
  ]);
};

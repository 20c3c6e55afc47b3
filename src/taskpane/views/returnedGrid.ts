import type { RoleId } from "../../ui/roles";
import { el } from "../../ui/dom";
import { actionButton, panel, statusLine, withProgress } from "../../ui/parts";
import { checkWorkbookFile } from "../actions/checkGrid";
import type { ViewContext } from "../router";
import { showCheck } from "./check";

// Check a grid received from a caterer, in the open workbook or from an .xlsx file: the facilitator's and the
// buyer's panel.

export function returnedGridPanel(context: ViewContext, role: RoleId): HTMLElement {
  const { t, navigate } = context;
  const open = actionButton(t("pane.returned.open"), "check-open", false);
  open.addEventListener("click", () => navigate({ name: "check", role }));
  const file = el("input", { id: "returned-file", type: "file", accept: ".xlsx", class: "file" });
  const status = statusLine("returned-status");
  const results = el("div", { class: "results", "data-results": "returned" });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const outcome = await withProgress(
      t,
      status,
      [file],
      t("pane.returned.busy", { file: chosen.name }),
      async () => checkWorkbookFile(new Uint8Array(await chosen.arrayBuffer()), chosen.name),
    );
    file.value = "";
    if (outcome) showCheck(context, outcome, status, results);
  });
  return panel("returned", t("pane.returned.title"), [
    el("p", {}, [t("pane.returned.body")]),
    open,
    el("div", { class: "field" }, [el("label", { for: "returned-file" }, [t("pane.returned.file")]), file]),
    status,
    results,
  ]);
}

import type { RoleId } from "../../ui/roles";
import { el } from "../../ui/dom";
import { actionButton, panel, statusLine, withProgress } from "../../ui/parts";
import type { ViewContext } from "../router";

// Check a grid received from a caterer, in the open workbook or from an .xlsx file: the facilitator's and the
// buyer's panel. The file door and the check's screen arrive when a file is chosen (chunks of their own).
const fileCheck = () =>
  Promise.all([
    import(/* webpackChunkName: "check-file" */ "../actions/checkGrid"),
    import(/* webpackChunkName: "check" */ "./check"),
  ]);

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
      async () => {
        const [{ checkWorkbookFile }, { showCheck }] = await fileCheck();
        const check = await checkWorkbookFile(new Uint8Array(await chosen.arrayBuffer()), chosen.name);
        return { check, showCheck };
      },
    );
    file.value = "";
    if (outcome) outcome.showCheck(context, outcome.check, status, results);
  });
  return panel("returned", t("pane.returned.title"), [
    el("p", {}, [t("pane.returned.body")]),
    open,
    el("div", { class: "field" }, [el("label", { for: "returned-file" }, [t("pane.returned.file")]), file]),
    status,
    results,
  ]);
}

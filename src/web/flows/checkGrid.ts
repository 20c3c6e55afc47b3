import { showGridCheck } from "../../ui/check";
import { el } from "../../ui/dom";
import { statusLine, withProgress } from "../../ui/parts";
import { checkGridFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// Check a filled grid chosen as a file (the caterer's own before sending it, or one a buyer received): the same use
// case as the pane's, every finding with its sheet and cell.

function render(context: FlowContext): FlowScreen {
  const { t } = context;
  const status = statusLine("check-status");
  const checked = el("p", { class: "checked-file", "data-checked": "file" });
  const results = el("div", { class: "results", "data-results": "check" });
  const picker = filePicker(t, {
    id: "check-file",
    label: t("web.check.file"),
    accept: ".xlsx",
    onFiles: async ([file]) => {
      checked.textContent = "";
      results.replaceChildren();
      const outcome = await withProgress(
        t,
        status,
        [picker.input],
        t("pane.returned.busy", { file: file.name }),
        () => checkGridFile(file),
      );
      if (!outcome) return;
      checked.textContent = t("web.check.checked", { file: file.name });
      showGridCheck(context, outcome.check, status, results, {
        noGridText: t("web.check.noGrid", { file: file.name }),
      });
    },
  });
  return { inputs: [picker.element], outputs: [checked, status, results] };
}

export const checkGridFlow: WebFlow = {
  id: "check",
  titleKey: "web.check.title",
  introKey: "web.check.intro",
  render,
};

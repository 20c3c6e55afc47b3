import { el } from "../../ui/dom";
import { myGridParts, showIntake } from "../../ui/myGrid";
import { panel, setStatus, withProgress } from "../../ui/parts";
import { keepCheckedGrid } from "../../usecases/my-grid";
import { checkGridFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// My grid in this page: kept by this browser, on this computer, for this page's address (said on the screen with the
// address itself). Saved from a filled template chosen as a file, exported and imported as the standard's JSON with
// the pane's guard (src/ui/myGrid.ts, src/usecases/my-grid.ts).

function render(context: FlowContext): FlowScreen {
  const { t, store } = context;
  const parts = myGridParts(context);
  const { outputs } = parts;
  const picker = filePicker(t, {
    id: "save-file",
    label: t("web.mygrid.save.file"),
    accept: ".xlsx",
    onFiles: async ([file]) => {
      const outcome = await withProgress(
        t,
        outputs.status,
        [picker.input],
        t("pane.returned.busy", { file: file.name }),
        async () => keepCheckedGrid(store, (await checkGridFile(file)).check),
      );
      if (outcome?.kind === "noGrid")
        setStatus(outputs.status, "warning", t("web.check.noGrid", { file: file.name }));
      else if (outcome) showIntake(context, outputs, outcome, "pane.mygrid.saveDone");
      parts.refresh();
    },
  });
  const save = panel("mygrid-save", t("web.mygrid.save.title"), [
    el("p", {}, [t("web.mygrid.save.body")]),
    picker.element,
  ]);
  return {
    inputs: [
      el("p", { class: "aside", "data-mygrid": "storage" }, [
        t("web.mygrid.storage", { address: context.address }),
      ]),
      ...parts.current,
      save,
      parts.file,
    ],
    outputs: [outputs.status, outputs.results],
  };
}

export const myGridFlow: WebFlow = {
  id: "mygrid",
  titleKey: "pane.mygrid.title",
  introKey: "web.mygrid.intro",
  render,
};

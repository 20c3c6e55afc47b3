import type { Collection } from "../../core/collection";
import { collectionFiles, showCollectionStatus } from "../../ui/collection";
import { el } from "../../ui/dom";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { collectGrids, localIsoDate, observatoryReport, registerPlan } from "../../usecases/collect-grids";
import { readReturnedFiles } from "../actions/collect";
import { offerReport, offerWorkbook } from "../actions/downloads";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// The facilitator collects the grids caterers returned, without Excel: many files chosen or dropped at once, read
// in this page; the summary and each file's state as the pane shows them; then the register workbook (directory,
// observatory, insertion) and the observatory's HTML report offered as downloads. The same use case as the CLI's.

function downloads(context: FlowContext, collection: Collection): HTMLElement[] {
  const { t, lang } = context;
  const register = actionButton(t("web.collect.register"), "download-register");
  const report = actionButton(t("pane.collect.report"), "collect-report", false);
  const status = statusLine("collect-download-status");
  register.addEventListener("click", async () => {
    const fileName = t("web.collect.registerFile", { today: collection.today });
    const done = await withProgress(t, status, [register, report], t("web.collect.writing"), async () => {
      await offerWorkbook(registerPlan(collection, { lang }), fileName);
      return true;
    });
    if (done) setStatus(status, "info", t("web.download.offered", { file: fileName }));
  });
  report.addEventListener("click", () => {
    const fileName = t("pane.collect.reportFile", { today: collection.today });
    offerReport(observatoryReport(collection, lang), fileName);
    setStatus(status, "info", t("web.download.offered", { file: fileName }));
  });
  return [el("div", { class: "downloads" }, [register, report]), status];
}

function render(context: FlowContext): FlowScreen {
  const { t } = context;
  const status = statusLine("collect-status");
  const results = el("div", { class: "results", "data-results": "collect" });
  const picker = filePicker(t, {
    id: "collect-files",
    label: t("pane.collect.files"),
    accept: ".xlsx,.xlsm,.json",
    multiple: true,
    onFiles: async (files) => {
      results.replaceChildren();
      const today = localIsoDate(new Date());
      const reading = (index: number, file: string) =>
        t("pane.collect.reading", { done: index + 1, total: files.length, file });
      const grids = await withProgress(t, status, [picker.input], reading(0, files[0].name), () =>
        readReturnedFiles(files, today, (index, file) => setStatus(status, "busy", reading(index, file))),
      );
      if (!grids) return;
      const collection = collectGrids(grids, { today });
      showCollectionStatus(status, context, collection);
      results.replaceChildren(...downloads(context, collection), ...collectionFiles(context, collection));
    },
  });
  return { inputs: [picker.element], outputs: [status, results] };
}

export const collectFlow: WebFlow = {
  id: "collect",
  titleKey: "pane.collect.title",
  introKey: "web.collect.intro",
  render,
};

import type { MessageKey } from "../../i18n";
import { offerDownload } from "../actions/download";
import { paneExcelHost } from "../actions/excelHost";
import {
  GRID_JSON_TYPE,
  gridFileName,
  gridJsonText,
  loadMyGrid,
  loadPreviousGrid,
  readImport,
  restorePreviousGrid,
  saveMyGrid,
  type GridIntake,
  type StoredGrid,
} from "../../usecases/my-grid";
import { confirmInPlace } from "../../ui/confirm";
import { saveFromWorkbook } from "../actions/myGrid";
import { myGridStore } from "../actions/myGridStore";
import { el } from "../../ui/dom";
import type { RouteOf, View, ViewContext } from "../router";
import { findingCounts, findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { backToRole } from "./back";

// My grid: save the grid of this workbook in the add-in's storage on this computer, export it as the standard's
// JSON, import one. The screen says where it is kept and that nothing leaves the computer.

/** A saved grid as a caterer tells it apart: its company's name and the day it was saved. */
function gridName({ lang }: ViewContext, stored: StoredGrid): string {
  const name = stored.grid.identity["entreprise.raison_sociale"];
  const date = new Date(stored.savedAt).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB");
  return typeof name === "string" && name !== "" ? `${name}, ${date}` : date;
}

function savedText({ t, lang }: ViewContext, stored: StoredGrid | null): string {
  if (!stored) return t("pane.mygrid.none");
  const name = stored.grid.identity["entreprise.raison_sociale"];
  const date = new Date(stored.savedAt).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
  });
  return typeof name === "string" && name !== ""
    ? t("pane.mygrid.saved.named", { name, date })
    : t("pane.mygrid.saved", { date });
}

interface Outputs {
  readonly status: HTMLElement;
  readonly results: HTMLElement;
}

/** After a save or an import: the outcome in the status line, the reader's findings below it. */
function showIntake(
  context: ViewContext,
  { status, results }: Outputs,
  intake: GridIntake,
  doneKey: MessageKey,
): void {
  const { t } = context;
  const { stored, findings } = intake;
  const counts = findingCounts(findings, t);
  if (!stored) setStatus(status, "error", t("pane.mygrid.unusable", { counts: counts || "–" }));
  else if (counts) setStatus(status, "warning", `${t(doneKey)} ${t("pane.mygrid.withFindings", { counts })}`);
  else setStatus(status, "done", t(doneKey));
  const list = findings.length > 0 ? [findingList(findings, context, t("pane.mygrid.listLabel"))] : [];
  results.replaceChildren(...list);
}

function savePanel(context: ViewContext, outputs: Outputs, refresh: () => void): HTMLElement {
  const { t, host } = context;
  const store = myGridStore(context.host);
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

function filePanel(
  context: ViewContext,
  outputs: Outputs,
  exportButton: HTMLButtonElement,
  refresh: () => void,
) {
  const { t } = context;
  const store = myGridStore(context.host);
  exportButton.addEventListener("click", () => {
    const stored = loadMyGrid(store);
    if (!stored) return;
    const file = gridFileName();
    offerDownload(gridJsonText(stored.grid), GRID_JSON_TYPE, file);
    setStatus(outputs.status, "info", t("pane.mygrid.exportDone", { file }));
  });
  const input = el("input", {
    id: "import-file",
    type: "file",
    accept: ".json,application/json",
    class: "file",
  });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    const read = await withProgress(t, outputs.status, [input], t("pane.mygrid.importing"), async () =>
      readImport(await file.text(), file.name),
    );
    input.value = "";
    if (!read) return;
    const current = loadMyGrid(store);
    const grid = read.grid;
    if (grid && current) {
      setStatus(outputs.status, "idle", "");
      const replace = await confirmInPlace(
        outputs.results,
        t("pane.mygrid.replace.question", { current: gridName(context, current), file: file.name }),
        { yes: t("pane.mygrid.replace.confirm"), no: t("pane.mygrid.replace.cancel") },
      );
      if (!replace) {
        setStatus(outputs.status, "warning", t("pane.mygrid.replace.cancelled"));
        input.focus();
        return;
      }
    }
    const intake: GridIntake = { stored: grid ? saveMyGrid(store, grid) : null, findings: read.findings };
    showIntake(context, outputs, intake, "pane.mygrid.importDone");
    refresh();
  });
  return panel("mygrid-file", t("pane.mygrid.file.title"), [
    exportButton,
    el("div", { class: "field" }, [el("label", { for: "import-file" }, [t("pane.mygrid.import")]), input]),
  ]);
}

/** "Go back to the previous grid", shown while the last save or import replaced one. */
function restorePanel(context: ViewContext, outputs: Outputs): { element: HTMLElement; refresh(): void } {
  const { t } = context;
  const store = myGridStore(context.host);
  const text = el("p", { "data-mygrid": "previous" });
  const button = actionButton(t("pane.mygrid.restore"), "restore-grid", false);
  const element = el("div", { class: "previous" }, [text, button]);
  const refresh = () => {
    const previous = loadPreviousGrid(store);
    element.hidden = previous === null;
    text.textContent = previous ? t("pane.mygrid.previous", { what: gridName(context, previous) }) : "";
  };
  button.addEventListener("click", () => {
    if (restorePreviousGrid(store)) setStatus(outputs.status, "done", t("pane.mygrid.restored"));
    outputs.results.replaceChildren();
  });
  return { element, refresh };
}

export const myGridView: View<RouteOf<"mygrid">> = (_route, context) => {
  const { t, navigate } = context;
  const current = el("p", { class: "current", "data-mygrid": "current" });
  const outputs: Outputs = {
    status: statusLine("mygrid-status"),
    results: el("div", { class: "results", "data-results": "mygrid" }),
  };
  const exportButton = actionButton(t("pane.mygrid.export"), "export-grid", false);
  const previous = restorePanel(context, outputs);
  const refresh = () => {
    const stored = loadMyGrid(window.localStorage);
    current.textContent = savedText(context, stored);
    exportButton.disabled = stored === null;
    previous.refresh();
  };
  previous.element.querySelector("button")?.addEventListener("click", refresh);
  refresh();
  return el("section", { "aria-labelledby": "mygrid-heading" }, [
    viewHeading("mygrid-heading", t("pane.mygrid.title")),
    backToRole(t, navigate, "traiteur"),
    el("p", { class: "aside" }, [t("pane.mygrid.storage")]),
    current,
    previous.element,
    savePanel(context, outputs, refresh),
    filePanel(context, outputs, exportButton, refresh),
    outputs.status,
    outputs.results,
  ]);
};

import type { Lang, MessageKey, Translate } from "../i18n";
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
  type KeyValueStore,
  type StoredGrid,
} from "../usecases/my-grid";
import { confirmInPlace } from "./confirm";
import { el } from "./dom";
import { offerDownload } from "./download";
import { findingCounts, findingList } from "./findings";
import { actionButton, panel, setStatus, statusLine, withProgress } from "./parts";

// "My grid" as the pane and the offline page show it: which grid is kept, export it as the standard's JSON, import
// one (refused when it is no grid or holds no price, a replacement asked first), go back to the previous one. Each
// face adds how a grid comes in from a workbook (the open one, a chosen file) and says where the grid is kept.

export interface MyGridContext {
  readonly t: Translate;
  readonly lang: Lang;
  /** Where my grid is kept: the add-in's or the page's browser storage. */
  readonly store: KeyValueStore;
}

export interface MyGridOutputs {
  readonly status: HTMLElement;
  readonly results: HTMLElement;
}

const locale = (lang: Lang) => (lang === "fr" ? "fr-FR" : "en-GB");

/** A saved grid as a caterer tells it apart: its company's name and the day it was saved. */
function gridName(lang: Lang, stored: StoredGrid): string {
  const name = stored.grid.identity["entreprise.raison_sociale"];
  const date = new Date(stored.savedAt).toLocaleDateString(locale(lang));
  return typeof name === "string" && name !== "" ? `${name}, ${date}` : date;
}

function savedText({ t, lang }: MyGridContext, stored: StoredGrid | null): string {
  if (!stored) return t("pane.mygrid.none");
  const name = stored.grid.identity["entreprise.raison_sociale"];
  const date = new Date(stored.savedAt).toLocaleString(locale(lang), {
    dateStyle: "long",
    timeStyle: "short",
  });
  return typeof name === "string" && name !== ""
    ? t("pane.mygrid.saved.named", { name, date })
    : t("pane.mygrid.saved", { date });
}

/** After a save or an import: the outcome in the status line, the reader's findings below it. */
export function showIntake(
  context: MyGridContext,
  { status, results }: MyGridOutputs,
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

function importGridFile(context: MyGridContext, outputs: MyGridOutputs, input: HTMLInputElement, file: File) {
  const { t, lang, store } = context;
  return async (): Promise<boolean> => {
    const read = await withProgress(t, outputs.status, [input], t("pane.mygrid.importing"), async () =>
      readImport(await file.text(), file.name),
    );
    if (!read) return false;
    const current = loadMyGrid(store);
    const grid = read.grid;
    if (grid && current) {
      setStatus(outputs.status, "idle", "");
      const replace = await confirmInPlace(
        outputs.results,
        t("pane.mygrid.replace.question", { current: gridName(lang, current), file: file.name }),
        { yes: t("pane.mygrid.replace.confirm"), no: t("pane.mygrid.replace.cancel") },
      );
      if (!replace) {
        setStatus(outputs.status, "warning", t("pane.mygrid.replace.cancelled"));
        input.focus();
        return false;
      }
    }
    const intake: GridIntake = { stored: grid ? saveMyGrid(store, grid) : null, findings: read.findings };
    showIntake(context, outputs, intake, "pane.mygrid.importDone");
    return true;
  };
}

/** Export my grid as JSON, import one: the "JSON file" panel. */
function filePanel(
  context: MyGridContext,
  outputs: MyGridOutputs,
  exportButton: HTMLButtonElement,
  refresh: () => void,
): HTMLElement {
  const { t, store } = context;
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
    const importing = importGridFile(context, outputs, input, file);
    input.value = "";
    await importing();
    refresh();
  });
  return panel("mygrid-file", t("pane.mygrid.file.title"), [
    exportButton,
    el("div", { class: "field" }, [el("label", { for: "import-file" }, [t("pane.mygrid.import")]), input]),
  ]);
}

/** "Go back to the previous grid", shown while the last save or import replaced one. */
function restoreControl(context: MyGridContext, outputs: MyGridOutputs) {
  const { t, lang, store } = context;
  const text = el("p", { "data-mygrid": "previous" });
  const button = actionButton(t("pane.mygrid.restore"), "restore-grid", false);
  const element = el("div", { class: "previous" }, [text, button]);
  const refresh = () => {
    const previous = loadPreviousGrid(store);
    element.hidden = previous === null;
    text.textContent = previous ? t("pane.mygrid.previous", { what: gridName(lang, previous) }) : "";
  };
  button.addEventListener("click", () => {
    if (restorePreviousGrid(store)) setStatus(outputs.status, "done", t("pane.mygrid.restored"));
    outputs.results.replaceChildren();
  });
  return { element, button, refresh };
}

/** The parts of the "my grid" screen, for a face to lay out under its heading. */
export interface MyGridParts {
  /** Which grid is kept (and the previous one, with its "go back" button). */
  readonly current: readonly HTMLElement[];
  /** The "JSON file" panel: export, import. */
  readonly file: HTMLElement;
  readonly outputs: MyGridOutputs;
  /** Shows the kept grid again: call it after the face's own save. */
  readonly refresh: () => void;
}

export function myGridParts(context: MyGridContext): MyGridParts {
  const { t, store } = context;
  const current = el("p", { class: "current", "data-mygrid": "current" });
  const outputs: MyGridOutputs = {
    status: statusLine("mygrid-status"),
    results: el("div", { class: "results", "data-results": "mygrid" }),
  };
  const exportButton = actionButton(t("pane.mygrid.export"), "export-grid", false);
  const previous = restoreControl(context, outputs);
  const refresh = () => {
    const stored = loadMyGrid(store);
    current.textContent = savedText(context, stored);
    exportButton.disabled = stored === null;
    previous.refresh();
  };
  previous.button.addEventListener("click", refresh);
  refresh();
  return {
    current: [current, previous.element],
    file: filePanel(context, outputs, exportButton, refresh),
    outputs,
    refresh,
  };
}

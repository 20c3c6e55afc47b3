import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { WorkbookSnapshot } from "../../core/workbook";
import { el } from "../../ui/dom";
import type { MessageKey } from "../../i18n";
import { findingCounts, findingList } from "../../ui/findings";
import { panel, setStatus, statusLine, withProgress, type StatusState } from "../../ui/parts";
import { loadMyGrid } from "../../usecases/my-grid";
import { gridFromFile, type GridFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "./filePicker";

// The grid a flow prices with: a caterer's own (kept in this browser), replaced by a grid chosen as a file (a filled
// template or the standard's JSON; a buyer's way). Used by "price a variant" and "answer a tender".

export interface GridInUse {
  readonly grid: Grid;
  /** The workbook the grid was read from, to name the cell of a missing price. */
  readonly snapshot?: WorkbookSnapshot;
  /** Which grid, as the status line says it after a price. */
  readonly source: string;
}

export const dateText = (lang: string, iso: string): string =>
  new Date(iso).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB");

function myGridInUse({ t, lang, store, role }: FlowContext): GridInUse | null {
  if (role !== "traiteur") return null;
  const mine = loadMyGrid(store);
  return mine
    ? { grid: mine.grid, source: t("web.price.source.mine", { date: dateText(lang, mine.savedAt) }) }
    : null;
}

/** What a chosen grid file gives: the grid to price with (when usable), the status to show, the reader's findings. */
interface GridFileOutcome {
  readonly use: GridInUse | null;
  readonly state: StatusState;
  readonly text: string;
  readonly findings: readonly Finding[];
}

function gridFileOutcome(
  { t }: FlowContext,
  { name, load, snapshot }: GridFile,
  ready: MessageKey,
): GridFileOutcome {
  if (load.ok) {
    const source = t("web.price.source.file", { file: name });
    const counts = findingCounts(load.findings, t);
    return {
      use: { grid: load.grid, ...(snapshot ? { snapshot } : {}), source },
      state: counts ? "warning" : "done",
      text: counts ? t("web.price.grid.findings", { counts }) : t(ready),
      findings: load.findings,
    };
  }
  if (load.reason === "notTemplate")
    return { use: null, state: "warning", text: t("web.check.noGrid", { file: name }), findings: [] };
  const findings = [...(load.blocking ? [load.blocking] : []), ...load.findings];
  return { use: null, state: "error", text: t("web.price.grid.unusable", { file: name }), findings };
}

/**
 * Ids of the panel's parts, and what it says once a grid is ready (what the flow does next); the price flow's by
 * default.
 */
export interface GridPanelSetup {
  readonly panel: string;
  readonly input: string;
  readonly status: string;
  readonly results: string;
  readonly ready: MessageKey;
}

const PRICE_SETUP: GridPanelSetup = {
  panel: "price-grid",
  input: "grid-file",
  status: "grid-status",
  results: "grid",
  ready: "web.price.grid.ready",
};

/** The grid panel: which grid prices, and the file input that replaces it (a file that gives no grid keeps it). */
export function gridPanel(
  context: FlowContext,
  use: (grid: GridInUse | null) => void,
  ids: GridPanelSetup = PRICE_SETUP,
): HTMLElement {
  const { t } = context;
  const mine = myGridInUse(context);
  const current = el("p", { "data-price": "grid" }, [mine ? mine.source : t("web.price.grid.none")]);
  const status = statusLine(ids.status);
  const findings = el("div", { class: "results", "data-results": ids.results });
  const picker = filePicker(t, {
    id: ids.input,
    label: t("web.price.grid.file"),
    accept: ".xlsx,.json",
    onFiles: async ([file]) => {
      const busy = t("pane.returned.busy", { file: file.name });
      const read = await withProgress(t, status, [picker.input], busy, () => gridFromFile(file));
      if (!read) return;
      const outcome = gridFileOutcome(context, read, ids.ready);
      if (outcome.use) {
        current.textContent = outcome.use.source;
        use(outcome.use);
      }
      setStatus(status, outcome.state, outcome.text);
      const list = findingList(outcome.findings, context, t("pane.mygrid.listLabel"));
      findings.replaceChildren(...(outcome.findings.length > 0 ? [list] : []));
    },
  });
  use(mine);
  return panel(ids.panel, t("web.price.grid.title"), [current, picker.element, status, findings]);
}

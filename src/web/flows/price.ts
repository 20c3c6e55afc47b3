import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { WorkbookSnapshot } from "../../core/workbook";
import { el } from "../../ui/dom";
import { findingCounts, findingList } from "../../ui/findings";
import { panel, setStatus, statusLine, withProgress, type StatusState } from "../../ui/parts";
import { priceResult } from "../../ui/priceResult";
import { variantForm } from "../../ui/variantForm";
import { loadMyGrid } from "../../usecases/my-grid";
import { locateInWorkbook, priceFields } from "../../usecases/variant-fields";
import { gridFromFile, type GridFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// Price a variant from a grid: a caterer's own (kept in this browser) or a grid chosen as a file (a filled template
// or the standard's JSON; a buyer's way). The same form, use case and breakdown as the pane's; a price the grid lacks
// names its cell in the file.

interface GridInUse {
  readonly grid: Grid;
  /** The workbook the grid was read from, to name the cell of a missing price. */
  readonly snapshot?: WorkbookSnapshot;
  /** Which grid, as the status line says it after a price. */
  readonly source: string;
}

const dateText = (lang: string, iso: string) =>
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

function gridFileOutcome({ t }: FlowContext, { name, load, snapshot }: GridFile): GridFileOutcome {
  if (load.ok) {
    const source = t("web.price.source.file", { file: name });
    const counts = findingCounts(load.findings, t);
    return {
      use: { grid: load.grid, ...(snapshot ? { snapshot } : {}), source },
      state: counts ? "warning" : "done",
      text: counts ? t("web.price.grid.findings", { counts }) : t("web.price.grid.ready"),
      findings: load.findings,
    };
  }
  if (load.reason === "notTemplate")
    return { use: null, state: "warning", text: t("web.check.noGrid", { file: name }), findings: [] };
  const findings = [...(load.blocking ? [load.blocking] : []), ...load.findings];
  return { use: null, state: "error", text: t("web.price.grid.unusable", { file: name }), findings };
}

/** The grid panel: which grid prices, and the file input that replaces it (a file that gives no grid keeps it). */
function gridPanel(context: FlowContext, use: (grid: GridInUse | null) => void) {
  const { t } = context;
  const mine = myGridInUse(context);
  const current = el("p", { "data-price": "grid" }, [mine ? mine.source : t("web.price.grid.none")]);
  const status = statusLine("grid-status");
  const findings = el("div", { class: "results", "data-results": "grid" });
  const picker = filePicker(t, {
    id: "grid-file",
    label: t("web.price.grid.file"),
    accept: ".xlsx,.json",
    onFiles: async ([file]) => {
      const busy = t("pane.returned.busy", { file: file.name });
      const read = await withProgress(t, status, [picker.input], busy, () => gridFromFile(file));
      if (!read) return;
      const outcome = gridFileOutcome(context, read);
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
  return panel("price-grid", t("web.price.grid.title"), [current, picker.element, status, findings]);
}

function render(context: FlowContext): FlowScreen {
  const { t, lang } = context;
  let inUse: GridInUse | null = null;
  const grid = gridPanel(context, (chosen) => (inUse = chosen));
  const form = variantForm(t, lang);
  const status = statusLine("price-status");
  const result = priceResult(t);
  const problems = el("div", { class: "results", "data-results": "price" });

  const refuse = (findings: readonly Finding[], use: GridInUse) => {
    const { field, others } = form.showErrors(findings);
    const located = use.snapshot ? locateInWorkbook(others, use.snapshot) : others;
    const inCell = located.some((finding) => finding.location?.cell);
    setStatus(
      status,
      "error",
      field
        ? t("pane.price.fieldError", { field })
        : t(inCell ? "web.price.gridProblem" : "pane.price.notPriceable"),
    );
    problems.replaceChildren(
      ...(located.length > 0 ? [findingList(located, context, t("pane.price.problems"))] : []),
    );
    if (!field) status.scrollIntoView({ block: "start" });
  };

  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    form.clearErrors();
    result.clear();
    problems.replaceChildren();
    const use = inUse;
    if (!use) {
      setStatus(status, "warning", t("web.price.noGrid"));
      return;
    }
    const outcome = priceFields(use.grid, form.fields(), lang);
    if (!outcome.ok) {
      refuse(outcome.findings, use);
      return;
    }
    setStatus(status, "done", t("web.price.pricedWith", { source: use.source }));
    result.show(outcome);
  });
  return {
    inputs: [grid, panel("price-variant", t("web.price.variant.title"), [form.form])],
    outputs: [status, problems, result.element],
  };
}

export const priceFlow: WebFlow = {
  id: "price",
  titleKey: "web.price.title",
  introKey: "web.price.intro",
  render,
};

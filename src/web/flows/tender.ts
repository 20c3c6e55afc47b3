import type { Variant } from "../../core/variant/model";
import { checkbox } from "../../ui/controls";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { lineEditor } from "../../ui/lineEditor";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { tenderLines } from "../../ui/tenderLines";
import { reviewTender, type TenderReview } from "../../usecases/review-tender";
import {
  baseName,
  correctedTender,
  fillTenderCopy,
  readTenderFile,
  type TenderFile,
} from "../actions/tender";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import { gridPanel, type GridInUse } from "../views/gridPanel";
import { conditionsPanel, readyPanel, showFill, tablePanel } from "../views/tenderPanels";
import type { FlowScreen, WebFlow } from "./flow";

// Answer a tender without Excel: the buyer's workbook chosen as a file is read; the table found, its conditions and
// every line are shown with their prices from my grid (or a grid chosen as a file); the caterer confirms or corrects
// the lines that ask for it (the pane's line editor), then downloads a filled copy, checked before it is sent.

/** What the screen works on: the grid that prices, the buyer's workbook as read, the caterer's answers by row. */
interface TenderState {
  grid: GridInUse | null;
  tender: TenderFile | null;
  readonly answers: Map<number, Variant | null>;
}

const reviewed = ({ tender, grid }: TenderState, context: FlowContext): TenderReview | null =>
  tender?.mapping ? reviewTender(tender.mapping, grid?.grid ?? null, context.lang) : null;

/** The lines with their readings and prices, and the editor that confirms, corrects or sets a line aside. */
function linesReview(context: FlowContext, state: TenderState, status: HTMLElement) {
  const { t, lang } = context;
  const body = el("div", { "data-tender": "lines" });
  const source = el("p", { "data-tender": "source" });
  const editor = lineEditor(t, lang, {
    onAnswer: (row, variant) => {
      state.answers.set(row, variant);
      if (state.tender) {
        const corrections = [...state.answers].map(([line, answer]) => ({ row: line, variant: answer }));
        state.tender = correctedTender(state.tender, corrections);
      }
      draw();
      const label = reviewed(state, context)?.lines.find((line) => line.row === row)?.label ?? "";
      const message = variant
        ? t("pane.tender.corrected", { row, label })
        : t("pane.tender.setAside", { row });
      setStatus(status, "done", message);
      body.querySelector<HTMLButtonElement>(`[data-action=edit-line][data-row="${row}"]`)?.focus();
    },
  });
  const draw = (): void => {
    const current = reviewed(state, context);
    if (!current) return;
    editor.close();
    source.textContent = state.grid ? state.grid.source : t("web.tender.source.none");
    const onEdit = (line: Parameters<typeof editor.open>[0], button: HTMLButtonElement) => {
      const item = button.closest("li");
      if (item) editor.open(line, item, button);
    };
    body.replaceChildren(tenderLines(t, current, { onEdit }));
  };
  return { element: panel("lines", t("pane.tender.lines.title"), [source, body]), draw };
}

/** Filling: the copy downloaded, what the fill left, and the copy's "ready to submit". */
function fillPanel(context: FlowContext, state: TenderState) {
  const { t } = context;
  const overwrite = checkbox("fill-overwrite", t("pane.tender.fill.overwrite"));
  const button = actionButton(t("web.tender.fill.button"), "fill-tender");
  const status = statusLine("fill-status");
  const results = el("div", { class: "results", "data-results": "fill" });
  const ready = el("div", { "data-results": "ready" });
  button.addEventListener("click", async () => {
    const { tender, grid } = state;
    const mapping = tender?.mapping;
    if (!tender || !mapping) return;
    if (!grid) {
      setStatus(status, "warning", t("web.tender.source.none"));
      return;
    }
    const fileName = t("web.tender.fileName", { name: baseName(tender.name) });
    const filled = await withProgress(t, status, [button, overwrite.box], t("pane.tender.fill.busy"), () =>
      fillTenderCopy({ ...tender, mapping }, grid.grid, overwrite.box.checked, fileName),
    );
    if (!filled) return;
    showFill(context, filled, fileName, { status, results });
    ready.replaceChildren(readyPanel(context, filled));
  });
  const element = panel("fill", t("pane.tender.fill.title"), [
    el("p", {}, [t("web.tender.fill.body")]),
    overwrite.row,
    button,
    status,
    results,
  ]);
  const reset = () => {
    button.disabled = state.grid === null;
    setStatus(status, "idle", "");
    results.replaceChildren();
    ready.replaceChildren();
  };
  return { elements: [element, ready], reset };
}

function render(context: FlowContext): FlowScreen {
  const { t } = context;
  const state: TenderState = { grid: null, tender: null, answers: new Map() };
  const status = statusLine("tender-status");
  const about = el("div", { "data-tender": "about" });
  const review = el("div", { "data-tender": "content" });
  const lines = linesReview(context, state, status);
  const fill = fillPanel(context, state);

  const draw = (): void => {
    const current = reviewed(state, context);
    const findings = state.tender?.findings ?? [];
    const notes = findings.length > 0 ? [findingList(findings, context, t("pane.tender.findings"))] : [];
    fill.reset();
    if (!current) {
      about.replaceChildren(...notes);
      review.replaceChildren();
      return;
    }
    lines.draw();
    about.replaceChildren(tablePanel(context, current), conditionsPanel(context, current), ...notes);
    review.replaceChildren(lines.element, ...fill.elements);
  };
  const ids = {
    panel: "tender-grid",
    input: "tender-grid-file",
    status: "tender-grid-status",
    results: "tender-grid",
    ready: "web.tender.grid.ready",
  } as const;
  const gridChoice = gridPanel(
    context,
    (chosen) => {
      state.grid = chosen;
      lines.draw();
      fill.reset();
    },
    ids,
  );
  const picker = filePicker(t, {
    id: "tender-file",
    label: t("web.tender.file"),
    accept: ".xlsx",
    onFiles: async ([file]) => {
      const read = await withProgress(t, status, [picker.input], t("pane.tender.reading"), () =>
        readTenderFile(file),
      );
      if (!read) return;
      state.tender = read;
      state.answers.clear();
      const { mapping } = read;
      if (mapping)
        setStatus(
          status,
          "done",
          t("pane.tender.readDone", { sheet: mapping.sheet, lines: mapping.lines.length }),
        );
      else setStatus(status, "warning", t("pane.tender.noTable"));
      draw();
    },
  });
  const chooseTender = panel("tender-choose", t("web.tender.file.title"), [picker.element]);
  return { inputs: [chooseTender, gridChoice, about], outputs: [status, review] };
}

export const tenderFlow: WebFlow = {
  id: "tender",
  titleKey: "web.tender.title",
  introKey: "web.tender.intro",
  render,
};

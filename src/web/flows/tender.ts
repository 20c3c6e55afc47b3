import type { Variant } from "../../core/variant/model";
import { checkbox } from "../../ui/controls";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { lineEditor } from "../../ui/lineEditor";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { tenderLines } from "../../ui/tenderLines";
import type { TenderMapping } from "../../usecases/map-tender";
import { reviewTender } from "../../usecases/review-tender";
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

interface Outputs {
  readonly status: HTMLElement;
  readonly about: HTMLElement;
  readonly review: HTMLElement;
}

function render(context: FlowContext): FlowScreen {
  const { t, lang } = context;
  let grid: GridInUse | null = null;
  let tender: TenderFile | null = null;
  const answers = new Map<number, Variant | null>();
  const out: Outputs = {
    status: statusLine("tender-status"),
    about: el("div", { "data-tender": "about" }),
    review: el("div", { "data-tender": "content" }),
  };
  const linesBody = el("div", { "data-tender": "lines" });
  const source = el("p", { "data-tender": "source" });
  const overwrite = checkbox("fill-overwrite", t("pane.tender.fill.overwrite"));
  const fill = actionButton(t("web.tender.fill.button"), "fill-tender");
  const fillStatus = statusLine("fill-status");
  const fillResults = el("div", { class: "results", "data-results": "fill" });
  const ready = el("div", { "data-results": "ready" });

  const reviewed = () => (tender?.mapping ? reviewTender(tender.mapping, grid?.grid ?? null, lang) : null);
  const editor = lineEditor(t, lang, {
    onAnswer: (row, variant) => {
      answers.set(row, variant);
      if (tender)
        tender = correctedTender(
          tender,
          [...answers].map(([line, answer]) => ({ row: line, variant: answer })),
        );
      drawLines();
      const label = reviewed()?.lines.find((line) => line.row === row)?.label ?? "";
      const message = variant
        ? t("pane.tender.corrected", { row, label })
        : t("pane.tender.setAside", { row });
      setStatus(out.status, "done", message);
      linesBody.querySelector<HTMLButtonElement>(`[data-action=edit-line][data-row="${row}"]`)?.focus();
    },
  });
  function drawLines(): void {
    const current = reviewed();
    if (!current) return;
    editor.close();
    source.textContent = grid ? grid.source : t("web.tender.source.none");
    fill.disabled = grid === null;
    linesBody.replaceChildren(
      tenderLines(t, current, {
        onEdit: (line, button) => {
          const item = button.closest("li");
          if (item) editor.open(line, item, button);
        },
      }),
    );
  }
  function draw(): void {
    const current = reviewed();
    const findings = tender?.findings ?? [];
    const findingsList =
      findings.length > 0 ? [findingList(findings, context, t("pane.tender.findings"))] : [];
    setStatus(fillStatus, "idle", "");
    fillResults.replaceChildren();
    ready.replaceChildren();
    if (!current) {
      out.about.replaceChildren(...findingsList);
      out.review.replaceChildren();
      return;
    }
    drawLines();
    out.about.replaceChildren(
      tablePanel(context, current),
      conditionsPanel(context, current),
      ...findingsList,
    );
    out.review.replaceChildren(
      panel("lines", t("pane.tender.lines.title"), [source, linesBody]),
      panel("fill", t("pane.tender.fill.title"), [
        el("p", {}, [t("web.tender.fill.body")]),
        overwrite.row,
        fill,
        fillStatus,
        fillResults,
      ]),
      ready,
    );
  }

  const gridChoice = gridPanel(
    context,
    (chosen) => {
      grid = chosen;
      drawLines();
    },
    { panel: "tender-grid", input: "tender-grid-file", status: "tender-grid-status", results: "tender-grid" },
  );
  const picker = filePicker(t, {
    id: "tender-file",
    label: t("web.tender.file"),
    accept: ".xlsx",
    onFiles: async ([file]) => {
      const read = await withProgress(t, out.status, [picker.input], t("pane.tender.reading"), () =>
        readTenderFile(file),
      );
      if (!read) return;
      tender = read;
      answers.clear();
      if (read.mapping)
        setStatus(
          out.status,
          "done",
          t("pane.tender.readDone", { sheet: read.mapping.sheet, lines: read.mapping.lines.length }),
        );
      else setStatus(out.status, "warning", t("pane.tender.noTable"));
      draw();
    },
  });
  fill.addEventListener("click", async () => {
    const current = tender;
    const mapping: TenderMapping | null = current?.mapping ?? null;
    if (!current || !mapping) return;
    if (!grid) {
      setStatus(fillStatus, "warning", t("web.tender.source.none"));
      return;
    }
    const use = grid;
    const fileName = t("web.tender.fileName", { name: baseName(current.name) });
    const filled = await withProgress(t, fillStatus, [fill, overwrite.box], t("pane.tender.fill.busy"), () =>
      fillTenderCopy({ ...current, mapping }, use.grid, overwrite.box.checked, fileName),
    );
    if (!filled) return;
    showFill(context, filled, fileName, { status: fillStatus, results: fillResults });
    ready.replaceChildren(readyPanel(context, filled));
  });

  const chooseTender = panel("tender-choose", t("web.tender.file.title"), [picker.element]);
  return {
    inputs: [chooseTender, gridChoice, out.about],
    outputs: [out.status, out.review],
  };
}

export const tenderFlow: WebFlow = {
  id: "tender",
  titleKey: "web.tender.title",
  introKey: "web.tender.intro",
  render,
};

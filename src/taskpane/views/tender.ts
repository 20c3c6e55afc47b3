import type { Variant } from "../../core/variant/model";
import { el } from "../../ui/dom";
import { findingList } from "../../ui/findings";
import { viewHeading } from "../../ui/heading";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { tenderLines } from "../../ui/tenderLines";
import type { TenderMapping } from "../../usecases/map-tender";
import type { GridSource } from "../../usecases/my-grid";
import { reviewTender } from "../../usecases/review-tender";
import { corrected, readOpenTender, type TenderSession } from "../actions/answerTender";
import { paneExcelHost } from "../actions/excelHost";
import type { RouteOf, View, ViewContext } from "../router";
import { backToRole } from "./back";
import { lineEditor } from "../../ui/lineEditor";
import { conditionsPanel, fillPanel, readyPanel, selector, tablePanel } from "./tenderPanels";

// Answer the tender open in Excel: the workbook is read when the screen opens; the table found, the conditions and
// every line are shown with their prices from my grid (or the workbook's); the caterer confirms or corrects the
// lines that ask for it, fills the prices through the same fill plan as the command line, then checks that nothing
// of the grid is left in the workbook before submitting it.

function sourceText({ t, lang }: ViewContext, source: GridSource): string {
  if (source.kind === "none") return t("pane.tender.source.none");
  if (source.kind === "workbook") return t("pane.tender.source.workbook");
  const date = new Date(source.savedAt).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB");
  return t("pane.tender.source.mine", { date });
}

export const tenderView: View<RouteOf<"tender">> = (_route, context) => {
  const { t, lang, host, navigate } = context;
  const excel = paneExcelHost(host);
  const read = actionButton(t("pane.tender.read"), "read-tender", false);
  const status = statusLine("tender-status");
  const content = el("div", { "data-tender": "content" });
  const selectStatus = statusLine("tender-select-status");
  const select = selector(context, excel, selectStatus);
  const answers = new Map<number, Variant | null>();
  let session: TenderSession | null = null;

  const grid = () => (session && session.source.kind !== "none" ? session.source.grid : null);
  const linesBody = el("div", { "data-tender": "lines" });
  const editor = lineEditor(t, lang, {
    onAnswer: (row, variant) => {
      answers.set(row, variant);
      if (session)
        session = corrected(
          session,
          [...answers].map(([line, answer]) => ({ row: line, variant: answer })),
        );
      drawLines();
      const message = variant
        ? t("pane.tender.corrected", { row, label: reviewLabel(row) })
        : t("pane.tender.setAside", { row });
      setStatus(status, "done", message);
      linesBody.querySelector<HTMLButtonElement>(`[data-action=edit-line][data-row="${row}"]`)?.focus();
    },
  });

  function review() {
    return session?.mapping ? reviewTender(session.mapping, grid(), lang) : null;
  }
  function reviewLabel(row: number): string {
    return review()?.lines.find((line) => line.row === row)?.label ?? "";
  }
  function drawLines(): void {
    const current = review();
    if (!current) return;
    editor.close();
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
    const current = review();
    if (!session || !session.mapping || !current) {
      const findings = session?.findings ?? [];
      content.replaceChildren(
        ...(findings.length > 0 ? [findingList(findings, context, t("pane.tender.findings"))] : []),
      );
      return;
    }
    const mapping = (): TenderMapping => {
      if (!session?.mapping) throw new Error("the fill panel is drawn only when a table was read");
      return session.mapping;
    };
    drawLines();
    content.replaceChildren(
      tablePanel(context, excel, current),
      conditionsPanel(context, current, select),
      ...(session.findings.length > 0
        ? [findingList(session.findings, context, t("pane.tender.findings"))]
        : []),
      panel("lines", t("pane.tender.lines.title"), [
        el("p", { "data-tender": "source" }, [sourceText(context, session.source)]),
        linesBody,
      ]),
      fillPanel(context, excel, { mapping, grid: grid() }, select),
      readyPanel(context, excel, current.sheet, select),
    );
  }
  async function load(): Promise<void> {
    const loaded = await withProgress(t, status, [read], t("pane.tender.reading"), () =>
      readOpenTender(excel, window.localStorage),
    );
    if (!loaded) return;
    session = loaded;
    answers.clear();
    if (loaded.mapping)
      setStatus(
        status,
        "done",
        t("pane.tender.readDone", { sheet: loaded.mapping.sheet, lines: loaded.mapping.lines.length }),
      );
    else setStatus(status, "warning", t("pane.tender.noTable"));
    draw();
  }
  read.addEventListener("click", () => void load());

  const view = el("section", { "aria-labelledby": "tender-heading" }, [
    viewHeading("tender-heading", t("pane.tender.title")),
    backToRole(t, navigate, "traiteur"),
    el("p", {}, [t("pane.tender.body")]),
    read,
    status,
    content,
    selectStatus,
  ]);
  void load();
  return view;
};

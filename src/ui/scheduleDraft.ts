import { findingMessage } from "../core/finding-message";
import type { Finding } from "../core/findings";
import type { Lang, Translate } from "../i18n";
import {
  addDraftLine,
  draftRows,
  importDraftLines,
  removeDraftLine,
  type DraftLine,
} from "../usecases/schedule-draft";
import { field, labelOf, markInvalid, numberInput } from "./controls";
import { el } from "./dom";
import { findingList } from "./findings";
import { actionButton, panel, setStatus, statusLine, withProgress } from "./parts";
import { variantForm } from "./variantForm";
import { offerDownload } from "./download";

// The buyer's list of lines, put together before the schedule is written: a line added from the variant form with
// its estimated quantity (and its number, if the buyer has one), removed from the list, or a whole LINES.json
// imported (the command line's file); the list downloads as that same JSON. Shared by the pane and the offline page.

/** What the panels need of their screen: the reader's language. */
export interface DraftContext {
  readonly t: Translate;
  readonly lang: Lang;
}

/** The list being made; it lives as long as the pane (or the page), so going back to the buyer's screen loses nothing. */
export interface Draft {
  lines: readonly DraftLine[];
}

/** The line controls a finding names by its path. */
const LINE_CONTROLS: Readonly<Record<string, string>> = { quantity: "s-quantity", ref: "s-ref" };

export interface DraftPanels {
  readonly add: HTMLElement;
  readonly list: HTMLElement;
}

/** "Ligne 3 : …" — a finding of an imported file, with its line. */
function lineWords(context: DraftContext) {
  return (finding: Finding): string => {
    const message = findingMessage(finding, context.lang);
    const line = finding.location?.line;
    return line === undefined ? message : context.t("pane.schedule.lineFinding", { line, message });
  };
}

function listItems(context: DraftContext, draft: Draft, remove: (index: number) => void): HTMLElement[] {
  const { t, lang } = context;
  return draftRows(draft.lines, lang).map((row, index) => {
    const button = el("button", { type: "button", class: "link", "data-action": "remove-line" }, [
      t("pane.schedule.remove"),
    ]);
    button.setAttribute("aria-label", t("pane.schedule.removeLabel", { ref: row.ref }));
    button.addEventListener("click", () => remove(index));
    const unit = t(`schedule.unit.${row.unit}`);
    const quantity = row.quantity.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", {
      maximumFractionDigits: 6,
    });
    return el("li", { class: "draft-line", "data-ref": row.ref }, [
      el("span", { class: "draft-ref" }, [row.ref]),
      el("span", { class: "draft-label" }, [row.label]),
      el("span", { class: "draft-quantity" }, [t("pane.schedule.line.quantity", { quantity, unit })]),
      button,
    ]);
  });
}

function listPanel(
  context: DraftContext,
  draft: Draft,
  status: HTMLElement,
  onChange: () => void,
): { panel: (extra: readonly HTMLElement[]) => HTMLElement; render(): void } {
  const { t } = context;
  const count = el("p", { class: "aside", "data-draft-count": "" });
  const list = el("ol", { class: "draft-lines", "aria-label": t("pane.schedule.lines.title") });
  const render = () => {
    const items = listItems(context, draft, (index) => {
      const ref = draftRows(draft.lines, context.lang)[index]?.ref ?? "";
      draft.lines = removeDraftLine(draft.lines, index);
      render();
      onChange();
      setStatus(status, "done", t("pane.schedule.removed", { ref }));
      const buttons = list.querySelectorAll<HTMLButtonElement>("[data-action=remove-line]");
      (buttons[Math.min(index, buttons.length - 1)] ?? count).focus();
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    count.textContent =
      items.length === 0
        ? t("pane.schedule.lines.empty")
        : t("pane.schedule.lines.count", { count: draft.lines.length });
  };
  count.tabIndex = -1;
  render();
  return {
    panel: (extra) => panel("draft", t("pane.schedule.lines.title"), [count, list, status, ...extra]),
    render,
  };
}

function importControls(context: DraftContext, draft: Draft, changed: () => void): HTMLElement[] {
  const { t } = context;
  const file = el("input", {
    id: "schedule-import",
    type: "file",
    accept: ".json,application/json",
    class: "file",
  });
  const status = statusLine("import-status");
  const problems = el("div", { class: "results", "data-results": "import" });
  const exported = actionButton(t("pane.schedule.export"), "export-lines", false);
  exported.addEventListener("click", () =>
    offerDownload(JSON.stringify(draft.lines, null, 2), "application/json", t("pane.schedule.listFileName")),
  );
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    problems.replaceChildren();
    const text = await withProgress(
      t,
      status,
      [file],
      t("pane.schedule.importing", { file: chosen.name }),
      () => chosen.text(),
    );
    file.value = "";
    if (text === undefined) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setStatus(status, "error", t("pane.schedule.importInvalid", { file: chosen.name, detail }));
      return;
    }
    const change = importDraftLines(draft.lines, json);
    if (!change.ok) {
      setStatus(status, "error", t("pane.schedule.importRefused", { file: chosen.name }));
      const words = lineWords(context);
      problems.replaceChildren(findingList(change.line, { ...context, words }, t("pane.schedule.problems")));
      return;
    }
    const count = change.lines.length - draft.lines.length;
    draft.lines = change.lines;
    changed();
    setStatus(status, "done", t("pane.schedule.imported", { count, file: chosen.name }));
  });
  return [
    el("div", { class: "field" }, [
      el("label", { for: "schedule-import" }, [t("pane.schedule.import")]),
      file,
    ]),
    status,
    problems,
    exported,
  ];
}

/**
 * The form that adds a line, and the list with its import and export. `onChange` runs after each change of the list
 * (a line added, removed or imported), for the face to drop what it said about the list before.
 */
export function draftPanels(
  context: DraftContext,
  draft: Draft,
  onChange: () => void = () => {},
): DraftPanels {
  const { t, lang } = context;
  const quantity = numberInput("s-quantity", "");
  const ref = el("input", { id: "s-ref", name: "s-ref", type: "text", autocomplete: "off", maxlength: "20" });
  const form = variantForm(t, lang, {
    submitLabel: t("pane.schedule.add"),
    submitAction: "add-line",
    extra: [
      field("s-quantity", t("pane.schedule.quantity"), quantity),
      field("s-ref", t("pane.schedule.ref"), ref),
    ],
  });
  const status = statusLine("add-status");
  const problems = el("div", { class: "results", "data-results": "add" });
  const listStatus = statusLine("draft-status");
  const list = listPanel(context, draft, listStatus, onChange);
  const changed = () => {
    list.render();
    onChange();
  };

  const refuse = (variant: readonly Finding[], line: readonly Finding[]) => {
    const shown = form.showErrors(variant);
    let first: HTMLElement | null = null;
    const others = [...shown.others];
    for (const finding of line) {
      const control = form.form.querySelector<HTMLElement>(
        `#${LINE_CONTROLS[finding.location?.path ?? ""] ?? "-"}`,
      );
      if (!control) others.push(finding);
      else {
        markInvalid(control, findingMessage(finding, lang));
        first ??= control;
      }
    }
    if (!shown.field) first?.focus();
    const named = shown.field ?? (first ? labelOf(first) : null);
    setStatus(
      status,
      "error",
      named ? t("pane.schedule.addRefused", { field: named }) : t("pane.schedule.addProblem"),
    );
    problems.replaceChildren(
      ...(others.length > 0 ? [findingList(others, context, t("pane.schedule.problems"))] : []),
    );
  };

  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    form.clearErrors();
    problems.replaceChildren();
    const change = addDraftLine(draft.lines, form.fields(), quantity.value, ref.value);
    if (!change.ok) return refuse(change.variant, change.line);
    draft.lines = change.lines;
    changed();
    const added = draftRows(draft.lines, lang).at(-1);
    setStatus(status, "done", t("pane.schedule.added", { ref: added?.ref ?? "", label: added?.label ?? "" }));
    ref.value = "";
  });

  return {
    add: panel("add-line", t("pane.schedule.add.title"), [form.form, status, problems]),
    list: list.panel(importControls(context, draft, changed)),
  };
}

import type { Variant } from "../core/variant/model";
import type { Lang, Translate } from "../i18n";
import { el } from "./dom";
import { variantForm } from "./variantForm";
import type { ReviewLine } from "../usecases/review-tender";
import { variantFromFields } from "../usecases/review-tender";
import { fieldsOfVariant } from "../usecases/variant-fields-of";

// Confirming or correcting one line's reading: the standard's variant form, opened under the line on what was read
// (the suggestion of a line to confirm), with "outside the standard" and "cancel" beside it. One editor for the
// whole list, moved to the line being edited; focus goes to its first field, and back to the line's button after.

export interface LineEditor {
  readonly element: HTMLElement;
  /** Opens the editor inside `anchor` (the line's item) on `line`'s reading; `button` gets focus back on cancel. */
  open(line: ReviewLine, anchor: HTMLElement, button: HTMLButtonElement): void;
  close(): void;
}

export interface LineEditorActions {
  /** The caterer's answer for `row`: a variant, or null for "outside the standard". */
  readonly onAnswer: (row: number, variant: Variant | null) => void;
}

export function lineEditor(t: Translate, lang: Lang, actions: LineEditorActions): LineEditor {
  const form = variantForm(t, lang, {
    submitLabel: t("pane.tender.editor.submit"),
    submitAction: "confirm-line",
  });
  const title = el("h4", { id: "line-editor-title" });
  const setAside = el("button", { type: "button", class: "action", "data-action": "set-aside" }, [
    t("pane.tender.editor.setAside"),
  ]);
  const cancel = el("button", { type: "button", class: "link", "data-action": "cancel-edit" }, [
    t("pane.tender.editor.cancel"),
  ]);
  const element = el(
    "div",
    { class: "line-editor", role: "group", "aria-labelledby": "line-editor-title", hidden: "" },
    [title, form.form, el("div", { class: "editor-actions" }, [setAside, cancel])],
  );
  let current: { row: number; basis: Variant["basis"]; button: HTMLButtonElement } | null = null;

  const close = () => {
    element.hidden = true;
    current = null;
  };
  form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!current) return;
    const read = variantFromFields({ ...form.fields(), basis: current.basis });
    if ("findings" in read) {
      form.showErrors(read.findings);
      return;
    }
    const { row } = current;
    close();
    actions.onAnswer(row, read.variant);
  });
  setAside.addEventListener("click", () => {
    if (!current) return;
    const { row } = current;
    close();
    actions.onAnswer(row, null);
  });
  cancel.addEventListener("click", () => {
    const button = current?.button;
    close();
    button?.focus();
  });
  return {
    element,
    open(line, anchor, button) {
      current = { row: line.row, basis: line.variant?.basis ?? "HT", button };
      title.textContent = t("pane.tender.editor.title", { row: line.row });
      if (line.variant) form.setFields(fieldsOfVariant(line.variant, lang === "fr"));
      else form.clearErrors();
      anchor.append(element);
      element.hidden = false;
      element.querySelector<HTMLElement>("select, input")?.focus();
    },
    close,
  };
}

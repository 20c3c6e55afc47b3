import { el } from "./dom";

// Labelled form controls for the flow screens: every control has a visible <label for> (axe, screen readers), and
// values are set as properties, never as markup.

export type Option = readonly [value: string, text: string];

export function select(id: string, options: readonly Option[], selected?: string): HTMLSelectElement {
  const control = el("select", { id, name: id });
  setOptions(control, options);
  if (selected !== undefined) control.value = selected;
  return control;
}

export function setOptions(control: HTMLSelectElement, options: readonly Option[]): void {
  control.replaceChildren(...options.map(([value, text]) => el("option", { value }, [text])));
}

/** A label above its control, and under it the place of the control's error message (empty until marked). */
export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el("div", { class: "field", "data-field": id }, [
    el("label", { for: id }, [label]),
    control,
    el("span", { id: errorId(id), class: "field-error" }),
  ]);
}

const errorId = (id: string) => `${id}-error`;

/**
 * Marks a control as wrong: aria-invalid, its message beside it, tied to it by aria-describedby (a screen reader
 * reads it with the control). The control must sit in a `field`.
 */
export function markInvalid(control: HTMLElement, message: string): void {
  const error = control.ownerDocument.getElementById(errorId(control.id));
  if (error) error.textContent = message;
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", errorId(control.id));
}

/** Clears every mark of `markInvalid` under `root`. */
export function clearInvalid(root: HTMLElement): void {
  for (const control of root.querySelectorAll<HTMLElement>("[aria-invalid=true]")) {
    control.removeAttribute("aria-invalid");
    control.removeAttribute("aria-describedby");
  }
  for (const error of root.querySelectorAll<HTMLElement>(".field-error")) error.textContent = "";
}

/** The visible label of a control, for a message that names it. */
export function labelOf(control: HTMLElement): string {
  return control.ownerDocument.querySelector(`label[for="${control.id}"]`)?.textContent ?? control.id;
}

/** A text box for a number: accepts "3,5" as well as "3.5" (read by the action, checked by the core). */
export function numberInput(id: string, value: string): HTMLInputElement {
  return el("input", { id, name: id, type: "text", inputmode: "decimal", value, autocomplete: "off" });
}

export interface Checkbox {
  readonly box: HTMLInputElement;
  readonly row: HTMLElement;
}

export function checkbox(id: string, label: string, checked = false): Checkbox {
  const box = el("input", { id, name: id, type: "checkbox" });
  box.checked = checked;
  return { box, row: el("div", { class: "check" }, [box, el("label", { for: id }, [label])]) };
}

export function radio(name: string, value: string, label: string, checked: boolean): HTMLElement {
  const id = `${name}-${value}`;
  const input = el("input", { type: "radio", id, name, value });
  input.checked = checked;
  return el("div", { class: "check" }, [input, el("label", { for: id }, [label])]);
}

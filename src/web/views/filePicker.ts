import type { Translate } from "../../i18n";
import { el } from "../../ui/dom";

// A labelled file input (keyboard, screen readers, every browser) that says files can also be dropped on the page
// (drop.ts hands them to it). Chosen or dropped, the files go to `onFiles`, once; the input is emptied so the same
// file can be chosen again after it was changed on disk.

export interface FilePickerOptions {
  readonly id: string;
  readonly label: string;
  /** Extensions, as the input's accept attribute (".xlsx" or ".xlsx,.json"); drops are routed by them. */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

export interface FilePicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
}

export function filePicker(t: Translate, options: FilePickerOptions): FilePicker {
  const { id, label, accept, multiple, onFiles } = options;
  const hint = `${id}-drop`;
  const input = el("input", { id, type: "file", accept, class: "file", "aria-describedby": hint });
  input.multiple = multiple === true;
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) onFiles(files);
  });
  const element = el("div", { class: "field drop-zone" }, [
    el("label", { for: id }, [label]),
    input,
    el("p", { id: hint, class: "aside" }, [t(multiple ? "web.drop.many" : "web.drop.one")]),
  ]);
  return { element, input };
}

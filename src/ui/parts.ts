import type { Translate } from "../i18n";
import { errorMessage } from "./errors";
import { el } from "./dom";

// Pieces the flow screens share: the "back" link, a section with its own heading, and the status line that says an
// action is running, how it ended, or what went wrong, in plain words, to screen readers too (a live region).

export function backButton(label: string, go: () => void): HTMLButtonElement {
  const back = el("button", { type: "button", class: "link", "data-action": "back" }, [label]);
  back.addEventListener("click", go);
  return back;
}

/** A titled part of a screen (h3), labelled by its heading for assistive technologies. */
export function panel(id: string, title: string, children: readonly (Node | string)[]): HTMLElement {
  return el("section", { class: "panel", "aria-labelledby": `${id}-title`, "data-panel": id }, [
    el("h3", { id: `${id}-title` }, [title]),
    ...children,
  ]);
}

export function actionButton(label: string, action: string, primary = true): HTMLButtonElement {
  return el(
    "button",
    { type: "button", class: primary ? "action primary" : "action", "data-action": action },
    [label],
  );
}

/** A polite live region: what an action is doing, then how it ended. Starts empty (nothing announced). */
export function statusLine(id: string): HTMLElement {
  return el("p", { id, class: "status-line", role: "status", "aria-live": "polite", "data-state": "idle" });
}

export type StatusState = "idle" | "busy" | "info" | "done" | "warning" | "error";

export function setStatus(status: HTMLElement, state: StatusState, text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

/**
 * Runs `work` with its progress shown: the triggering controls are disabled and the status says `busyText` until it
 * ends. A failure is shown in plain words from the catalog and resolves to undefined; success returns the result.
 */
export async function withProgress<T>(
  t: Translate,
  status: HTMLElement,
  controls: readonly (HTMLButtonElement | HTMLInputElement)[],
  busyText: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  setStatus(status, "busy", busyText);
  status.closest("section")?.setAttribute("aria-busy", "true");
  for (const control of controls) control.disabled = true;
  try {
    return await work();
  } catch (error) {
    const message = errorMessage(error);
    setStatus(status, "error", t(message.key, message.params));
    return undefined;
  } finally {
    status.closest("section")?.removeAttribute("aria-busy");
    for (const control of controls) control.disabled = false;
  }
}

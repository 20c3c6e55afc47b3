import { el } from "./dom";

// A question with two answers, shown in place (no modal dialog, which Office panes handle badly): focus goes to
// the safe answer, Escape answers it too. Resolves true for "yes".

export function confirmInPlace(
  container: HTMLElement,
  question: string,
  labels: { readonly yes: string; readonly no: string },
): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = el("button", { type: "button", class: "action primary", "data-action": "confirm" }, [
      labels.yes,
    ]);
    const no = el("button", { type: "button", class: "action", "data-action": "cancel" }, [labels.no]);
    const box = el("div", { class: "confirm", role: "group", "aria-labelledby": "confirm-question" }, [
      el("p", { id: "confirm-question" }, [question]),
      yes,
      no,
    ]);
    const answer = (value: boolean) => {
      box.remove();
      resolve(value);
    };
    yes.addEventListener("click", () => answer(true));
    no.addEventListener("click", () => answer(false));
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape") answer(false);
    });
    container.replaceChildren(box);
    no.focus();
  });
}

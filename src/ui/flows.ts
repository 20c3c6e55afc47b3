import { el } from "./dom";

// A role's tools as cards: each a button with what it does. The one that fits the state best is the main action
// (marked, styled as primary), so the next step is the first thing a user sees.

export interface FlowCard {
  /** `data-flow` of the button (tests and styles find it by this). */
  readonly id: string;
  readonly name: string;
  readonly hint: string;
  readonly go: () => void;
}

export function flowCards(label: string, cards: readonly FlowCard[], main?: string): HTMLElement {
  const items = cards.map((card) => {
    const attributes: Record<string, string> = { type: "button", class: "role", "data-flow": card.id };
    if (card.id === main) {
      attributes.class = "role main";
      attributes["data-main"] = "";
    }
    const button = el("button", attributes, [
      el("span", { class: "role-name" }, [card.name]),
      el("span", { class: "role-hint" }, [card.hint]),
    ]);
    button.addEventListener("click", card.go);
    return el("li", {}, [button]);
  });
  return el("nav", { "aria-label": label }, [el("ul", { class: "roles" }, items)]);
}

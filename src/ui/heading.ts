import { el } from "./dom";

/** Marks the element that receives focus when its view is shown (its heading), for keyboard and screen readers. */
export const FOCUS_ATTRIBUTE = "data-focus";

/** A view's title: the h2 under the product's h1, focusable by script only (the router moves focus to it). */
export function viewHeading(id: string, text: string): HTMLHeadingElement {
  return el("h2", { id, tabindex: "-1", [FOCUS_ATTRIBUTE]: "" }, [text]);
}

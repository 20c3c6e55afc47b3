import { el } from "../dom";
import { FOCUS_ATTRIBUTE } from "../router";

/** A view's title: the h2 under the product's h1, focusable by script only (the router moves focus to it). */
export function viewHeading(id: string, text: string): HTMLHeadingElement {
  return el("h2", { id, tabindex: "-1", [FOCUS_ATTRIBUTE]: "" }, [text]);
}

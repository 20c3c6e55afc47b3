import type { Translate } from "../i18n";
import type { PriceOutcome } from "../usecases/variant-fields";
import { el } from "./dom";

// The price of a variant as a caterer reads it: the variant in words, HT and TTC for its unit, then the breakdown.
// Shown in a region that takes focus and scrolls into view, so the answer is where the eye and the screen reader go.

export interface PriceResult {
  readonly element: HTMLElement;
  /** Shows the price, brings it into view and moves focus to it (a screen reader reads its title and figures). */
  show(outcome: Extract<PriceOutcome, { ok: true }>): void;
  clear(): void;
}

export function priceResult(t: Translate): PriceResult {
  const element = el("section", {
    class: "result",
    tabindex: "-1",
    "aria-labelledby": "result-title",
    "data-result": "block",
    hidden: "",
  });
  const show = (outcome: Extract<PriceOutcome, { ok: true }>) => {
    const unit = t(`pricing.unit.${outcome.unit}`);
    element.replaceChildren(
      el("h3", { id: "result-title" }, [t("pane.price.result")]),
      el("p", { class: "variant-label", "data-result": "label" }, [outcome.label]),
      el("dl", { class: "prices" }, [
        el("dt", {}, [t("pane.price.ht", { unit })]),
        el("dd", { "data-result": "ht" }, [outcome.ht]),
        el("dt", {}, [t("pane.price.ttc", { unit })]),
        el("dd", { "data-result": "ttc" }, [outcome.ttc]),
      ]),
      el("h4", { id: "breakdown-title", class: "breakdown-title" }, [t("pane.price.breakdown")]),
      el(
        "ol",
        { class: "breakdown", "aria-labelledby": "breakdown-title" },
        outcome.steps.map((step) => el("li", {}, [step])),
      ),
    );
    element.hidden = false;
    element.scrollIntoView({ block: "start" });
    element.focus({ preventScroll: true });
  };
  const clear = () => {
    element.replaceChildren();
    element.hidden = true;
  };
  return { element, show, clear };
}

import type { Translate } from "../i18n";
import type { ReviewLine, TenderReview } from "../usecases/review-tender";
import { el } from "./dom";

// A tender's lines as a caterer reviews them: each with its row and reference, the buyer's words, how it was read
// (recognised, to confirm, outside the standard), the variant in words, its price HT and TTC from the grid with the
// breakdown on demand, and a button to confirm or correct the reading. Headings per line, so a screen reader can
// move from line to line.

export interface TenderLinesOptions {
  /** Called with the line and its button when the caterer asks to confirm or correct it. */
  readonly onEdit?: (line: ReviewLine, button: HTMLButtonElement) => void;
}

const EDIT_LABEL = {
  uncertain: "pane.tender.edit.confirm",
  mapped: "pane.tender.edit.correct",
  unmapped: "pane.tender.edit.read",
} as const;

function priceBlock(t: Translate, line: ReviewLine): HTMLElement[] {
  if (!line.price) return [];
  const unit = t(`pricing.unit.${line.price.unit}`);
  const summaryId = `line-${line.row}-breakdown`;
  return [
    el("dl", { class: "prices" }, [
      el("dt", {}, [t("pane.price.ht", { unit })]),
      el("dd", { "data-price": "ht" }, [line.price.ht]),
      el("dt", {}, [t("pane.price.ttc", { unit })]),
      el("dd", { "data-price": "ttc" }, [line.price.ttc]),
    ]),
    el("details", { class: "line-breakdown" }, [
      el("summary", { id: summaryId }, [t("pane.price.breakdown")]),
      el(
        "ol",
        { class: "breakdown", "aria-labelledby": summaryId },
        line.price.steps.map((step) => el("li", {}, [step])),
      ),
    ]),
  ];
}

function lineItem(t: Translate, line: ReviewLine, options: TenderLinesOptions): HTMLElement {
  const titleId = `line-${line.row}-title`;
  const reading =
    line.status === "mapped"
      ? line.label
      : line.status === "uncertain" && line.label
        ? t("pane.tender.suggestion", { label: line.label })
        : null;
  const children: HTMLElement[] = [
    el("h4", { id: titleId, class: "line-title" }, [
      t("pane.tender.line.title", { row: line.row, ref: line.ref || "—" }),
    ]),
    el("p", { class: "line-designation" }, [line.designation]),
    el("p", { class: `line-status line-${line.status}`, "data-status": line.status }, [
      t(`pane.tender.status.${line.status}`),
    ]),
    ...(reading ? [el("p", { class: "variant-label", "data-line": "label" }, [reading])] : []),
    ...(line.status !== "mapped" ? [el("p", { class: "line-reason" }, [line.reason])] : []),
    ...priceBlock(t, line),
    ...(line.problem ? [el("p", { class: "line-problem", "data-line": "problem" }, [line.problem])] : []),
  ];
  if (options.onEdit) {
    const button = el(
      "button",
      {
        type: "button",
        class: "action",
        "data-action": "edit-line",
        "data-row": String(line.row),
        "aria-describedby": titleId,
      },
      [t(EDIT_LABEL[line.status])],
    );
    button.addEventListener("click", () => options.onEdit?.(line, button));
    children.push(button);
  }
  return el(
    "li",
    { class: "tender-line", "data-row": String(line.row), "data-status": line.status },
    children,
  );
}

/** The lines of `review`, with a summary of their statuses above them. */
export function tenderLines(
  t: Translate,
  review: TenderReview,
  options: TenderLinesOptions = {},
): HTMLElement {
  const { mapped, uncertain, unmapped } = review.counts;
  const total = review.lines.length;
  return el("div", { class: "tender-lines" }, [
    el("p", { "data-lines": "summary" }, [
      t("pane.tender.lines.summary", { total, mapped, uncertain, unmapped }),
    ]),
    el(
      "ol",
      { class: "lines", "aria-label": t("pane.tender.lines.title") },
      review.lines.map((line) => lineItem(t, line, options)),
    ),
  ]);
}

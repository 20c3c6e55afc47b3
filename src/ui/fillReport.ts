import type { Lang, Translate } from "../i18n";
import { leftReasonText } from "../usecases/fill-report-json";
import type { LeftLine, TenderFillReport } from "../usecases/fill-tender";
import { el } from "./dom";

// What a fill left for the caterer: each line once, with every reason under it; a line whose cell can be shown is
// a button that takes Excel's selection to its row.

export interface FillReportOptions {
  readonly onSelect?: (line: LeftLine) => void;
}

function grouped(left: readonly LeftLine[]): LeftLine[][] {
  const groups = new Map<number, LeftLine[]>();
  for (const line of left) groups.set(line.row, [...(groups.get(line.row) ?? []), line]);
  return [...groups.values()];
}

export function fillReportList(
  { t, lang }: { readonly t: Translate; readonly lang: Lang },
  report: TenderFillReport,
  options: FillReportOptions = {},
): HTMLElement {
  const items = grouped(report.left).map((lines) => {
    const [first] = lines;
    const title = t("pane.tender.left.line", {
      row: first.row,
      ref: first.ref || "—",
      designation: first.designation,
    });
    const body = [
      el("span", { class: "finding-text" }, [title]),
      ...lines.map((line) => el("span", { class: "left-reason" }, [leftReasonText(line.why, lang)])),
    ];
    if (!options.onSelect)
      return el("li", { class: "finding", "data-row": String(first.row) }, [el("span", {}, body)]);
    const button = el(
      "button",
      { type: "button", class: "finding-button left-line", "data-row": String(first.row) },
      body,
    );
    button.addEventListener("click", () => options.onSelect?.(first));
    return el("li", { class: "finding" }, [button]);
  });
  return el("ul", { class: "findings", "aria-label": t("pane.tender.left.label") }, items);
}

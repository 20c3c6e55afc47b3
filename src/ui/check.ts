import type { Finding } from "../core/findings";
import type { Lang, Translate } from "../i18n";
import type { GridCheck } from "../usecases/check-grid";
import { el } from "./dom";
import { findingCounts, findingList } from "./findings";
import { setStatus } from "./parts";

// A grid check's outcome as every face shows it: a one-line summary in the status line (clean, or the counts), then
// the findings. Where the face can show cells (the pane), a finding with a cell is a button that goes there.

export interface CheckDisplay {
  /** What to say when the workbook holds no grid: the pane speaks of "this workbook", the page of "this file". */
  readonly noGridText: string;
  readonly onSelect?: (finding: Finding) => void;
  /** The findings list's accessible name; "Points to review" by default. */
  readonly listLabel?: string;
}

export function showGridCheck(
  context: { readonly t: Translate; readonly lang: Lang },
  outcome: GridCheck,
  status: HTMLElement,
  results: HTMLElement,
  display: CheckDisplay,
): void {
  const { t } = context;
  if (outcome.kind === "notTemplate") {
    setStatus(status, "warning", display.noGridText);
    results.replaceChildren();
    return;
  }
  const { findings } = outcome;
  const { onSelect } = display;
  const hasErrors = findings.some((finding) => finding.severity === "error");
  const summary =
    findings.length === 0
      ? t("pane.check.clean")
      : t("pane.check.summary", { counts: findingCounts(findings, t) });
  setStatus(status, hasErrors ? "error" : findings.length > 0 ? "warning" : "done", summary);
  const label = display.listLabel ?? t("pane.check.listLabel");
  results.replaceChildren(
    ...(findings.length > 0 ? [findingList(findings, context, label, onSelect)] : []),
    ...(onSelect && findings.some((f) => f.location?.cell)
      ? [el("p", { class: "aside" }, [t("pane.check.clickHint")])]
      : []),
  );
}

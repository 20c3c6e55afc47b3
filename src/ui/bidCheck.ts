import type { Finding } from "../core/findings";
import type { Lang, Translate } from "../i18n";
import type { BidCheck } from "../usecases/check-bid";
import { findingMessage } from "../core/finding-message";
import type { StoredGrid } from "../usecases/my-grid";
import { el } from "./dom";
import { findingCounts, findingList } from "./findings";
import { setStatus } from "./parts";

// A bid checked against its original schedule, as the pane and the offline page show it: how it went in the status
// line, which grid the prices were compared with (the caterer's check before sending), and every finding in the
// words of the bid checker. Where the face can take the user to a cell (Excel), a finding with a cell is a button.

export interface BidCheckOutputs {
  readonly status: HTMLElement;
  readonly note: HTMLElement;
  readonly results: HTMLElement;
}

interface Context {
  readonly t: Translate;
  readonly lang: Lang;
}

function gridNote({ t, lang }: Context, stored: StoredGrid | null, count: number): string {
  if (!stored) return t("pane.checkBid.grid.none");
  const date = new Date(stored.savedAt).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB");
  return t("pane.checkBid.grid.mine", { date, count });
}

/**
 * Shows `outcome`. `stored`: my grid as read for this check (null: none saved), undefined when prices are not
 * compared with a grid (the buyer's check). `select`: takes the user to a finding's cell, when the face can.
 */
export function showBidCheck(
  context: Context,
  outputs: BidCheckOutputs,
  outcome: BidCheck,
  stored: StoredGrid | null | undefined,
  select?: (finding: Finding) => void,
): void {
  const { t, lang } = context;
  const { status, note, results } = outputs;
  if (outcome.kind === "unusable") {
    const reason = outcome.findings.map((finding) => findingMessage(finding, lang)).join(" ");
    setStatus(status, "error", t("pane.checkBid.unusable", { reason }));
    note.textContent = "";
    results.replaceChildren();
    return;
  }
  const { findings, lines } = outcome;
  const errors = findings.some((finding) => finding.severity === "error");
  setStatus(
    status,
    errors ? "error" : findings.length > 0 ? "warning" : "done",
    findings.length === 0
      ? t("pane.checkBid.clean", { lines: lines.length, file: outcome.tender })
      : t("pane.checkBid.summary", {
          lines: lines.length,
          file: outcome.tender,
          counts: findingCounts(findings, t),
        }),
  );
  note.textContent = stored === undefined ? "" : gridNote(context, stored, outcome.gridLines);
  const words = findingMessage;
  results.replaceChildren(
    ...(findings.length > 0
      ? [findingList(findings, { ...context, words }, t("pane.checkBid.listLabel"), select)]
      : []),
    ...(select && findings.some((finding) => finding.location?.cell)
      ? [el("p", { class: "aside" }, [t("pane.check.clickHint")])]
      : []),
  );
}

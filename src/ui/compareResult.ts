import { findingCell, type Finding } from "../core/findings";
import { findingMessage } from "../core/finding-message";
import { formatDecimal, formatEuros } from "../core/money";
import type { Lang, Translate } from "../i18n";
import { basisWord } from "../usecases/compare/basis";
import { bidFindings, type ComparedResult } from "../usecases/compare/bid-findings";
import { bidLabel } from "../usecases/compare/workbook/lines-sheet";
import { summaryOrder } from "../usecases/compare/workbook/summary-sheet";
import { el } from "./dom";

// A comparison of bids in short, as the pane and the offline page show it: the ranking (rank, bidder, the total
// compared with its basis — HT, or TTC on a schedule asking TTC only —, score, the abnormally-low flag), then the findings of the comparison and of each bid, in the report's words.

interface Context {
  readonly t: Translate;
  readonly lang: Lang;
}

/** At most this many findings listed on screen; all of them are in the workbook's findings sheet. */
export const SHOWN_FINDINGS = 30;

export function rankingList({ t, lang }: Context, result: ComparedResult): HTMLElement {
  const items = summaryOrder(result).map((index) => {
    const bid = result.comparison.bids[index];
    const name = el("strong", {}, [bidLabel(result, index)]);
    if (bid.total === null)
      return el("li", { "data-bid": result.bids[index].file }, [
        name,
        ` — ${t(result.bids[index].kind === "unreadable" ? "compare.status.unreadable" : "compare.report.bar.incomplete")}`,
      ]);
    const score = formatDecimal(bid.scores?.[result.method] ?? 0, 100, lang, 2, 2);
    const flag =
      bid.oab.length > 0
        ? [el("span", { class: "severity severity-warning" }, [t("compare.sheet.flag")])]
        : [];
    return el("li", { "data-bid": result.bids[index].file }, [
      `${bid.rank}. `,
      name,
      ` — ${formatEuros(bid.total, lang)} ${basisWord(result.tender.basis, lang)} — ${t("pane.compare.score", { score })} `,
      ...flag,
    ]);
  });
  return el("ul", { class: "ranking", "aria-label": t("compare.report.ranking") }, items);
}

/** The findings (warnings and errors), the first SHOWN_FINDINGS of them; `findingsSheet` holds them all. */
export function comparisonFindings(
  { t, lang }: Context,
  result: ComparedResult,
  findingsSheet: string,
): HTMLElement[] {
  const findings: Finding[] = [
    ...result.findings,
    ...result.bids.flatMap((_bid, index) => bidFindings(result, index)),
  ].filter((finding) => finding.severity !== "info");
  if (findings.length === 0) return [];
  const items = findings.slice(0, SHOWN_FINDINGS).map((finding) => {
    const where = [finding.location?.file, findingCell(finding)].filter(Boolean).join(" · ");
    return el("li", { class: "finding" }, [
      el("span", {}, [
        el("span", { class: `severity severity-${finding.severity}` }, [
          t(`pane.severity.${finding.severity}`),
        ]),
        el("span", { class: "finding-text" }, [findingMessage(finding, lang)]),
        el("span", { class: "finding-where" }, [where]),
      ]),
    ]);
  });
  const more =
    findings.length > SHOWN_FINDINGS
      ? [el("p", { class: "aside" }, [t("pane.compare.moreFindings", { sheet: findingsSheet })])]
      : [];
  return [el("ul", { class: "findings", "aria-label": t("compare.report.findingsTitle") }, items), ...more];
}

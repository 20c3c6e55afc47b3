// The report's first part: who ranks where, with totals, the three scores (the buyer's method first and marked),
// the flags, and the bar chart of the totals with the mean − σ threshold.

import type { ScoreMethod } from "../../../core/compare";
import { euroTick } from "../../../core/money";
import { barChart, element, type Html } from "../../../core/report";
import { t, type Lang } from "../../../i18n";
import type { ComparedResult } from "../bid-findings";
import { bidLabel } from "../workbook/lines-sheet";
import { methodOrder, summaryOrder } from "../workbook/summary-sheet";
import { basisWord } from "../basis";
import { baseName } from "../json";
import { euros, scoreText } from "./format";

function statusText(result: ComparedResult, index: number, lang: Lang): string {
  if (result.bids[index].kind === "unreadable") return t(lang, "compare.status.unreadable");
  const bid = result.comparison.bids[index];
  return bid.complete
    ? t(lang, "compare.status.complete")
    : t(lang, "compare.status.incomplete", { count: bid.missingLines.length });
}

function flagsText(result: ComparedResult, index: number, lang: Lang): string {
  return result.comparison.bids[index].oab
    .map((flag) => t(lang, "compare.report.flagBy", { method: t(lang, `compare.report.oab.${flag.method}`) }))
    .join(" · ");
}

function bidRow(result: ComparedResult, index: number, methods: readonly ScoreMethod[], lang: Lang): Html {
  const bid = result.comparison.bids[index];
  const row =
    result.bids[index].kind === "unreadable" ? "unreadable" : bid.complete ? "complete" : "incomplete";
  return element("tr", { class: row }, [
    element("td", { class: "num" }, [bid.rank === null ? "—" : String(bid.rank)]),
    element("td", {}, [
      element("strong", {}, [bidLabel(result, index)]),
      element("br"),
      element("span", { class: "small" }, [baseName(result.bids[index].file)]),
    ]),
    element("td", {}, [statusText(result, index, lang)]),
    // On a TTC schedule the total compared is the TTC: one column.
    ...(result.tender.basis === "HT" ? [element("td", { class: "num" }, [euros(bid.totalHt, lang)])] : []),
    element("td", { class: "num" }, [euros(bid.totalTtc, lang)]),
    ...methods.map((method, m) =>
      element("td", { class: m === 0 ? "num chosen" : "num" }, [scoreText(bid.scores?.[method], lang)]),
    ),
    element("td", { class: "flag" }, [flagsText(result, index, lang)]),
  ]);
}

export function rankingTable(result: ComparedResult, lang: Lang): Html {
  const methods = methodOrder(result.method);
  const headers = [
    t(lang, "compare.sheet.summary.rank"),
    t(lang, "compare.sheet.summary.bidder"),
    t(lang, "compare.sheet.summary.status"),
    ...(result.tender.basis === "HT" ? [t(lang, "compare.sheet.summary.totalHt")] : []),
    t(lang, "compare.sheet.summary.totalTtc"),
    ...methods.map((method) => t(lang, `compare.sheet.summary.score.${method}`)),
    t(lang, "compare.report.flags"),
  ];
  return element("div", { class: "scroll" }, [
    element("table", { class: "ranking" }, [
      element("caption", { class: "small" }, [
        t(lang, "compare.report.rankingCaption", {
          points: String(result.points),
          basis: basisWord(result.tender.basis, lang),
        }),
      ]),
      element("thead", {}, [
        element(
          "tr",
          {},
          headers.map((header) => element("th", { scope: "col" }, [header])),
        ),
      ]),
      element(
        "tbody",
        {},
        summaryOrder(result).map((index) => bidRow(result, index, methods, lang)),
      ),
    ]),
  ]);
}

export function totalsChart(result: ComparedResult, lang: Lang): Html {
  const stats = result.comparison.stats;
  const basis = basisWord(result.tender.basis, lang);
  const bars = summaryOrder(result).map((index) => {
    const bid = result.comparison.bids[index];
    const flagged = bid.oab.length > 0;
    const valueText =
      bid.total === null
        ? t(
            lang,
            result.bids[index].kind === "unreadable"
              ? "compare.report.bar.unreadable"
              : "compare.report.bar.incomplete",
          )
        : `${euros(bid.total, lang)}${flagged ? ` — ${t(lang, "compare.sheet.flag")}` : ""}`;
    return {
      label: bidLabel(result, index),
      value: bid.total,
      valueText,
      tone: flagged ? ("flagged" as const) : bid.total === null ? ("muted" as const) : ("normal" as const),
    };
  });
  const reference = stats
    ? {
        value: stats.meanMinusSigmaCents,
        label: t(lang, "compare.report.chart.threshold", { amount: euros(stats.meanMinusSigmaCents, lang) }),
      }
    : undefined;
  return barChart({
    title: t(lang, "compare.sheet.chart.title", { basis }),
    description: t(lang, "compare.report.chart.description", { basis }),
    bars,
    formatTick: euroTick(lang),
    ...(reference ? { reference } : {}),
  });
}

// The report's detail: abnormally-low flags in words, the statistics they come from, the scoring formulas, the
// line-by-line table (each bid's unit price, its gap to the line's mean, the lowest and highest marked in words as
// well as colour) and every finding, bid by bid.

import { oabFlagMessage } from "../../../core/compare";
import type { Finding } from "../../../core/findings";
import { element, type Html } from "../../../core/report";
import { t, type Lang } from "../../../i18n";
import { bidFindings, type ComparedResult } from "../bid-findings";
import { findingMessage } from "../../../core/finding-message";
import { findingCell } from "../../../core/findings";
import { bidLabel } from "../workbook/lines-sheet";
import { methodOrder } from "../workbook/summary-sheet";
import { estimateThreshold, trimmedMean } from "../../../core/compare";
import { basisWord } from "../basis";
import { baseName } from "../json";
import { euros, gapText } from "./format";

export function flagsSection(result: ComparedResult, lang: Lang): Html[] {
  const flagged = result.bids.flatMap((_bid, index) =>
    result.comparison.bids[index].oab.length > 0 ? [index] : [],
  );
  const body =
    flagged.length === 0
      ? [element("p", {}, [t(lang, "compare.report.noFlag")])]
      : flagged.map((index) =>
          element("div", { class: "notice" }, [
            element("h3", {}, [bidLabel(result, index)]),
            element(
              "ul",
              {},
              result.comparison.bids[index].oab.map((flag) =>
                element("li", {}, [oabFlagMessage(flag, result.tender.basis, lang)]),
              ),
            ),
          ]),
        );
  return [...body, element("p", { class: "legal" }, [t(lang, "compare.sheet.legal")])];
}

function statRow(label: string, value: string): Html[] {
  return [element("dt", {}, [label]), element("dd", {}, [value])];
}

export function statsSection(result: ComparedResult, lang: Lang): Html[] {
  const stats = result.comparison.stats;
  if (!stats) return [element("p", {}, [t(lang, "compare.report.noComplete")])];
  const basis = basisWord(result.tender.basis, lang);
  const label = (key: Parameters<typeof t>[1]) => t(lang, key, { basis });
  const rows = [
    ...statRow(label("compare.sheet.stats.count"), String(stats.count)),
    ...statRow(label("compare.sheet.stats.min"), euros(stats.minCents, lang)),
    ...statRow(label("compare.sheet.stats.max"), euros(stats.maxCents, lang)),
    ...statRow(label("compare.sheet.stats.mean"), euros(stats.meanCents, lang)),
    ...statRow(label("compare.sheet.stats.sigma"), euros(stats.sigmaCents, lang)),
    ...statRow(label("compare.sheet.stats.threshold"), euros(stats.meanMinusSigmaCents, lang)),
  ];
  const totals = result.comparison.bids.flatMap((bid) => (bid.total === null ? [] : [bid.total]));
  const trimmed = result.trimmedMean ? trimmedMean(totals) : null;
  if (trimmed)
    rows.push(
      ...statRow(label("compare.sheet.stats.trimmedMean"), euros(trimmed.meanCents, lang)),
      ...statRow(label("compare.sheet.stats.trimmedThreshold"), euros(trimmed.thresholdCents, lang)),
    );
  const estimate = result.estimate;
  if (estimate)
    rows.push(
      ...statRow(label("compare.sheet.stats.estimate"), euros(estimate.total, lang)),
      ...statRow(label("compare.sheet.stats.estimateThreshold"), euros(estimateThreshold(estimate), lang)),
    );
  return [
    element("dl", { class: "stats" }, rows),
    element(
      "ul",
      {},
      methodOrder(result.method).map((method) => element("li", {}, [t(lang, `compare.method.${method}`)])),
    ),
  ];
}

function priceCell(result: ComparedResult, line: number, bid: number, lang: Lang): Html {
  const stats = result.comparison.lines[line];
  const price = stats.prices[bid];
  if (price.unit === null) return element("td", { class: "num" }, ["—"]);
  const lowest =
    stats.minCents !== null && price.unit === stats.minCents && result.comparison.bids[bid].complete;
  const highest =
    stats.maxCents !== null && price.unit === stats.maxCents && result.comparison.bids[bid].complete;
  const marks = [
    lowest ? t(lang, "compare.report.lowest") : "",
    highest && !lowest ? t(lang, "compare.report.highest") : "",
  ].filter((mark) => mark !== "");
  return element("td", { class: `num${lowest ? " low" : highest ? " high" : ""}` }, [
    euros(price.unit, lang),
    element("br"),
    element("span", { class: price.lowOutlier ? "small outlier" : "small" }, [
      [gapText(price.gapBp, lang), ...marks, price.lowOutlier ? t(lang, "compare.report.outlier") : ""]
        .filter((part) => part !== "")
        .join(" · "),
    ]),
  ]);
}

export function linesTable(result: ComparedResult, lang: Lang): Html {
  const shown = result.bids.flatMap((bid, index) => (bid.kind === "unreadable" ? [] : [index]));
  const headers = [
    t(lang, "compare.sheet.lines.ref"),
    t(lang, "compare.sheet.lines.designation"),
    t(lang, "compare.sheet.lines.quantity"),
    ...shown.map((index) => bidLabel(result, index)),
    t(lang, "compare.sheet.lines.min"),
    t(lang, "compare.sheet.lines.max"),
    t(lang, "compare.sheet.lines.mean"),
  ];
  const rows = result.tender.lines.map((line, index) => {
    const stats = result.comparison.lines[index];
    return element("tr", {}, [
      element("td", {}, [line.ref]),
      element("td", {}, [line.designation]),
      element("td", { class: "num" }, [String(line.quantity)]),
      ...shown.map((bid) => priceCell(result, index, bid, lang)),
      element("td", { class: "num" }, [euros(stats.minCents, lang)]),
      element("td", { class: "num" }, [euros(stats.maxCents, lang)]),
      element("td", { class: "num" }, [euros(stats.meanCents, lang)]),
    ]);
  });
  return element("div", { class: "scroll" }, [
    element("table", { class: "lines" }, [
      element("caption", { class: "small" }, [
        t(lang, "compare.report.linesCaption", { basis: basisWord(result.tender.basis, lang) }),
      ]),
      element("thead", {}, [
        element(
          "tr",
          {},
          headers.map((header) => element("th", { scope: "col" }, [header])),
        ),
      ]),
      element("tbody", {}, rows),
    ]),
  ]);
}

function findingItems(findings: readonly Finding[], lang: Lang): Html {
  return element(
    "ul",
    { class: "findings" },
    findings.map((finding) => {
      const cell = findingCell(finding);
      return element("li", {}, [
        element("span", { class: `sev-${finding.severity}` }, [t(lang, `severity.${finding.severity}`)]),
        cell ? ` (${cell})` : "",
        lang === "fr" ? "\u00a0: " : ": ",
        findingMessage(finding, lang),
      ]);
    }),
  );
}

export function findingsSection(result: ComparedResult, lang: Lang): Html[] {
  const tender = result.findings.length
    ? [element("h3", {}, [t(lang, "compare.report.tenderFindings")]), findingItems(result.findings, lang)]
    : [];
  const bids = result.bids.flatMap((bid, index) => {
    const findings = bidFindings(result, index);
    return [
      element("h3", {}, [`${bidLabel(result, index)} — ${baseName(bid.file)}`]),
      findings.length
        ? findingItems(findings, lang)
        : element("p", {}, [t(lang, "compare.report.noFinding")]),
    ];
  });
  return [...tender, ...bids];
}

// The comparison as one self-contained HTML file a buyer attaches to its analysis report: no script, no external
// resource (a Content-Security-Policy forbids any), charts as inline SVG, a print style sheet for A4 landscape,
// every text from a bid escaped (src/core/report/html.ts), in French or English.

import { trustedHtml, element, type Html } from "../../../core/report";
import { formatIsoDate } from "../../../core/date-text";
import { t, type Lang } from "../../../i18n";
import type { ComparedResult } from "../bid-findings";
import { baseName } from "../json";
import { flagsSection, findingsSection, linesTable, statsSection } from "./details";
import { rankingTable, totalsChart } from "./ranking";
import { REPORT_CSS } from "./style";

export interface ReportOptions {
  readonly lang: Lang;
  /** The date shown under the title (an ISO day, e.g. "2026-03-14", written 14/03/2026 in French); none when absent. */
  readonly date?: string;
}

/** Nothing may load: no script, no image but data: (none used), styles only inline. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function section(id: string, title: string, children: readonly Html[]): Html {
  return element("section", { "aria-labelledby": id }, [element("h2", { id }, [title]), ...children]);
}

export function comparisonReportHtml(result: ComparedResult, options: ReportOptions): string {
  const { lang } = options;
  const title = t(lang, "compare.report.title");
  const method = t(lang, `compare.sheet.summary.score.${result.method}`);
  const head = element("head", {}, [
    element("meta", { charset: "utf-8" }),
    element("meta", { "http-equiv": "Content-Security-Policy", content: CSP }),
    element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    element("title", {}, [`${title} — ${baseName(result.tender.file)}`]),
    // Our own style sheet, not text from a file: raw text in <style> is not entity-decoded, so it is not escaped.
    element("style", {}, [trustedHtml(REPORT_CSS)]),
  ]);
  const body = element("body", {}, [
    element("header", {}, [
      element("h1", {}, [title]),
      element("p", { class: "meta" }, [
        t(lang, "compare.sheet.tender", {
          file: baseName(result.tender.file),
          sheet: result.tender.sheet,
          lines: result.tender.lines.length,
        }),
      ]),
      element("p", { class: "meta" }, [
        t(lang, "compare.report.criterion", {
          points: String(result.points),
          method,
          count: result.bids.length,
        }),
      ]),
      options.date
        ? element("p", { class: "meta" }, [
            t(lang, "compare.report.date", { date: formatIsoDate(options.date, lang) }),
          ])
        : null,
    ]),
    element("main", {}, [
      section("ranking", t(lang, "compare.report.ranking"), [
        rankingTable(result, lang),
        totalsChart(result, lang),
      ]),
      section("flags", t(lang, "compare.report.flagsTitle"), flagsSection(result, lang)),
      section("stats", t(lang, "compare.report.statsTitle"), statsSection(result, lang)),
      section("lines", t(lang, "compare.report.linesTitle"), [linesTable(result, lang)]),
      section("findings", t(lang, "compare.report.findingsTitle"), findingsSection(result, lang)),
    ]),
    element("footer", {}, [t(lang, "compare.report.footer")]),
  ]);
  return `<!DOCTYPE html>\n${element("html", { lang }, [head, body]).html}\n`;
}

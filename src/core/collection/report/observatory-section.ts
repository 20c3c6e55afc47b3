// The price observatory in the report: per product family, a chart of the quartile ranges and the table of counts
// and quartiles; then, line by line, the median and quartiles by structure type and by department. A withheld
// figure shows its reason, never a number.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import type { SectionId } from "../../grid/catalogue";
import { formatEuros } from "../../money/format";
import { shownCents, type GroupStatistic, type LineStatistic, type PriceStatistic } from "../../observatory";
import { element, type Child, type Html } from "../../report/html";
import { rangeChart, type RangeRow } from "../../report/svg";
import type { Collection } from "../model";
import { statisticNote } from "../statistic-note";
import { familyLabel, familyOf, lineLabel, publishedText, ruleTexts } from "../texts";
import { euroTick } from "../../money/format";
import { htmlTable, integerText, section, type HtmlColumn } from "./parts";

function rangeRow(line: LineStatistic, lang: Lang): RangeRow {
  const median = shownCents(line.median);
  return {
    label: lineLabel(line.id, lang),
    low: shownCents(line.q1),
    middle: median,
    high: shownCents(line.q3),
    note: median !== null ? formatEuros(median, lang) : statisticNote(line, lang),
  };
}

function lineColumns(lang: Lang): HtmlColumn<LineStatistic>[] {
  return [
    { header: t(lang, "collect.column.line"), cell: (line) => lineLabel(line.id, lang) },
    { header: t(lang, "collect.column.count"), numeric: true, cell: (line) => integerText(line.count, lang) },
    { header: t(lang, "collect.column.q1"), numeric: true, cell: (line) => publishedText(line.q1, lang) },
    {
      header: t(lang, "collect.column.median"),
      numeric: true,
      cell: (line) => publishedText(line.median, lang),
    },
    { header: t(lang, "collect.column.q3"), numeric: true, cell: (line) => publishedText(line.q3, lang) },
  ];
}

function familyPart(family: SectionId, lines: readonly LineStatistic[], lang: Lang): Child[] {
  const name = familyLabel(family, lang);
  return [
    element("h3", {}, [name]),
    rangeChart(
      t(lang, "collect.chart.family", { family: name }),
      lines.map((line) => rangeRow(line, lang)),
      euroTick(lang),
    ),
    htmlTable(t(lang, "collect.report.familyCaption", { family: name }), lineColumns(lang), lines),
  ];
}

function families(lines: readonly LineStatistic[]): SectionId[] {
  return [...new Set(lines.map((line) => familyOf(line.id)))];
}

export function observatorySection(collection: Collection, lang: Lang): Html {
  const lines = collection.observatory.lines;
  return section("observatory", t(lang, "collect.observatory.title"), [
    element("p", {}, [t(lang, "collect.report.observatoryAbout")]),
    element("p", { class: "rule" }, [ruleTexts(lang).join(" ")]),
    families(lines).map((family) =>
      familyPart(
        family,
        lines.filter((line) => familyOf(line.id) === family),
        lang,
      ),
    ),
  ]);
}

/** A group's figures in one cell: the median, then Q1 – Q3 and the count beneath; or why they are withheld. */
function groupCell(statistic: PriceStatistic | undefined, lang: Lang): Child {
  if (!statistic || statistic.count === 0) return "—";
  const count = element("small", {}, [t(lang, "collect.report.count", { count: statistic.count })]);
  const values = [statistic.q1, statistic.median, statistic.q3];
  if (values.every((value) => value.kind === "withheld"))
    return [element("span", { class: "note" }, [statisticNote(statistic, lang)]), element("br"), count];
  const range = t(lang, "collect.report.range", {
    q1: publishedText(statistic.q1, lang),
    q3: publishedText(statistic.q3, lang),
  });
  return [
    publishedText(statistic.median, lang),
    element("br"),
    element("small", {}, [range]),
    element("br"),
    count,
  ];
}

export function groupSection(collection: Collection, lang: Lang, by: "byType" | "byDepartment"): Html {
  const groups = by === "byType" ? collection.observatory.types : collection.observatory.departments;
  const statistics = collection.observatory[by];
  const find = (id: string, group: string): GroupStatistic | undefined =>
    statistics.find((one) => one.id === id && one.group === group);
  const columns: HtmlColumn<LineStatistic>[] = [
    { header: t(lang, "collect.column.line"), cell: (line) => lineLabel(line.id, lang) },
    ...groups.map((group) => ({
      header: group,
      numeric: true,
      cell: (line: LineStatistic) => groupCell(find(line.id, group), lang),
    })),
  ];
  const title = t(lang, `collect.${by}.title`);
  return section(by === "byType" ? "by-type" : "by-department", title, [
    element("p", {}, [t(lang, `collect.report.${by}About`)]),
    groups.length === 0
      ? element("p", {}, [t(lang, "collect.report.noGroups")])
      : htmlTable(t(lang, "collect.report.tableOf", { title }), columns, collection.observatory.lines),
  ]);
}

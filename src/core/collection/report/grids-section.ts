// The report's list of received files: one line each (who, state, errors, warnings, share offered, note), then the
// findings of each file that has any, in words with their sheet and cell.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { findingMessage } from "../../finding-message";
import type { Finding } from "../../findings";
import { element, type Html } from "../../report/html";
import { gridLine, type GridHeader, type GridLine } from "../lines";
import type { Collection } from "../model";
import { formatDate, htmlTable, integerText, section, type HtmlColumn } from "./parts";

function columns(lang: Lang): HtmlColumn<GridLine>[] {
  const header = (key: GridHeader) => t(lang, `collect.column.${key}`);
  return [
    { header: header("file"), fit: "path", cell: (line) => line.file },
    { header: header("name"), cell: (line) => line.name || "—" },
    { header: header("siret"), cell: (line) => line.siret || "—" },
    { header: header("type"), cell: (line) => line.type || "—" },
    { header: header("departments"), cell: (line) => line.departments.join(", ") || "—" },
    {
      header: header("validUntil"),
      cell: (line) => (line.validUntil ? formatDate(line.validUntil, lang) : "—"),
    },
    {
      header: header("status"),
      cell: (line) =>
        element("span", { class: `status-${line.status}` }, [t(lang, `collect.status.${line.status}`)]),
    },
    { header: header("errors"), numeric: true, cell: (line) => integerText(line.errors, lang) },
    { header: header("warnings"), numeric: true, cell: (line) => integerText(line.warnings, lang) },
    {
      header: header("offered"),
      numeric: true,
      cell: (line) =>
        line.offered ? t(lang, "collect.offered", { lines: line.offered.lines, of: line.offered.of }) : "—",
    },
    { header: header("note"), fit: "wrap", cell: (line) => line.note },
  ];
}

function findingItem(finding: Finding, lang: Lang): Html {
  const { sheet, cell } = finding.location ?? {};
  const where = sheet && cell ? `${sheet}!${cell} — ` : "";
  return element("li", {}, [
    t(lang, "collect.report.finding", {
      severity: t(lang, `severity.${finding.severity}`),
      where,
      message: findingMessage(finding, lang),
    }),
  ]);
}

export function gridsSection(collection: Collection, lang: Lang): Html {
  const lines = collection.grids.map((grid) => gridLine(grid, lang, collection.today));
  const withFindings = collection.grids.filter((grid) => grid.findings.length > 0);
  return section("grids", t(lang, "collect.report.grids"), [
    htmlTable(t(lang, "collect.report.gridsCaption", { count: lines.length }), columns(lang), lines),
    element("h3", {}, [t(lang, "collect.report.findings")]),
    withFindings.length === 0
      ? element("p", {}, [t(lang, "collect.report.noFindings")])
      : element(
          "div",
          { class: "findings" },
          withFindings.map((grid) => [
            element("h4", {}, [grid.file]),
            element(
              "ul",
              {},
              grid.findings.map((finding) => findingItem(finding, lang)),
            ),
          ]),
        ),
  ]);
}

// Insertion hours in the report: totals by structure type and by department served, as bars and as tables, with
// the note that a caterer serving several departments counts in each.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import type { InsertionGroup } from "../../observatory";
import { element, type Html } from "../../report/html";
import { barChart } from "../../report/svg";
import type { Collection } from "../model";
import { htmlTable, integerText, section, type HtmlColumn } from "./parts";

function columns(first: string, lang: Lang): HtmlColumn<InsertionGroup>[] {
  return [
    { header: first, cell: (group) => group.group || t(lang, "collect.insertion.total") },
    {
      header: t(lang, "collect.column.structures"),
      numeric: true,
      cell: (group) => integerText(group.structures, lang),
    },
    {
      header: t(lang, "collect.column.insertionHours"),
      numeric: true,
      cell: (group) => integerText(group.hours, lang),
    },
  ];
}

function part(
  title: string,
  first: string,
  groups: readonly InsertionGroup[],
  lang: Lang,
  total?: InsertionGroup,
) {
  const hours = (value: number) => integerText(value, lang);
  return [
    element("h3", {}, [title]),
    groups.length === 0
      ? element("p", {}, [t(lang, "collect.report.noGroups")])
      : [
          barChart({
            title,
            bars: groups.map((group) => ({
              label: group.group,
              value: group.hours,
              valueText: hours(group.hours),
            })),
            formatTick: hours,
          }),
          htmlTable(title, columns(first, lang), total ? [...groups, total] : groups),
        ],
  ];
}

export function insertionSection(collection: Collection, lang: Lang): Html {
  const { insertion } = collection;
  return section("insertion", t(lang, "collect.insertion.title"), [
    element("p", {}, [
      t(lang, "collect.report.insertionTotal", {
        hours: integerText(insertion.total.hours, lang),
        structures: insertion.total.structures,
      }),
    ]),
    part(
      t(lang, "collect.report.insertionByType"),
      t(lang, "collect.column.type"),
      insertion.byType,
      lang,
      insertion.total,
    ),
    part(
      t(lang, "collect.report.insertionByDepartment"),
      t(lang, "collect.column.departmentName"),
      insertion.byDepartment,
      lang,
    ),
    element("p", { class: "note" }, [t(lang, "collect.insertion.overlap")]),
  ]);
}

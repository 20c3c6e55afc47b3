// The observatory's sheets: per standard line the count of valid grids offering it and the quartiles the
// statistics rule lets through (a withheld figure is an empty cell, its reason beside it, so a chart never draws a
// bar for it), with a chart of the quartiles per product family; and the same by structure type and by department.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { quoteSheetName } from "../../workbook/address";
import type { BarChartPlan, CellPlan, RowPlan, SheetPlan } from "../../workbook/plan";
import { shownCents, type GroupStatistic, type LineStatistic, type PriceStatistic } from "../../observatory";
import { centsToEuroNumber } from "../../money/format";
import type { Collection } from "../model";
import { familyLabel, familyOf, lineLabel, ruleTexts } from "../texts";
import { statisticNote } from "../statistic-note";
import type { RegisterNames } from "./names";
import { REGISTER_STYLE as S } from "./styles";
import { cellPlan, tableBlock, type Column } from "./table-block";

/** Rows above each observatory table: the title, the rule's sentences, a blank row. */
const RULE_FIRST_ROW = 2;
const RULE_ROW_HEIGHT = 45;

function euros(value: PriceStatistic["q1"]): number | null {
  const shown = shownCents(value);
  return shown === null ? null : centsToEuroNumber(shown);
}

function statisticColumns<R extends LineStatistic>(lang: Lang): Column<R>[] {
  return [
    { header: t(lang, "collect.column.count"), width: 9, style: S.integer, value: (row) => row.count },
    { header: t(lang, "collect.column.q1"), width: 13, style: S.money, value: (row) => euros(row.q1) },
    {
      header: t(lang, "collect.column.median"),
      width: 13,
      style: S.money,
      value: (row) => euros(row.median),
    },
    { header: t(lang, "collect.column.q3"), width: 13, style: S.money, value: (row) => euros(row.q3) },
    {
      header: t(lang, "collect.column.remark"),
      width: 34,
      style: S.wrap,
      value: (row) => statisticNote(row, lang),
    },
    { header: t(lang, "collect.column.id"), width: 24, style: S.id, value: (row) => row.id },
  ];
}

/** The title and the rule above a table; returns its cells, merges and row heights, and the table's header row. */
function heading(title: string, lang: Lang, lastColumn: string) {
  const rules = ruleTexts(lang);
  const cells: CellPlan[] = [
    cellPlan("A1", title, S.title),
    ...rules.map((rule, index) => cellPlan(`A${RULE_FIRST_ROW + index}`, rule, S.hint)),
  ];
  const merges = rules.map((_, index) => `A${RULE_FIRST_ROW + index}:${lastColumn}${RULE_FIRST_ROW + index}`);
  const rows: RowPlan[] = rules.map((_, index) => ({ row: RULE_FIRST_ROW + index, height: RULE_ROW_HEIGHT }));
  return { cells, merges, rows, top: RULE_FIRST_ROW + rules.length + 1 };
}

const CHART_COLUMNS = { from: "J", to: "R" } as const;
const CHART_ROWS = 16;

/** One chart per product family: its lines' Q1, median and Q3 side by side. */
function familyCharts(
  lines: readonly LineStatistic[],
  sheet: string,
  top: number,
  lang: Lang,
): BarChartPlan[] {
  const families = [...new Set(lines.map((line) => familyOf(line.id)))];
  const at = (column: string, from: number, to: number) =>
    `${quoteSheetName(sheet)}!$${column}$${from}:$${column}$${to}`;
  return families.map((family, index) => {
    const first = top + 1 + lines.findIndex((line) => familyOf(line.id) === family);
    const last = first + lines.filter((line) => familyOf(line.id) === family).length - 1;
    const row = top + index * CHART_ROWS;
    return {
      type: "bar",
      title: t(lang, "collect.chart.family", { family: familyLabel(family, lang) }),
      categories: at("B", first, last),
      series: (
        [
          ["collect.column.q1", "D"],
          ["collect.column.median", "E"],
          ["collect.column.q3", "F"],
        ] as const
      ).map(([key, column]) => ({ name: t(lang, key), values: at(column, first, last) })),
      anchor: { from: `${CHART_COLUMNS.from}${row}`, to: `${CHART_COLUMNS.to}${row + CHART_ROWS - 1}` },
    };
  });
}

export function observatorySheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const name = names.sheets.observatory;
  const head = heading(t(lang, "collect.observatory.title"), lang, "H");
  const columns: Column<LineStatistic>[] = [
    {
      header: t(lang, "collect.column.family"),
      width: 16,
      style: S.text,
      value: (row) => familyLabel(familyOf(row.id), lang),
    },
    {
      header: t(lang, "collect.column.line"),
      width: 34,
      style: S.text,
      value: (row) => lineLabel(row.id, lang),
    },
    ...statisticColumns<LineStatistic>(lang),
  ];
  const lines = collection.observatory.lines;
  const block = tableBlock(names.tables.observatory, head.top, columns, lines);
  return {
    name,
    cells: [...head.cells, ...block.cells],
    merges: head.merges,
    rows: head.rows,
    tables: [block.table],
    columns: block.columns,
    charts: familyCharts(lines, name, head.top, lang),
    freeze: { rows: head.top, columns: 0 },
  };
}

export function groupSheet(
  collection: Collection,
  lang: Lang,
  names: RegisterNames,
  by: "byType" | "byDepartment",
): SheetPlan {
  const head = heading(t(lang, `collect.${by}.title`), lang, "H");
  const columns: Column<GroupStatistic>[] = [
    {
      header: t(lang, "collect.column.line"),
      width: 34,
      style: S.text,
      value: (row) => lineLabel(row.id, lang),
    },
    {
      header: t(lang, by === "byType" ? "collect.column.type" : "collect.column.departmentName"),
      width: 12,
      style: S.text,
      value: (row) => row.group,
    },
    ...statisticColumns<GroupStatistic>(lang),
  ];
  const block = tableBlock(names.tables[by], head.top, columns, collection.observatory[by]);
  return {
    name: names.sheets[by],
    cells: [...head.cells, ...block.cells],
    merges: head.merges,
    rows: head.rows,
    tables: [block.table],
    columns: block.columns,
    freeze: { rows: head.top, columns: 0 },
  };
}

// A bar chart plan → Excel.ChartCollection.add, then one series per planned series with its values and categories
// (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7). Queued after every sheet's cells, since a chart may read
// data from a sheet created later in the plan.

import { type BarChartPlan, splitSheetReference } from "../core/workbook";
import { type QueuedOp, op } from "./batches";

export type SheetResolver = (name: string) => Excel.Worksheet;

function rangeAt(reference: string, home: Excel.Worksheet, resolve: SheetResolver): Excel.Range {
  const { sheet, range } = splitSheetReference(reference);
  return (sheet ? resolve(sheet) : home).getRange(range.replace(/\$/g, ""));
}

export function chartOp(home: Excel.Worksheet, plan: BarChartPlan, resolve: SheetResolver): QueuedOp {
  return op(() => {
    const [first] = plan.series;
    if (!first) return;
    const type = plan.horizontal ? "BarClustered" : "ColumnClustered";
    const chart = home.charts.add(type, rangeAt(first.values, home, resolve), "Columns");
    chart.title.text = plan.title;
    chart.setPosition(plan.anchor.from, plan.anchor.to);
    plan.series.forEach((series, index) => {
      const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
      target.name = series.name;
      target.setValues(rangeAt(series.values, home, resolve));
      target.setXAxisValues(rangeAt(plan.categories, home, resolve));
    });
  });
}

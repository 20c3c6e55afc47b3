// Excel.ChartCollection, Chart, ChartSeries (what a clustered bar chart needs): charts are recorded in the sheet's
// state with their title, anchor cells and each series' value and category ranges.

import { type Box, letters, parseAddress, quoteSheet } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import type { FakeRange, RangeTarget } from "./range";
import { type FakeContext, FakeCollection, FakeObject, strict } from "./runtime";
import type { FakeChart, FakeSheet } from "./state";

const CHART_TYPES = ["BarClustered", "ColumnClustered", "BarStacked", "ColumnStacked", "Line", "Pie"];

function absolute(target: RangeTarget): string {
  const cell = (row: number, column: number) => `$${letters(column)}$${row + 1}`;
  const { box } = target;
  return `${quoteSheet(target.sheet.name)}!${cell(box.top, box.left)}:${cell(box.bottom, box.right)}`;
}

function rangeAddress(range: FakeRange, location: string): string {
  const target = range.target();
  if (target === null) throw invalidArgument(location, "null range");
  return absolute(target);
}

function cellOf(anchor: string | FakeRange, location: string): string {
  const box: Box =
    typeof anchor === "string" ? parseAddress(anchor, location) : (anchor.target() as RangeTarget).box;
  return `${letters(box.left)}${box.top + 1}`;
}

class FakeChartTitle extends FakeObject<FakeChart> {
  protected readers(): Readonly<Record<string, (chart: FakeChart) => unknown>> {
    return { text: (chart) => chart.title };
  }

  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.write("text", text, (chart) => (chart.title = text));
  }
}

export class FakeChartSeries extends FakeObject<FakeChart["series"][number]> {
  protected readers(): Readonly<Record<string, (series: FakeChart["series"][number]) => unknown>> {
    return { name: (series) => series.name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (series) => (series.name = name));
  }

  setValues(range: FakeRange): void {
    this.invoke(
      "setValues",
      [range],
      (series) => (series.values = rangeAddress(range, "ChartSeries.setValues")),
      "ExcelApi 1.7",
    );
  }

  setXAxisValues(range: FakeRange): void {
    this.invoke(
      "setXAxisValues",
      [range],
      (series) => (series.categories = rangeAddress(range, "ChartSeries.setXAxisValues")),
      "ExcelApi 1.7",
    );
  }
}

export class FakeChartSeriesCollection extends FakeCollection<FakeChart, FakeChartSeries> {
  protected listItems(chart: FakeChart): FakeChartSeries[] {
    return chart.series.map((series) =>
      strict(new FakeChartSeries(this.context, "ChartSeries", () => series), "ChartSeries"),
    );
  }

  getItemAt(index: number): FakeChartSeries {
    this.context.call("ChartSeriesCollection.getItemAt");
    const resolver = () => {
      const series = this.target()?.series[index];
      if (!series) throw itemNotFound("ChartSeriesCollection.getItemAt", String(index));
      return series;
    };
    return strict(new FakeChartSeries(this.context, "ChartSeries", resolver), "ChartSeries");
  }

  add(name?: string): FakeChartSeries {
    let created: FakeChart["series"][number] | null = null;
    this.invoke(
      "add",
      [name],
      (chart) => {
        created = { name: name ?? `Series${chart.series.length + 1}` };
        chart.series.push(created);
      },
      "ExcelApi 1.7",
    );
    return strict(new FakeChartSeries(this.context, "ChartSeries", () => created), "ChartSeries");
  }
}

export class FakeChartObject extends FakeObject<FakeChart> {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;

  constructor(context: FakeContext, resolver: () => FakeChart | null) {
    super(context, "Chart", resolver);
    this.title = strict(new FakeChartTitle(context, "ChartTitle", resolver), "ChartTitle");
    this.series = strict(
      new FakeChartSeriesCollection(context, "ChartSeriesCollection", resolver),
      "ChartSeriesCollection",
    );
  }

  protected readers(): Readonly<Record<string, (chart: FakeChart) => unknown>> {
    return { chartType: (chart) => chart.type };
  }

  setPosition(start: string | FakeRange, end?: string | FakeRange): void {
    this.invoke("setPosition", [start, end], (chart) => {
      chart.from = cellOf(start, "Chart.setPosition");
      chart.to = end === undefined ? undefined : cellOf(end, "Chart.setPosition");
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeSheet, FakeChartObject> {
  protected listItems(sheet: FakeSheet): FakeChartObject[] {
    return sheet.charts.map((chart) => strict(new FakeChartObject(this.context, () => chart), "Chart"));
  }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartObject {
    let created: FakeChart | null = null;
    this.invoke("add", [type, source, seriesBy], (sheet) => {
      if (!CHART_TYPES.includes(type)) throw invalidArgument("ChartCollection.add", `type ${type}`);
      const values = rangeAddress(source, "ChartCollection.add");
      created = { type, title: "", series: [{ name: "Series1", values }] };
      sheet.charts.push(created);
    });
    return strict(new FakeChartObject(this.context, () => created), "Chart");
  }
}

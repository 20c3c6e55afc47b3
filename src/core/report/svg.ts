// Inline SVG charts for reports: horizontal bars, and quartile ranges (a bar from the first to the third quartile
// with a mark at the median). Drawn from plain numbers with their labels already formatted, so a chart never shows a
// figure the table beside it does not; scales start at 0. Every text is escaped (html.ts).

import { element, type Child, type Html } from "./html";

const WIDTH = 640;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 90;
const ROW_HEIGHT = 24;
const TOP = 8;
const AXIS_HEIGHT = 24;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** Ticks at 1, 2 or 5 × a power of ten, about four of them, the last at or above `highest`. */
export function axisTicks(highest: number): number[] {
  if (!(highest > 0)) return [0, 1];
  const rough = highest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  const ticks = [0];
  while (ticks[ticks.length - 1] < highest) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

interface Frame {
  readonly title: string;
  readonly rows: number;
  readonly ticks: readonly number[];
  readonly formatTick: (value: number) => string;
  readonly body: readonly Child[];
}

const x = (value: number, ticks: readonly number[]) =>
  LABEL_WIDTH + (value / ticks[ticks.length - 1]) * PLOT_WIDTH;

function frame({ title, rows, ticks, formatTick, body }: Frame): Html {
  const height = TOP + rows * ROW_HEIGHT + AXIS_HEIGHT;
  const axisY = TOP + rows * ROW_HEIGHT;
  const axis = ticks.map((tick) => {
    const at = x(tick, ticks).toFixed(1);
    return [
      element("line", { x1: at, x2: at, y1: TOP, y2: axisY, class: "grid" }),
      element("text", { x: at, y: axisY + 16, "text-anchor": "middle", class: "tick" }, [formatTick(tick)]),
    ];
  });
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: "img",
      "aria-label": title,
      class: "chart",
    },
    [element("title", {}, [title]), axis, body],
  );
}

function rowLabel(label: string, index: number): Html {
  const y = TOP + index * ROW_HEIGHT + ROW_HEIGHT / 2 + 4;
  return element("text", { x: LABEL_WIDTH - 8, y, "text-anchor": "end", class: "label" }, [label]);
}

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/** Horizontal bars from 0, each labelled with its formatted value. */
export function barChart(
  title: string,
  rows: readonly BarRow[],
  formatTick: (value: number) => string,
): Html {
  const ticks = axisTicks(Math.max(0, ...rows.map((row) => row.value)));
  const body = rows.map((row, index) => {
    const y = TOP + index * ROW_HEIGHT + 5;
    const end = x(row.value, ticks);
    return [
      rowLabel(row.label, index),
      element("rect", {
        x: LABEL_WIDTH,
        y,
        width: (end - LABEL_WIDTH).toFixed(1),
        height: ROW_HEIGHT - 10,
        class: "bar",
      }),
      element("text", { x: (end + 6).toFixed(1), y: y + ROW_HEIGHT / 2, class: "value" }, [row.valueText]),
    ];
  });
  return frame({ title, rows: rows.length, ticks, formatTick, body });
}

export interface RangeRow {
  readonly label: string;
  /** First quartile, median, third quartile; null where not shown. */
  readonly low: number | null;
  readonly middle: number | null;
  readonly high: number | null;
  /** Shown at the end of the row: the median's text, or why nothing is drawn. */
  readonly note: string;
}

function rangeMarks(row: RangeRow, index: number, ticks: readonly number[]): Child[] {
  const y = TOP + index * ROW_HEIGHT + 5;
  const height = ROW_HEIGHT - 10;
  const marks: Child[] = [];
  if (row.low !== null && row.high !== null) {
    const from = x(row.low, ticks);
    marks.push(
      element("rect", {
        x: from.toFixed(1),
        y,
        width: Math.max(1, x(row.high, ticks) - from).toFixed(1),
        height,
        class: "range",
      }),
    );
  }
  if (row.middle !== null) {
    const at = x(row.middle, ticks).toFixed(1);
    marks.push(element("line", { x1: at, x2: at, y1: y - 2, y2: y + height + 2, class: "median" }));
  }
  const values = [row.low, row.middle, row.high].filter((value): value is number => value !== null);
  const noteX = values.length > 0 ? x(Math.max(...values), ticks) + 6 : LABEL_WIDTH + 4;
  marks.push(
    element(
      "text",
      { x: noteX.toFixed(1), y: y + height / 2 + 4, class: values.length > 0 ? "value" : "note" },
      [row.note],
    ),
  );
  return marks;
}

/** Quartile ranges: a bar from Q1 to Q3, a mark at the median; a row without figures shows its note only. */
export function rangeChart(
  title: string,
  rows: readonly RangeRow[],
  formatTick: (value: number) => string,
): Html {
  const shown = rows.flatMap((row) => [row.low, row.middle, row.high]).filter((v): v is number => v !== null);
  const ticks = axisTicks(Math.max(0, ...shown));
  const body = rows.map((row, index) => [rowLabel(row.label, index), rangeMarks(row, index, ticks)]);
  return frame({ title, rows: rows.length, ticks, formatTick, body });
}

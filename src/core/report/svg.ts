// Inline SVG charts for the reports (the facilitator's observatory, the bid comparison): horizontal bars, and
// quartile ranges (a bar from the first to the third quartile with a mark at the median). Drawn from plain numbers
// with their labels already formatted, so a chart never shows a figure the table beside it does not; scales start
// at 0. Self-contained (no script, font or external resource; colours and fonts are the chart's own, so it reads the
// same in any report), readable in print and by screen readers (role="img", a title and a description; each value
// is written beside its bar, so colour never carries meaning alone). Every text is escaped (html.ts): labels come
// from caterers' and bidders' files.

import { element, type Child, type Html } from "./html";

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 150;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const AXIS_HEIGHT = 24;
/** Room above the rows for a reference line's label. */
const REFERENCE_HEIGHT = 22;
const MAX_LABEL = 28;

export type BarTone = "normal" | "flagged" | "muted";

const INK = "#201f1e";
const MUTED = "#605e5c";
const GRID = "#e1dfdd";
const TONES: Readonly<Record<BarTone, string>> = {
  normal: "#0f6cbd",
  flagged: "#c4314b",
  muted: "#8a8886",
};
const RANGE = "#9db3de";
const MEDIAN = "#0f6cbd";

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

/** Where the rows start, and the scale: shared by a chart's frame and its marks. */
interface Geometry {
  readonly top: number;
  readonly ticks: readonly number[];
}

const x = (value: number, { ticks }: Geometry) =>
  LABEL_WIDTH + (Math.max(0, value) / ticks[ticks.length - 1]) * (WIDTH - LABEL_WIDTH - VALUE_WIDTH);

const rowTop = (index: number, { top }: Geometry) => top + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;

/** A value's text at the end of its row, in the middle of the bar's height. */
const textY = (index: number, geometry: Geometry) => rowTop(index, geometry) + BAR_HEIGHT / 2 + 4;

/** A white outline under a text, so a reference line or a grid line crossing it never makes it hard to read. */
const HALO = {
  stroke: "#ffffff",
  "stroke-width": 4,
  "stroke-linejoin": "round",
  "paint-order": "stroke",
} as const;

interface Frame {
  readonly title: string;
  readonly description?: string;
  readonly rows: number;
  readonly geometry: Geometry;
  readonly formatTick: (value: number) => string;
  readonly body: readonly Child[];
}

function frame({ title, description, rows, geometry, formatTick, body }: Frame): Html {
  const axisY = geometry.top + rows * ROW_HEIGHT;
  const height = axisY + AXIS_HEIGHT;
  const axis = geometry.ticks.map((tick) => {
    const at = x(tick, geometry).toFixed(1);
    return [
      element("line", { x1: at, x2: at, y1: geometry.top, y2: axisY, stroke: GRID }),
      element("text", { x: at, y: axisY + 16, "text-anchor": "middle", fill: MUTED }, [formatTick(tick)]),
    ];
  });
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      // The page's width up to 48rem (text a little larger than drawn), shrunk to a narrow page or a printed one.
      style: "display: block; width: 100%; max-width: 48rem; height: auto; margin: .4rem 0",
      role: "img",
      "aria-label": title,
      class: "chart",
      "font-family": "Segoe UI, Arial, sans-serif",
      "font-size": 12,
      fill: INK,
    },
    [element("title", {}, [title]), description ? element("desc", {}, [description]) : null, axis, body],
  );
}

/** A row's name, left of its marks: shortened when long, the whole name in its tooltip (the row's title). */
function rowLabel(label: string, index: number, geometry: Geometry): Html {
  const flat = label.replace(/\s+/g, " ").trim();
  const short = flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
  return element("text", { x: LABEL_WIDTH - 8, y: textY(index, geometry), "text-anchor": "end" }, [short]);
}

export interface Bar {
  readonly label: string;
  /** The bar's length in the chart's unit (e.g. cents); null draws no bar, only `valueText`. */
  readonly value: number | null;
  /** What is written after the bar: the value as the reader reads it ("71 860,78 €", "incomplète"). */
  readonly valueText: string;
  readonly tone?: BarTone;
}

export interface BarChart {
  /** The chart's accessible name. */
  readonly title: string;
  /** Its accessible description (e.g. what the dashed line is). */
  readonly description?: string;
  readonly bars: readonly Bar[];
  readonly formatTick: (value: number) => string;
  /** A dashed vertical line at this value, labelled above the bars (e.g. a threshold). */
  readonly reference?: { readonly value: number; readonly label: string };
}

function barMarks(bar: Bar, index: number, geometry: Geometry): Html {
  const y = rowTop(index, geometry);
  const end = bar.value === null ? LABEL_WIDTH : Math.max(LABEL_WIDTH + 1, x(bar.value, geometry));
  return element("g", {}, [
    element("title", {}, [`${bar.label} — ${bar.valueText}`]),
    rowLabel(bar.label, index, geometry),
    bar.value === null
      ? null
      : element("rect", {
          x: LABEL_WIDTH,
          y,
          width: (end - LABEL_WIDTH).toFixed(1),
          height: BAR_HEIGHT,
          fill: TONES[bar.tone ?? "normal"],
        }),
    // A white box under the value (its width estimated: no measuring without a script), so a reference line that
    // crosses it is hidden between the letters too, where the halo alone left it showing.
    element("rect", {
      x: (end + 3).toFixed(1),
      y,
      width: textWidth(bar.valueText) + 6,
      height: BAR_HEIGHT,
      fill: "#ffffff",
    }),
    element("text", { x: (end + 6).toFixed(1), y: textY(index, geometry), ...HALO }, [bar.valueText]),
  ]);
}

/** A generous width for a text at the charts' 12 px: 0.62 em a character, wider than digits and most letters. */
const textWidth = (text: string) => Math.ceil(text.length * 12 * 0.62);

function referenceMarks(reference: BarChart["reference"], rows: number, geometry: Geometry): Html | null {
  if (!reference) return null;
  const at = x(reference.value, geometry).toFixed(1);
  const bottom = geometry.top + rows * ROW_HEIGHT;
  return element("g", {}, [
    element("line", {
      x1: at,
      x2: at,
      y1: geometry.top - 4,
      y2: bottom,
      stroke: INK,
      "stroke-width": 1.5,
      "stroke-dasharray": "5 4",
    }),
    element("text", { x: at, y: geometry.top - 8, "text-anchor": "middle", ...HALO }, [reference.label]),
  ]);
}

/** Horizontal bars from 0, each with its value written after it; an optional labelled reference line. */
export function barChart(chart: BarChart): Html {
  const values = chart.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const geometry: Geometry = {
    top: chart.reference ? REFERENCE_HEIGHT + 8 : 8,
    ticks: axisTicks(Math.max(0, ...values, chart.reference?.value ?? 0)),
  };
  return frame({
    title: chart.title,
    ...(chart.description ? { description: chart.description } : {}),
    rows: chart.bars.length,
    geometry,
    formatTick: chart.formatTick,
    // The reference line first: the bars and their values are drawn over it.
    body: [
      referenceMarks(chart.reference, chart.bars.length, geometry),
      chart.bars.map((bar, index) => barMarks(bar, index, geometry)),
    ],
  });
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

function rangeMarks(row: RangeRow, index: number, geometry: Geometry): Html {
  const y = rowTop(index, geometry);
  const values = [row.low, row.middle, row.high].filter((value): value is number => value !== null);
  const noteX = values.length > 0 ? x(Math.max(...values), geometry) + 6 : LABEL_WIDTH + 4;
  const middle = row.middle === null ? null : x(row.middle, geometry).toFixed(1);
  return element("g", {}, [
    element("title", {}, [`${row.label} — ${row.note}`]),
    rowLabel(row.label, index, geometry),
    row.low !== null && row.high !== null
      ? element("rect", {
          x: x(row.low, geometry).toFixed(1),
          y,
          width: Math.max(1, x(row.high, geometry) - x(row.low, geometry)).toFixed(1),
          height: BAR_HEIGHT,
          fill: RANGE,
        })
      : null,
    middle === null
      ? null
      : element("line", {
          x1: middle,
          x2: middle,
          y1: y - 2,
          y2: y + BAR_HEIGHT + 2,
          stroke: MEDIAN,
          "stroke-width": 3,
        }),
    element(
      "text",
      {
        x: noteX.toFixed(1),
        y: textY(index, geometry),
        ...HALO,
        ...(values.length > 0 ? {} : { fill: MUTED }),
      },
      [row.note],
    ),
  ]);
}

/** Quartile ranges: a bar from Q1 to Q3, a mark at the median; a row without figures shows its note only. */
export function rangeChart(
  title: string,
  rows: readonly RangeRow[],
  formatTick: (value: number) => string,
): Html {
  const shown = rows.flatMap((row) => [row.low, row.middle, row.high]).filter((v): v is number => v !== null);
  const geometry: Geometry = { top: 8, ticks: axisTicks(Math.max(0, ...shown)) };
  const body = rows.map((row, index) => rangeMarks(row, index, geometry));
  return frame({ title, rows: rows.length, geometry, formatTick, body });
}

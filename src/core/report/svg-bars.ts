// A horizontal bar chart as inline SVG: self-contained (no script, no font, no external resource), readable in
// print and by screen readers (role="img" with a title and a description; each bar's value is also written as
// text beside it, so colour never carries meaning alone). Every label is escaped: labels come from bidders' files.

import { escapeHtml, trustedHtml, type Html } from "./html";

export type BarTone = "normal" | "flagged" | "muted";

export interface SvgBar {
  /** The bar's name, left of the bar (shortened when long; the full text is its tooltip). */
  readonly label: string;
  /** The bar's length in any unit (e.g. cents); null draws no bar (only `valueText`). */
  readonly value: number | null;
  /** What is written after the bar: the value as the reader reads it ("71 860,78 €", "incomplète"). */
  readonly valueText: string;
  readonly tone?: BarTone;
}

export interface SvgBarChart {
  /** Becomes the chart's accessible name. */
  readonly title: string;
  /** Becomes its accessible description (e.g. what the dashed line is). */
  readonly description?: string;
  readonly bars: readonly SvgBar[];
  /** A dashed vertical line at this value, labelled (e.g. a threshold). */
  readonly reference?: { readonly value: number; readonly label: string };
  /** Total width in px; 640 by default. */
  readonly width?: number;
  /** A unique id prefix when several charts share a page. */
  readonly id: string;
}

const TONES: Readonly<Record<BarTone, string>> = {
  normal: "#0f6cbd",
  flagged: "#c4314b",
  muted: "#8a8886",
};

const BAR_HEIGHT = 22;
const GAP = 10;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 150;
const TOP = 28;
const MAX_LABEL = 28;

function shortLabel(label: string): string {
  const flat = label.replace(/\s+/g, " ").trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}

function barMarkup(bar: SvgBar, index: number, scale: (value: number) => number): string {
  const y = TOP + index * (BAR_HEIGHT + GAP);
  const middle = y + BAR_HEIGHT / 2 + 4;
  const width = bar.value === null ? 0 : Math.max(1, scale(bar.value));
  const fill = TONES[bar.tone ?? "normal"];
  const rect =
    bar.value === null
      ? ""
      : `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}"/>`;
  return [
    `<g><title>${escapeHtml(`${bar.label} — ${bar.valueText}`)}</title>`,
    `<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end">${escapeHtml(shortLabel(bar.label))}</text>`,
    rect,
    `<text x="${LABEL_WIDTH + width + 6}" y="${middle}">${escapeHtml(bar.valueText)}</text></g>`,
  ].join("");
}

/** The chart as an <svg> element to put inline in an HTML page. */
export function svgBarChart(chart: SvgBarChart): Html {
  const width = chart.width ?? 640;
  const plot = Math.max(40, width - LABEL_WIDTH - VALUE_WIDTH);
  const values = chart.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const top = Math.max(...values, chart.reference?.value ?? 0, 1);
  const scale = (value: number) => (Math.max(0, value) / top) * plot;
  const height = TOP + chart.bars.length * (BAR_HEIGHT + GAP) + 8;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const reference = chart.reference
    ? [
        `<line x1="${(LABEL_WIDTH + scale(chart.reference.value)).toFixed(1)}" x2="${(LABEL_WIDTH + scale(chart.reference.value)).toFixed(1)}"`,
        ` y1="${TOP - 6}" y2="${height - 4}" stroke="#323130" stroke-width="1.5" stroke-dasharray="5 4"/>`,
        `<text x="${(LABEL_WIDTH + scale(chart.reference.value)).toFixed(1)}" y="${TOP - 10}" text-anchor="middle">`,
        `${escapeHtml(chart.reference.label)}</text>`,
      ].join("")
    : "";
  return trustedHtml(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}"`,
      ` viewBox="0 0 ${width} ${height}" aria-labelledby="${escapeHtml(titleId)} ${escapeHtml(descId)}"`,
      ` font-family="Segoe UI, Arial, sans-serif" font-size="12" fill="#201f1e">`,
      `<title id="${escapeHtml(titleId)}">${escapeHtml(chart.title)}</title>`,
      `<desc id="${escapeHtml(descId)}">${escapeHtml(chart.description ?? "")}</desc>`,
      ...chart.bars.map((bar, index) => barMarkup(bar, index, scale)),
      reference,
      "</svg>",
    ].join(""),
  );
}

// A bar chart: a drawing part anchoring the chart on the sheet, and the chart part (DrawingML chart).

import type { BarChartPlan } from "../../core/workbook/plan";
import { parseCell } from "../../core/workbook/address";
import { escapeXml } from "../xml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function marker(tag: string, a1: string): string {
  const ref = parseCell(a1);
  if (!ref) throw new Error(`bad chart anchor "${a1}"`);
  return `<xdr:${tag}><xdr:col>${ref.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${ref.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part holding one graphic frame per chart; chart i is relationship "rId{i+1}" of the drawing. */
export function drawingXml(charts: readonly BarChartPlan[]): string {
  const anchors = charts.map(
    (chart, index) =>
      `<xdr:twoCellAnchor>${marker("from", chart.anchor.from)}${marker("to", chart.anchor.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`
  );
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/**
 * Office's first accent colours: a series without a colour of its own gets one, since a workbook without a theme
 * part leaves "automatic" fills to the reader (LibreOffice then draws no bar at all).
 */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function seriesFill(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${escapeXml(color)}"/></a:solidFill></c:spPr>`;
}

export function chartXml(chart: BarChartPlan): string {
  const series = chart.series.map(
    (serie, index) =>
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(serie.name)}</c:v></c:tx>` +
      seriesFill(serie.color ?? SERIES_COLORS[index % SERIES_COLORS.length]) +
      `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${escapeXml(chart.categories)}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(serie.values)}</c:f></c:numRef></c:val></c:ser>`,
  );
  const axes =
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    `<c:axPos val="${chart.horizontal ? "l" : "b"}"/><c:crossAx val="1002"/><c:crosses val="autoZero"/></c:catAx>` +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    `<c:axPos val="${chart.horizontal ? "b" : "l"}"/><c:majorGridlines/><c:crossAx val="1001"/><c:crosses val="autoZero"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:title>${richText(chart.title)}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="${chart.horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="150"/>` +
    `<c:axId val="1001"/><c:axId val="1002"/></c:barChart>${axes}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

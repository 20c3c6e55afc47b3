// One new worksheet's XML, its relationships (tables, drawing) and the parts they point to.

import type { SheetPlan } from "../../core/workbook/plan";
import { escapeXml } from "../xml";
import { buildSheetData } from "./cells-write";
import { Utf8Sink } from "./utf8-sink";
import { chartXml, drawingXml } from "./chart-write";
import type { SheetPasswordHash } from "./password";
import type { SharedStrings } from "./shared-strings";
import {
  colsXml,
  conditionalFormatsXml,
  mergesXml,
  printXml,
  protectionXml,
  sheetViewsXml,
  validationsXml,
} from "./sheet-parts";
import { tableXml } from "./table-write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A part to add to the package, with its content type (for [Content_Types].xml). */
export type PackagePart = {
  readonly path: string;
  readonly contentType?: string;
} & (
  | { readonly xml: string }
  /** Already encoded (UTF-8): a worksheet, written a row at a time (utf8-sink.ts). */
  | { readonly bytes: Uint8Array }
);

/** Workbook-wide counters: table ids, drawing and chart part numbers, conditional format priorities. */
export interface PartCounters {
  table: number;
  drawing: number;
  chart: number;
  priority: number;
}

export interface SheetBuild {
  readonly index: number;
  readonly sheet: SheetPlan;
  /** The tab shown when the workbook opens (the first visible sheet). */
  readonly selected: boolean;
  readonly xfIndex: ReadonlyMap<string, number>;
  readonly dxfIndex: ReadonlyMap<string, number>;
  readonly strings: SharedStrings;
  readonly counters: PartCounters;
  /** The protection hash of a password (one salt per workbook and password). */
  readonly hashPassword: (password: string) => SheetPasswordHash;
}

function relsXml(targets: readonly { id: string; type: string; target: string }[]): string {
  const items = targets.map(
    (t) => `<Relationship Id="${t.id}" Type="${REL}/${t.type}" Target="${t.target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** Tables and charts of the sheet as parts, plus the worksheet elements that link to them. */
function linkedParts(build: SheetBuild): { parts: PackagePart[]; drawing: string; tableParts: string } {
  const { sheet, counters } = build;
  const parts: PackagePart[] = [];
  const rels: { id: string; type: string; target: string }[] = [];
  for (const table of sheet.tables ?? []) {
    const number = ++counters.table;
    rels.push({ id: `rId${rels.length + 1}`, type: "table", target: `../tables/table${number}.xml` });
    parts.push({
      path: `xl/tables/table${number}.xml`,
      xml: tableXml(sheet, table, number),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
    });
  }
  const tableIds = rels.map((rel) => `<tablePart r:id="${rel.id}"/>`);
  let drawing = "";
  const charts = sheet.charts ?? [];
  if (charts.length > 0) {
    const number = ++counters.drawing;
    const id = `rId${rels.length + 1}`;
    rels.push({ id, type: "drawing", target: `../drawings/drawing${number}.xml` });
    drawing = `<drawing r:id="${id}"/>`;
    const chartRels = charts.map((chart, index) => {
      const chartNumber = ++counters.chart;
      parts.push({
        path: `xl/charts/chart${chartNumber}.xml`,
        xml: chartXml(chart),
        contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      });
      return { id: `rId${index + 1}`, type: "chart", target: `../charts/chart${chartNumber}.xml` };
    });
    parts.push({
      path: `xl/drawings/drawing${number}.xml`,
      xml: drawingXml(charts),
      contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
    });
    parts.push({ path: `xl/drawings/_rels/drawing${number}.xml.rels`, xml: relsXml(chartRels) });
  }
  if (rels.length > 0)
    parts.push({ path: `xl/worksheets/_rels/sheet${build.index + 1}.xml.rels`, xml: relsXml(rels) });
  const tableParts =
    tableIds.length > 0 ? `<tableParts count="${tableIds.length}">${tableIds.join("")}</tableParts>` : "";
  return { parts, drawing, tableParts };
}

/** The worksheet part and the parts it links to. Elements follow the order CT_Worksheet requires. */
export function buildSheet(build: SheetBuild): PackagePart[] {
  const { sheet } = build;
  const data = buildSheetData(sheet, build.xfIndex, build.strings);
  const linked = linkedParts(build);
  const conditional = conditionalFormatsXml(
    sheet.conditionalFormats,
    build.dxfIndex,
    build.counters.priority,
  );
  build.counters.priority += sheet.conditionalFormats?.length ?? 0;
  const sheetPr =
    sheet.tabColor || sheet.print?.fitToWidth
      ? `<sheetPr>${sheet.tabColor ? `<tabColor rgb="FF${escapeXml(sheet.tabColor.toUpperCase())}"/>` : ""}${sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`
      : "";
  const sink = new Utf8Sink();
  sink.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      sheetPr +
      `<dimension ref="${data.dimension ?? "A1"}"/>` +
      sheetViewsXml(sheet.freeze, build.selected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet.columns),
  );
  data.writeTo(sink);
  sink.write(
    protectionXml(sheet.protection, build.hashPassword) +
      mergesXml(sheet.merges) +
      conditional +
      validationsXml(sheet.validations) +
      printXml(sheet.print) +
      linked.drawing +
      linked.tableParts +
      "</worksheet>",
  );
  return [
    {
      path: `xl/worksheets/sheet${build.index + 1}.xml`,
      bytes: sink.bytes(),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    },
    ...linked.parts,
  ];
}

// styles.xml from the plan's named styles: fonts, fills, borders and number formats deduplicated, one cell format
// (xf) per named style, one differential format (dxf) per style used by a conditional format.

import type { BorderPlan, FontPlan, StylePlan } from "../../core/workbook/plan";
import { BUILTIN_NUMBER_FORMATS } from "../builtin-formats";
import { escapeXml } from "../xml";

const BUILTIN_BY_CODE = new Map(
  Object.entries(BUILTIN_NUMBER_FORMATS).map(([id, code]) => [code, Number(id)]),
);
const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const FIRST_CUSTOM_FORMAT = 164;

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function fontXml(font: FontPlan): string {
  const parts = [
    font.bold ? "<b/>" : "",
    font.italic ? "<i/>" : "",
    font.underline ? "<u/>" : "",
    `<sz val="${font.size ?? 11}"/>`,
    font.color ? `<color rgb="${argb(font.color)}"/>` : '<color theme="1"/>',
    `<name val="${escapeXml(font.name ?? "Calibri")}"/>`,
    '<family val="2"/>',
  ];
  return `<font>${parts.join("")}</font>`;
}

function borderXml(border: BorderPlan): string {
  const color = `<color rgb="${argb(border.color ?? "000000")}"/>`;
  const side = (name: string, line: string | undefined) =>
    line ? `<${name} style="${line}">${color}</${name}>` : `<${name}/>`;
  return `<border>${side("left", border.left)}${side("right", border.right)}${side("top", border.top)}${side("bottom", border.bottom)}<diagonal/></border>`;
}

function solidFill(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** A list that hands out the index of each distinct XML item, starting from fixed defaults. */
class Pool {
  readonly items: string[];
  constructor(defaults: readonly string[]) {
    this.items = [...defaults];
  }
  indexOf(xml: string): number {
    const found = this.items.indexOf(xml);
    if (found >= 0) return found;
    this.items.push(xml);
    return this.items.length - 1;
  }
}

export interface StyleSheet {
  readonly xml: string;
  /** Cell format index (the `s` attribute) of each named style. */
  readonly xfIndex: ReadonlyMap<string, number>;
  /** Differential format index of each style used by a conditional format. */
  readonly dxfIndex: ReadonlyMap<string, number>;
}

class FormatCodes {
  private readonly custom = new Map<string, number>();
  idOf(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_BY_CODE.get(code);
    if (builtin !== undefined) return builtin;
    if (!this.custom.has(code)) this.custom.set(code, FIRST_CUSTOM_FORMAT + this.custom.size);
    return this.custom.get(code) ?? 0;
  }
  xml(): string {
    if (this.custom.size === 0) return "";
    const items = [...this.custom].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return `<numFmts count="${items.length}">${items.join("")}</numFmts>`;
  }
}

function xfXml(
  style: StylePlan,
  ids: { numFmt: number; font: number; fill: number; border: number },
): string {
  const alignment = style.alignment;
  const alignmentXml = alignment
    ? `<alignment${alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : ""}${alignment.vertical ? ` vertical="${alignment.vertical}"` : ""}${alignment.wrapText ? ' wrapText="1"' : ""}${alignment.indent ? ` indent="${alignment.indent}"` : ""}/>`
    : "";
  const protectionXml = style.locked === false ? '<protection locked="0"/>' : "";
  const applies = [
    ids.numFmt ? ' applyNumberFormat="1"' : "",
    ids.font ? ' applyFont="1"' : "",
    ids.fill ? ' applyFill="1"' : "",
    ids.border ? ' applyBorder="1"' : "",
    alignmentXml ? ' applyAlignment="1"' : "",
    protectionXml ? ' applyProtection="1"' : "",
  ].join("");
  const open = `<xf numFmtId="${ids.numFmt}" fontId="${ids.font}" fillId="${ids.fill}" borderId="${ids.border}" xfId="0"${applies}`;
  return alignmentXml || protectionXml ? `${open}>${alignmentXml}${protectionXml}</xf>` : `${open}/>`;
}

function dxfXml(style: StylePlan, formats: FormatCodes): string {
  const font = style.font
    ? `<font>${style.font.bold ? "<b/>" : ""}${style.font.italic ? "<i/>" : ""}${style.font.color ? `<color rgb="${argb(style.font.color)}"/>` : ""}</font>`
    : "";
  const numFmt = style.numberFormat
    ? `<numFmt numFmtId="${formats.idOf(style.numberFormat)}" formatCode="${escapeXml(style.numberFormat)}"/>`
    : "";
  // In a differential format, a solid fill's colour is the background colour.
  const fill = style.fill
    ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
    : "";
  const border = style.border ? borderXml(style.border).replace("<diagonal/>", "") : "";
  return `<dxf>${font}${numFmt}${fill}${border}</dxf>`;
}

/** Builds styles.xml; `dxfStyles` are the style names used by conditional formats, in first-use order. */
export function buildStyleSheet(
  styles: Readonly<Record<string, StylePlan>>,
  dxfStyles: readonly string[],
): StyleSheet {
  const formats = new FormatCodes();
  const fonts = new Pool([DEFAULT_FONT]);
  const fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  const borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const xfIndex = new Map<string, number>();
  for (const [name, style] of Object.entries(styles)) {
    const ids = {
      numFmt: formats.idOf(style.numberFormat),
      font: style.font ? fonts.indexOf(fontXml(style.font)) : 0,
      fill: style.fill ? fills.indexOf(solidFill(style.fill)) : 0,
      border: style.border ? borders.indexOf(borderXml(style.border)) : 0,
    };
    xfIndex.set(name, xfs.length);
    xfs.push(xfXml(style, ids));
  }
  const dxfIndex = new Map<string, number>();
  const dxfs = dxfStyles.map((name, index) => {
    dxfIndex.set(name, index);
    return dxfXml(styles[name] ?? {}, formats);
  });
  const list = (tag: string, items: readonly string[]) =>
    `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    formats.xml() +
    list("fonts", fonts.items) +
    list("fills", fills.items) +
    list("borders", borders.items) +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    list("cellXfs", xfs) +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    list("dxfs", dxfs) +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>";
  return { xml, xfIndex, dxfIndex };
}

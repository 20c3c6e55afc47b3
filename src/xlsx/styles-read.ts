// What the reader needs from styles.xml: per cell style index, its number format, solid fill colour and lock.

import { BUILTIN_NUMBER_FORMATS, INDEXED_COLORS } from "./builtin-formats";
import { SPREADSHEET } from "./namespaces";
import { applyTint } from "./theme-colors";
import { attributeOf } from "./xml-reader";
import { childOf, childrenOf, type XmlNode } from "./xml-tree";

export interface CellStyleInfo {
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly locked: boolean;
}

export const DEFAULT_STYLE: CellStyleInfo = Object.freeze({ locked: true });

/**
 * "FFE2EFDA" or "E2EFDA" → "E2EFDA"; an indexed colour through the legacy palette; a theme colour through the
 * workbook's theme, tint applied. Unknown (automatic, system, no theme) is undefined.
 */
function colorOf(node: XmlNode | undefined, theme: readonly string[]): string | undefined {
  if (!node) return undefined;
  const { tag } = node;
  const rgb = attributeOf(tag, "rgb");
  const indexed = attributeOf(tag, "indexed");
  const themeIndex = attributeOf(tag, "theme");
  let color: string | undefined;
  if (rgb && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) color = rgb.slice(-6).toUpperCase();
  else if (indexed !== undefined) color = INDEXED_COLORS[Number(indexed)];
  else if (themeIndex !== undefined) color = theme[Number(themeIndex)] || undefined;
  const tint = Number(attributeOf(tag, "tint") ?? 0);
  return color && Number.isFinite(tint) ? applyTint(color, tint) : color;
}

function readFills(styleSheet: XmlNode, theme: readonly string[]): (string | undefined)[] {
  const fills = childOf(styleSheet, SPREADSHEET, "fills");
  return childrenOf(fills, SPREADSHEET, "fill").map((fill) => {
    const pattern = childOf(fill, SPREADSHEET, "patternFill");
    if (!pattern || attributeOf(pattern.tag, "patternType") !== "solid") return undefined;
    const foreground = colorOf(childOf(pattern, SPREADSHEET, "fgColor"), theme);
    return foreground ?? colorOf(childOf(pattern, SPREADSHEET, "bgColor"), theme);
  });
}

function readNumberFormats(styleSheet: XmlNode): Map<number, string> {
  const formats = new Map<number, string>();
  for (const [id, code] of Object.entries(BUILTIN_NUMBER_FORMATS)) formats.set(Number(id), code);
  for (const { tag } of childrenOf(childOf(styleSheet, SPREADSHEET, "numFmts"), SPREADSHEET, "numFmt")) {
    formats.set(Number(attributeOf(tag, "numFmtId")), attributeOf(tag, "formatCode") ?? "General");
  }
  return formats;
}

/**
 * Style info by cell style index (`s` attribute); index 0 is the default. `styleSheet` is the styles part's root,
 * `theme` from `readThemeColors`.
 */
export function readCellStyles(
  styleSheet: XmlNode | undefined,
  theme: readonly string[] = [],
): CellStyleInfo[] {
  if (styleSheet === undefined) return [DEFAULT_STYLE];
  const formats = readNumberFormats(styleSheet);
  const fills = readFills(styleSheet, theme);
  const cellXfs = childOf(styleSheet, SPREADSHEET, "cellXfs");
  const styles = childrenOf(cellXfs, SPREADSHEET, "xf").map((xf): CellStyleInfo => {
    const code = formats.get(Number(attributeOf(xf.tag, "numFmtId") ?? 0));
    const protection = childOf(xf, SPREADSHEET, "protection");
    const locked = protection ? attributeOf(protection.tag, "locked") : undefined;
    const fill = fills[Number(attributeOf(xf.tag, "fillId") ?? 0)];
    return {
      ...(code && code !== "General" ? { numberFormat: code } : {}),
      ...(fill ? { fill } : {}),
      locked: !(locked === "0" || locked === "false"),
    };
  });
  return styles.length > 0 ? styles : [DEFAULT_STYLE];
}

// What the reader needs from styles.xml: per cell style index, its number format, solid fill colour and lock.

import { BUILTIN_NUMBER_FORMATS, INDEXED_COLORS } from "./builtin-formats";
import { applyTint } from "./theme-colors";
import { findElement, findElements } from "./xml";

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
function colorOf(
  attributes: Record<string, string> | undefined,
  theme: readonly string[],
): string | undefined {
  if (!attributes) return undefined;
  const rgb = attributes.rgb;
  let color: string | undefined;
  if (rgb && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) color = rgb.slice(-6).toUpperCase();
  else if (attributes.indexed !== undefined) color = INDEXED_COLORS[Number(attributes.indexed)];
  else if (attributes.theme !== undefined) color = theme[Number(attributes.theme)] || undefined;
  const tint = Number(attributes.tint ?? 0);
  return color && Number.isFinite(tint) ? applyTint(color, tint) : color;
}

function readFills(xml: string, theme: readonly string[]): (string | undefined)[] {
  const fills = findElement(xml, "fills")?.inner ?? "";
  return findElements(fills, "fill").map(({ inner }) => {
    const pattern = findElement(inner ?? "", "patternFill");
    if (pattern?.attributes.patternType !== "solid") return undefined;
    const inside = pattern.inner ?? "";
    const foreground = colorOf(findElement(inside, "fgColor")?.attributes, theme);
    return foreground ?? colorOf(findElement(inside, "bgColor")?.attributes, theme);
  });
}

function readNumberFormats(xml: string): Map<number, string> {
  const formats = new Map<number, string>();
  for (const [id, code] of Object.entries(BUILTIN_NUMBER_FORMATS)) formats.set(Number(id), code);
  for (const { attributes } of findElements(findElement(xml, "numFmts")?.inner ?? "", "numFmt")) {
    formats.set(Number(attributes.numFmtId), attributes.formatCode ?? "General");
  }
  return formats;
}

/** Style info by cell style index (`s` attribute); index 0 is the default. `theme` from `readThemeColors`. */
export function readCellStyles(xml: string | undefined, theme: readonly string[] = []): CellStyleInfo[] {
  if (xml === undefined) return [DEFAULT_STYLE];
  const formats = readNumberFormats(xml);
  const fills = readFills(xml, theme);
  const cellXfs = findElement(xml, "cellXfs")?.inner ?? "";
  const styles = findElements(cellXfs, "xf").map(({ attributes, inner }): CellStyleInfo => {
    const code = formats.get(Number(attributes.numFmtId ?? 0));
    const protection = findElement(inner ?? "", "protection")?.attributes;
    const locked = !(protection?.locked === "0" || protection?.locked === "false");
    const fill = fills[Number(attributes.fillId ?? 0)];
    return {
      ...(code && code !== "General" ? { numberFormat: code } : {}),
      ...(fill ? { fill } : {}),
      locked,
    };
  });
  return styles.length > 0 ? styles : [DEFAULT_STYLE];
}

// A plan style → Office.js range formats, set once per range (never per cell).

import type { BorderLine, StylePlan } from "../core/workbook";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;
// String literals, not Excel.* enums: the door must not need the `Excel` global at run time.
const LINES: Record<
  BorderLine,
  { style: "Continuous" | "Dash" | "Dot" | "Double"; weight: "Thin" | "Medium" | "Thick" }
> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

export function hexColor(rrggbb: string): string {
  return `#${rrggbb.replace(/^#/, "").toUpperCase()}`;
}

/** True when the style sets anything besides its number format. */
export function hasRangeFormat(style: StylePlan): boolean {
  return Boolean(style.font || style.fill || style.border || style.alignment || style.locked !== undefined);
}

/**
 * Queues the formats of `style` (except the number format, written with the cells) on `range`. `withIndent` false
 * leaves out the indent: RangeFormat.indentLevel needs ExcelApi 1.9, and this path also serves older hosts.
 */
export function applyRangeFormat(range: Excel.Range, style: StylePlan, withIndent = true): void {
  const format = range.format;
  if (style.fill) format.fill.color = hexColor(style.fill);
  const font = style.font;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.color) format.font.color = hexColor(font.color);
  if (font?.name) format.font.name = font.name;
  const alignment = style.alignment;
  if (alignment?.horizontal) format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
  if (alignment?.vertical) format.verticalAlignment = VERTICAL[alignment.vertical];
  if (alignment?.wrapText !== undefined) format.wrapText = alignment.wrapText;
  if (alignment?.indent !== undefined && withIndent) format.indentLevel = alignment.indent;
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const line = style.border?.[side];
    if (!line) continue;
    const border = format.borders.getItem(EDGES[side]);
    border.style = LINES[line].style;
    border.weight = LINES[line].weight;
    border.color = hexColor(style.border?.color ?? "000000");
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/** Estimated request bytes of one command (object path, property, value), as `applyRangeFormat` queues them. */
const FORMAT_COMMAND_BYTES = 80;

/** Estimated request bytes of `applyRangeFormat(range, style)`: one command per format it sets, plus the range. */
export function rangeFormatBytes(style: StylePlan): number {
  const font = style.font ?? {};
  const sides = ["top", "bottom", "left", "right"] as const;
  const commands =
    1 +
    (style.fill ? 1 : 0) +
    Object.values(font).filter((value) => value !== undefined).length +
    Object.values(style.alignment ?? {}).filter((value) => value !== undefined).length +
    3 * sides.filter((side) => style.border?.[side]).length +
    (style.locked !== undefined ? 1 : 0);
  return commands * FORMAT_COMMAND_BYTES;
}

/** The same formats as one SettableCellProperties entry, for `range.setCellProperties` (ExcelApi 1.9). */
export function cellProperties(style: StylePlan): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  if (style.fill) format.fill = { color: hexColor(style.fill) };
  const font = style.font;
  if (font) {
    format.font = {
      ...(font.bold !== undefined ? { bold: font.bold } : {}),
      ...(font.italic !== undefined ? { italic: font.italic } : {}),
      ...(font.underline !== undefined
        ? { underline: font.underline ? ("Single" as const) : ("None" as const) }
        : {}),
      ...(font.size !== undefined ? { size: font.size } : {}),
      ...(font.color ? { color: hexColor(font.color) } : {}),
      ...(font.name ? { name: font.name } : {}),
    };
  }
  const alignment = style.alignment;
  if (alignment?.horizontal) format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
  if (alignment?.vertical) format.verticalAlignment = VERTICAL[alignment.vertical];
  if (alignment?.wrapText !== undefined) format.wrapText = alignment.wrapText;
  if (alignment?.indent !== undefined) format.indentLevel = alignment.indent;
  const border = style.border;
  if (border) {
    const borders: Excel.CellBorderCollection = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const line = border[side];
      if (line) borders[side] = { ...LINES[line], color: hexColor(border.color ?? "000000") };
    }
    format.borders = borders;
  }
  if (style.locked !== undefined) format.protection = { locked: style.locked };
  return { format };
}

// Theme colours: fills made in Excel often say "theme 4, tint 0.6" instead of an RGB value. We resolve them from
// the workbook's theme part so the snapshot shows the colour the user sees, as the Office.js door does.

import { DRAWING } from "./namespaces";
import { attributeOf } from "./xml-reader";
import { childOf, type XmlNode } from "./xml-tree";

// Order of the colour scheme in theme1.xml, and the index SpreadsheetML uses for each (light/dark swapped).
const SCHEME = [
  "dk1",
  "lt1",
  "dk2",
  "lt2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];
const INDEX_ORDER = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

/**
 * Theme colours as "RRGGBB" by SpreadsheetML theme index (0 = lt1, 1 = dk1, …); empty when there is no theme.
 * `theme` is the theme part's root element (`a:theme`).
 */
export function readThemeColors(theme: XmlNode | undefined): string[] {
  if (theme === undefined) return [];
  const scheme = childOf(childOf(theme, DRAWING, "themeElements"), DRAWING, "clrScheme");
  const byName = new Map<string, string>();
  for (const name of SCHEME) {
    const color = childOf(scheme, DRAWING, name);
    const srgb = childOf(color, DRAWING, "srgbClr");
    const system = childOf(color, DRAWING, "sysClr");
    const rgb = srgb ? attributeOf(srgb.tag, "val") : system ? attributeOf(system.tag, "lastClr") : undefined;
    if (rgb && /^[0-9A-Fa-f]{6}$/.test(rgb)) byName.set(name, rgb.toUpperCase());
  }
  return INDEX_ORDER.map((name) => byName.get(name) ?? "");
}

// Windows' HLS model (HLSMAX 240), which Excel's tints follow: it reproduces Excel's palette ("Blue, Accent 1,
// Lighter 60 %" = B4C6E7) exactly in most cases and within 2 units per channel otherwise. Excel's rounding is
// not documented.
const HLSMAX = 240;
const RGBMAX = 255;

function toHls(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = Math.floor(((max + min) * HLSMAX + RGBMAX) / (2 * RGBMAX));
  if (max === min) return [0, l, 0];
  const spread = max - min;
  const s =
    l <= HLSMAX / 2
      ? Math.floor((spread * HLSMAX + (max + min) / 2) / (max + min))
      : Math.floor((spread * HLSMAX + (2 * RGBMAX - max - min) / 2) / (2 * RGBMAX - max - min));
  const part = (c: number) => Math.floor(((max - c) * (HLSMAX / 6) + spread / 2) / spread);
  let h =
    r === max
      ? part(b) - part(g)
      : g === max
        ? HLSMAX / 3 + part(r) - part(b)
        : (2 * HLSMAX) / 3 + part(g) - part(r);
  if (h < 0) h += HLSMAX;
  if (h > HLSMAX) h -= HLSMAX;
  return [h, l, s];
}

function hueToChannel(n1: number, n2: number, hue: number): number {
  const h = hue < 0 ? hue + HLSMAX : hue > HLSMAX ? hue - HLSMAX : hue;
  if (h < HLSMAX / 6) return n1 + ((n2 - n1) * h + HLSMAX / 12) / (HLSMAX / 6);
  if (h < HLSMAX / 2) return n2;
  if (h < (HLSMAX * 2) / 3) return n1 + ((n2 - n1) * ((HLSMAX * 2) / 3 - h) + HLSMAX / 12) / (HLSMAX / 6);
  return n1;
}

function fromHls(h: number, l: number, s: number): string {
  let channels: number[];
  if (s === 0) channels = [0, 0, 0].map(() => (l * RGBMAX) / HLSMAX);
  else {
    const m2 =
      l <= HLSMAX / 2 ? (l * (HLSMAX + s) + HLSMAX / 2) / HLSMAX : l + s - (l * s + HLSMAX / 2) / HLSMAX;
    const m1 = 2 * l - m2;
    channels = [h + HLSMAX / 3, h, h - HLSMAX / 3].map(
      (hue) => (hueToChannel(m1, m2, hue) * RGBMAX + HLSMAX / 2) / HLSMAX,
    );
  }
  return channels
    .map((v) =>
      Math.max(0, Math.min(255, Math.trunc(v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** Applies a SpreadsheetML tint (-1 darker … +1 lighter) to the luminance of a colour (ECMA-376 Part 1, 18.8.19). */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, l, s] = toHls(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + (HLSMAX - HLSMAX * (1 - tint));
  return fromHls(h, Math.floor(lum), s);
}

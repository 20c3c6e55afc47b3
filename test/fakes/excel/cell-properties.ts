// Range.setCellProperties input → cell format paths, refusing anything outside the faked subset.

import { invalidArgument } from "./errors";
import { normalizeColor } from "./sheet-ops";
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
} from "./format";

const BORDER_SIDES: Readonly<Record<string, string>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
};
/** Enum-typed leaves: the same strings as the RangeFormat setters accept. */
function allowedFor(path: string): readonly string[] | undefined {
  if (path === "horizontalAlignment") return HORIZONTAL_ALIGNMENTS;
  if (path === "verticalAlignment") return VERTICAL_ALIGNMENTS;
  if (path === "font.underline") return UNDERLINE_STYLES;
  if (/^borders\..+\.style$/.test(path)) return BORDER_STYLES;
  if (/^borders\..+\.weight$/.test(path)) return BORDER_WEIGHTS;
  return undefined;
}

const SETTABLE =
  /^(fill\.color|font\.(bold|italic|underline|size|color|name)|protection\.locked|horizontalAlignment|verticalAlignment|wrapText|indentLevel|borders\.(EdgeTop|EdgeBottom|EdgeLeft|EdgeRight)\.(style|weight|color))$/;

/** One SettableCellProperties entry → [format path, value] pairs; anything outside the subset is refused. */
export function cellPropertyPaths(entry: unknown): [string, string | number | boolean][] {
  const where = "Range.setCellProperties";
  if (entry === null || typeof entry !== "object") throw invalidArgument(where, "each cell takes an object");
  const { format, ...rest } = entry as { format?: Record<string, unknown> };
  if (Object.keys(rest).length > 0)
    throw invalidArgument(where, `unsupported ${Object.keys(rest).join(",")}`);
  const pairs: [string, string | number | boolean][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
      return;
    }
    const [head, side, ...tail] = path;
    const mapped =
      head === "borders" ? ["borders", BORDER_SIDES[side] ?? side, ...tail].join(".") : path.join(".");
    if (!SETTABLE.test(mapped) || !["string", "number", "boolean"].includes(typeof value))
      throw invalidArgument(where, `format ${mapped}`);
    const allowed = allowedFor(mapped);
    if (allowed && !allowed.includes(value as string))
      throw invalidArgument(where, `${mapped} "${String(value)}"`);
    const checked = /color$/.test(mapped)
      ? normalizeColor(value, where)
      : (value as string | number | boolean);
    pairs.push([mapped, checked]);
  };
  walk(format ?? {}, []);
  return pairs;
}

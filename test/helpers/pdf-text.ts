// The text lines of a PDF with their boxes, as poppler's pdftotext lays them out, and the lines drawn over each
// other: a wrapped text in a row too short for it runs over the rows below it.

import { execFileSync } from "node:child_process";
import { requireTool } from "./tools";

/** A text line of a page and its box, in PDF points. */
export interface TextLine {
  readonly page: number;
  readonly text: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A word as pdftotext writes it in XHTML ("l&apos;Ourcq"), as it reads on the page ("l'Ourcq"). */
const decoded = (word: string) =>
  word.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
  );

/** The lines of `pdf` as pdftotext -bbox-layout lays them out (one <line> per line of text it sees). */
export function textLines(pdf: string): TextLine[] {
  const html = execFileSync(requireTool("pdftotext"), ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: TextLine[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const words = [...match[5].matchAll(/>([^<]*)<\/word>/g)].map((word) => decoded(word[1])).join(" ");
        lines.push({
          page: index + 1,
          text: words,
          x: [Number(match[1]), Number(match[3])],
          y: [Number(match[2]), Number(match[4])],
        });
      }
    });
  return lines;
}

/** More than `tolerance` points of a range in common. */
const overlap = (a: readonly [number, number], b: readonly [number, number], tolerance: number) =>
  Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > tolerance;

/** Pairs of lines of one page whose boxes overlap, as "page N: "a" / "b"". */
export function overlapping(lines: readonly TextLine[]): string[] {
  const found: string[] = [];
  lines.forEach((a, i) =>
    lines.slice(i + 1).forEach((b) => {
      if (a.page === b.page && overlap(a.x, b.x, 1) && overlap(a.y, b.y, 2))
        found.push(`page ${a.page}: "${a.text}" / "${b.text}"`);
    }),
  );
  return found;
}

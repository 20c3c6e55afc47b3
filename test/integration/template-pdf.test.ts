import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core/template";
import type { Lang } from "../../src/i18n";
import { writeWorkbook } from "../../src/xlsx/write";
import { convertToPdf, requireTool } from "../helpers/libreoffice";

// The template as a facilitator prints it: LibreOffice turns each language's blank template into a PDF, poppler's
// pdftotext gives every text line with its box, and no two lines of a page may be drawn over each other (a wrapped
// text in a row too short for it runs over the rows below).

/** A text line of a page and its box, in PDF points. */
interface TextLine {
  readonly page: number;
  readonly text: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** The lines of `pdf` as pdftotext -bbox-layout lays them out (one <line> per line of text it sees). */
function textLines(pdf: string): TextLine[] {
  const html = execFileSync(requireTool("pdftotext"), ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: TextLine[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const words = [...match[5].matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join(" ");
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

function overlapping(lines: readonly TextLine[]): string[] {
  const found: string[] = [];
  lines.forEach((a, i) =>
    lines.slice(i + 1).forEach((b) => {
      if (a.page === b.page && overlap(a.x, b.x, 1) && overlap(a.y, b.y, 2))
        found.push(`page ${a.page}: "${a.text}" / "${b.text}"`);
    }),
  );
  return found;
}

let dir = "";
const pdfs: Partial<Record<Lang, string>> = {};

beforeAll(async () => {
  requireTool("soffice");
  requireTool("pdftotext");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-template-pdf-"));
  const files = await Promise.all(
    (["fr", "en"] as const).map(async (lang) => {
      const file = path.join(dir, `modele-${lang}.xlsx`);
      await fs.writeFile(file, await writeWorkbook(buildTemplatePlan({ lang })));
      return file;
    }),
  );
  const [fr, en] = await convertToPdf(files, dir);
  Object.assign(pdfs, { fr, en });
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(["fr", "en"] as const)(
  "the %s blank template printed to PDF has no text line over another",
  (lang) => {
    const lines = textLines(pdfs[lang] as string);
    // The read-me's texts and the list of structure types are there: the check looks at the pages that had overlaps.
    expect(lines.length).toBeGreaterThan(100);
    expect(overlapping(lines)).toEqual([]);
  },
);

test("the blank template's printed simulator shows no #N/A", () => {
  const lines = textLines(pdfs.fr as string);
  expect(lines.some((line) => line.text.includes("Simulateur") || line.text.includes("Cocktail"))).toBe(true);
  expect(lines.filter((line) => line.text.includes("#N/A")).map((line) => line.text)).toEqual([]);
});

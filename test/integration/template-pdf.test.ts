import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan, TEMPLATE_SHEETS } from "../../src/core/template";
import type { WorkbookPlan } from "../../src/core/workbook";
import { writeWorkbook } from "../../src/xlsx/write";
import { convertToPdf, requireTool } from "../helpers/libreoffice";
import { overlapping, textLines } from "../helpers/pdf-text";
import { loadFixtureGrid } from "../unit/template-snapshot";

// The template as a facilitator prints it: LibreOffice turns each language's blank template into a PDF, poppler's
// pdftotext gives every text line with its box, and no two lines of a page may be drawn over each other (a wrapped
// text in a row too short for it runs over the rows below). The buyer's schedule: schedule-pdf.test.ts.

/** The blank templates, and a template from a sample grid in each language (their identity values are long). */
const FILLED = [
  ["fr", "traiteur-a"],
  ["en", "traiteur-b"],
] as const;

let dir = "";
const pdfs: Record<string, string> = {};
const plans: Record<string, WorkbookPlan> = {};

beforeAll(async () => {
  requireTool("soffice");
  requireTool("pdftotext");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-template-pdf-"));
  plans.fr = buildTemplatePlan({ lang: "fr" });
  plans.en = buildTemplatePlan({ lang: "en" });
  for (const [lang, grid] of FILLED)
    plans[grid] = buildTemplatePlan({ lang, grid: (await loadFixtureGrid(grid)).grid });
  const names = Object.keys(plans);
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, `modele-${name}.xlsx`);
      await fs.writeFile(file, await writeWorkbook(plans[name]));
      return file;
    }),
  );
  const converted = await convertToPdf(files, dir);
  names.forEach((name, index) => (pdfs[name] = converted[index]));
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(["fr", "en"] as const)(
  "the %s blank template printed to PDF has no text line over another",
  (lang) => {
    const lines = textLines(pdfs[lang]);
    // The read-me's texts and the list of structure types are there: the check looks at the pages that had overlaps.
    expect(lines.length).toBeGreaterThan(100);
    expect(overlapping(lines)).toEqual([]);
  },
);

test("the blank template's printed simulator shows no #N/A", () => {
  const lines = textLines(pdfs.fr);
  expect(lines.some((line) => line.text.includes("Simulateur") || line.text.includes("Cocktail"))).toBe(true);
  expect(lines.filter((line) => line.text.includes("#N/A")).map((line) => line.text)).toEqual([]);
});

test.each(FILLED)(
  "the %s template from %s printed: every identity value shows whole, no text line over another",
  (lang, grid) => {
    const identity = plans[grid].sheets.find((sheet) => sheet.name === TEMPLATE_SHEETS[lang].identity);
    const values = (identity?.cells ?? []).flatMap((cell) =>
      /^D\d+$/.test(cell.cell) && cell.write.kind === "text" ? [cell.write.value] : [],
    );
    expect(values.length).toBeGreaterThan(5);
    const lines = textLines(pdfs[grid]);
    // A value cut at its cell's edge prints a cut word ("093-202" for "093-2021-0147"): each word must be there whole.
    const printed = new Set(lines.flatMap((line) => line.text.split(" ")));
    const cut = values.flatMap((value) => value.split(/\s+/).filter((word) => !printed.has(word)));
    expect(cut).toEqual([]);
    expect(overlapping(lines)).toEqual([]);
  },
);

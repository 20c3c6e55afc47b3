import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSchedulePlan } from "../../src/core/schedule";
import type { Lang } from "../../src/i18n";
import { writeWorkbook } from "../../src/xlsx/write";
import { convertToPdf, requireTool } from "../helpers/libreoffice";
import { overlapping, textLines } from "../helpers/pdf-text";
import { sampleLines } from "../unit/schedule-helpers";

// The buyer's schedule as a bidder prints it: LibreOffice turns it into a PDF, and no two text lines of a page may be
// drawn over each other (a designation wrapped in a row too short for it runs over the lines below it).

let dir = "";
const pdfs: Partial<Record<Lang, string>> = {};

beforeAll(async () => {
  requireTool("soffice");
  requireTool("pdftotext");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-schedule-pdf-"));
  const files = await Promise.all(
    (["fr", "en"] as const).map(async (lang) => {
      const file = path.join(dir, `bordereau-${lang}.xlsx`);
      await fs.writeFile(file, await writeWorkbook(buildSchedulePlan({ lines: sampleLines(), lang })));
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
  "the %s schedule printed to PDF shows its long designations with no text line over another",
  (lang) => {
    const lines = textLines(pdfs[lang] as string);
    // The sample's cocktail with tableware and staff takes three lines of its column.
    expect(
      lines.filter((line) => /^(Cocktail|Buffet|Plateau|Classic|Cold)/.test(line.text)).length,
    ).toBeGreaterThan(5);
    expect(overlapping(lines)).toEqual([]);
  },
);

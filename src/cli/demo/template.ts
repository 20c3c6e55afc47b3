import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readGridJson, REFERENCE_GRID_JSON, writeGridJson, type Grid } from "../../core/grid";
import { checkGridWorkbook, countFindings } from "../../usecases/check-grid";
import { makeTemplate } from "../../usecases/make-template";
import { readWorkbook } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";

/** The shared sample grids beside the repository (lib/cli/demo or src/cli/demo → ../shared/fixtures/grids). */
const SAMPLES_DIR = path.resolve(__dirname, "../../../../shared/fixtures/grids");

/** The built-in reference grid, then every other sample grid found beside the repository. */
async function sampleGrids(ctx: CliContext): Promise<{ name: string; grid: Grid }[]> {
  const samples = [{ name: "reference", json: REFERENCE_GRID_JSON as unknown }];
  try {
    const files = (await fs.readdir(SAMPLES_DIR)).filter((file) => file.endsWith(".json")).sort();
    for (const file of files.filter((one) => one !== "reference.json")) {
      const json = JSON.parse(await fs.readFile(path.join(SAMPLES_DIR, file), "utf8")) as unknown;
      samples.push({ name: path.basename(file, ".json"), json });
    }
  } catch {
    ctx.out(ctx.t("template.demo.noSamples", { folder: SAMPLES_DIR }));
  }
  return samples.flatMap(({ name, json }) => {
    const grid = readGridJson(json).grid;
    return grid ? [{ name, grid }] : [];
  });
}

/** Fills a template with one grid, reads the file back, writes the JSON read: the round trip, on disk. */
async function roundTrip(ctx: CliContext, outDir: string, name: string, grid: Grid): Promise<string[]> {
  const book = `modele-${name}.xlsx`;
  const json = `modele-${name}.relu.json`;
  const data = await writeWorkbook(makeTemplate({ lang: ctx.lang, grid }));
  await writeFileAtomic(path.join(outDir, book), data, { overwrite: true });
  const check = checkGridWorkbook(await readWorkbook(data, book));
  const readBack = check.kind === "checked" ? check.grid : null;
  const findings = check.kind === "checked" ? check.findings : [];
  const text = `${JSON.stringify(readBack ? writeGridJson(readBack) : null, null, 2)}\n`;
  await writeFileAtomic(path.join(outDir, json), text, { overwrite: true });
  const errors = countFindings(findings, "error");
  const warnings = countFindings(findings, "warning");
  ctx.out(ctx.t("template.demo.filled", { grid: name, file: book }));
  ctx.out(ctx.t("template.demo.read", { file: json, errors, warnings }));
  return [book, json];
}

/** A blank template, a template filled with each sample grid, and each one read back as JSON. */
export const templateStep: DemoStep = {
  titleKey: "template.demo.title",
  async run(ctx, outDir) {
    const blank = "modele-vierge.xlsx";
    await writeFileAtomic(path.join(outDir, blank), await writeWorkbook(makeTemplate({ lang: ctx.lang })), {
      overwrite: true,
    });
    ctx.out(ctx.t("template.demo.blank", { file: blank }));
    const written = [blank];
    for (const { name, grid } of await sampleGrids(ctx))
      written.push(...(await roundTrip(ctx, outDir, name, grid)));
    return written;
  },
};

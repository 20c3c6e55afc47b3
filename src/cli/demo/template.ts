import * as path from "node:path";
import { writeGridJson, type Grid } from "../../core/grid";
import { checkGridWorkbook, countFindings } from "../../usecases/check-grid";
import { makeTemplate } from "../../usecases/make-template";
import { readWorkbook } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";
import { GRIDS_DIR, sampleGrids, type SampleGrid } from "./samples";

/** The sample grids, saying so when the shared ones beside the repository are not there. */
async function sampleGridsSaid(ctx: CliContext): Promise<readonly SampleGrid[]> {
  const { grids, found } = await sampleGrids();
  if (!found) ctx.out(ctx.t("template.demo.noSamples", { folder: GRIDS_DIR }));
  return grids;
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
    for (const { name, grid } of await sampleGridsSaid(ctx))
      written.push(...(await roundTrip(ctx, outDir, name, grid)));
    return written;
  },
};

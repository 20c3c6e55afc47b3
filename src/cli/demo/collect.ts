import { promises as fs } from "node:fs";
import * as path from "node:path";
import { formatIsoDate } from "../../core/date-text";
import { readGridJson } from "../../core/grid";
import { statusCounts } from "../../core/collection";
import { collectJson } from "../../usecases/collect-grids";
import { makeTemplate } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";
import { collectFiles } from "../commands/collect";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";
import { sampleGrids } from "./sample-grids";

/** The demo's own "today", so the same grids are valid or expired on every run, whatever the date. */
export const DEMO_TODAY = "2026-12-01";
const SAMPLES = 36;
const FOLDER = "grilles-retournees";

/** Writes the sample grids as a facilitator receives them: filled templates, some JSON, one damaged file. */
async function writeSamples(ctx: CliContext, folder: string): Promise<number> {
  await fs.rm(folder, { recursive: true, force: true });
  await fs.mkdir(folder, { recursive: true });
  const samples = sampleGrids({
    count: SAMPLES,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 9,
  });
  let firstTemplate: Uint8Array | null = null;
  for (const [index, { name, json }] of samples.entries()) {
    if (index % 6 === 5) {
      await writeFileAtomic(path.join(folder, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
      continue;
    }
    const grid = readGridJson(json).grid;
    if (!grid) throw new Error(`sample grid ${name} does not read`);
    const data = await writeWorkbook(makeTemplate({ lang: ctx.lang, grid }));
    firstTemplate ??= data;
    await writeFileAtomic(path.join(folder, `${name}.xlsx`), data);
  }
  // A download cut short: the first half of a template.
  if (firstTemplate)
    await writeFileAtomic(
      path.join(folder, "grille-abimee.xlsx"),
      firstTemplate.subarray(0, firstTemplate.length >> 1),
    );
  return samples.length + 1;
}

/** Sample grids returned by caterers, collected: the register, the observatory report and the JSON. */
export const collectStep: DemoStep = {
  titleKey: "collect.demo.title",
  async run(ctx, outDir) {
    const folder = path.join(outDir, FOLDER);
    const files = await writeSamples(ctx, folder);
    ctx.out(
      ctx.t("collect.demo.samples", {
        count: files,
        folder: FOLDER,
        today: formatIsoDate(DEMO_TODAY, ctx.lang),
      }),
    );
    const register = "registre.xlsx";
    const report = "observatoire.html";
    const json = "observatoire.json";
    const collection = await collectFiles([folder], ctx, {
      out: path.join(outDir, register),
      report: path.join(outDir, report),
      force: true,
      today: DEMO_TODAY,
    });
    await writeFileAtomic(path.join(outDir, json), `${JSON.stringify(collectJson(collection), null, 2)}\n`, {
      overwrite: true,
    });
    const counts = statusCounts(collection);
    ctx.out(ctx.t("collect.demo.result", { ...counts, directory: collection.directory.length }));
    ctx.out(ctx.t("collect.demo.outputs", { register, report, json }));
    return [`${FOLDER}/`, register, report, json];
  },
};

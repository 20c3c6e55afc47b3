import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fillReportJson } from "../../usecases/fill-report-json";
import { fillTender } from "../../usecases/fill-tender";
import { mapTender } from "../../usecases/map-tender";
import { applyFillPlan } from "../../xlsx/fill";
import { readWorkbook } from "../../xlsx/read";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { fillReportText } from "../fill-text";
import { writeFileAtomic } from "../io";
import { TENDERS_DIR, sampleGrids, sampleTenders, type SampleGrid } from "./samples";

/** One sample tender answered from one grid: the filled copy and its report, written and printed. */
async function answer(
  ctx: CliContext,
  outDir: string,
  tender: { readonly name: string; readonly file: string },
  sample: SampleGrid,
): Promise<string[]> {
  const bytes = new Uint8Array(await fs.readFile(tender.file));
  const book = await readWorkbook(bytes, `${tender.name}.xlsx`);
  const { mapping } = mapTender({ book });
  if (!mapping) return [];
  const filled = fillTender({ book, mapping, grid: sample.grid });
  const base = `rempli-${tender.name}-${sample.name}`;
  const { data } = await applyFillPlan(bytes, tender.file, filled.plan);
  await writeFileAtomic(path.join(outDir, `${base}.xlsx`), data, { overwrite: true });
  const json = `${JSON.stringify(fillReportJson(filled.report, ctx.lang), null, 2)}\n`;
  await writeFileAtomic(path.join(outDir, `${base}.json`), json, { overwrite: true });
  ctx.out("");
  ctx.out(ctx.t("fill.demo.pair", { tender: tender.name, grid: sample.name, file: `${base}.xlsx` }));
  ctx.out(fillReportText(filled.report, `${base}.xlsx`, ctx).join("\n"));
  return [`${base}.xlsx`, `${base}.json`];
}

/** Each sample tender mapped and filled from each sample grid: the copies a caterer would send, and the reports. */
export const fillStep: DemoStep = {
  titleKey: "fill.demo.title",
  async run(ctx, outDir) {
    const tenders = await sampleTenders();
    if (tenders.length === 0) {
      ctx.out(ctx.t("fill.demo.noTenders", { folder: TENDERS_DIR }));
      return [];
    }
    const { grids } = await sampleGrids();
    const written: string[] = [];
    for (const tender of tenders)
      for (const sample of grids) written.push(...(await answer(ctx, outDir, tender, sample)));
    return written;
  },
};

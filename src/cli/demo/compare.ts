import { promises as fs } from "node:fs";
import * as path from "node:path";
import { REFERENCE_GRID_JSON } from "../../core/grid";
import { buildSchedulePlan, readScheduleLines } from "../../core/schedule";
import type { WorkbookSnapshot } from "../../core/workbook";
import { compareTenderBids, type BidInput, type CompareBidsResult } from "../../usecases/compare-bids";
import { comparisonJson } from "../../usecases/compare/json";
import { comparisonReportHtml } from "../../usecases/compare/report/html-report";
import { comparisonWorkbookPlan } from "../../usecases/compare/workbook/plan";
import { readWorkbook } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import { readBidFile } from "../compare-inputs";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";
import { FIXTURES_DIR } from "./samples";
import { SAMPLE_SCHEDULE_LINES } from "./compare-samples";

// The buyer's side of the demo: a standard schedule made from a few lines of the standard, priced from the
// sample grids and compared; then the public sample bids compared on their schedule (t-departement.xlsx, beside
// the repository), with the comparison workbook, the HTML report and the JSON.

const TENDER = path.join(FIXTURES_DIR, "tenders", "t-departement.xlsx");
const BIDS = path.join(FIXTURES_DIR, "bids");
const GRIDS = path.join(FIXTURES_DIR, "grids");

type Ok = Extract<CompareBidsResult, { ok: true }>;

async function writeOutputs(ctx: CliContext, outDir: string, name: string, result: Ok): Promise<string[]> {
  const files = [`${name}.xlsx`, `${name}.html`, `${name}.json`];
  const date = new Date().toISOString().slice(0, 10);
  const bytes = await writeWorkbook(comparisonWorkbookPlan(result, { lang: ctx.lang }));
  await writeFileAtomic(path.join(outDir, files[0]), bytes, { overwrite: true });
  await writeFileAtomic(path.join(outDir, files[1]), comparisonReportHtml(result, { lang: ctx.lang, date }), {
    overwrite: true,
  });
  const json = `${JSON.stringify(comparisonJson(result, ctx.lang), null, 2)}\n`;
  await writeFileAtomic(path.join(outDir, files[2]), json, { overwrite: true });
  const ranked = result.comparison.bids.filter((bid) => bid.rank !== null).length;
  const flagged = result.comparison.bids.filter((bid) => bid.oab.length > 0).length;
  ctx.out(
    ctx.t("compare.demo.compared", { count: result.bids.length, ranked, flagged, files: files.join(", ") }),
  );
  return files;
}

/** The sample schedule, written, read back as a buyer's file, and priced from the built-in and sample grids. */
async function sampleSchedule(ctx: CliContext, outDir: string): Promise<string[]> {
  const file = "bordereau-exemple.xlsx";
  const { lines } = readScheduleLines(SAMPLE_SCHEDULE_LINES);
  const bytes = await writeWorkbook(
    buildSchedulePlan({ lines, lang: ctx.lang, title: ctx.t("compare.demo.title") }),
  );
  await writeFileAtomic(path.join(outDir, file), bytes, { overwrite: true });
  ctx.out(ctx.t("compare.demo.schedule", { file, lines: lines.length }));
  const grids: BidInput[] = [
    { file: "reference.json", source: { kind: "gridJson", json: REFERENCE_GRID_JSON } },
  ];
  for (const name of ["traiteur-a.json", "traiteur-b.json"]) {
    const grid = path.join(GRIDS, name);
    if (await exists(grid)) grids.push(await readBidFile(grid));
  }
  const result = compareTenderBids({
    tender: await readWorkbook(bytes, file),
    bids: grids,
    options: { points: 40 },
  });
  return [file, ...(result.ok ? await writeOutputs(ctx, outDir, "comparaison-grilles", result) : [])];
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** The public bids on t-departement.xlsx, when the fixtures sit beside the repository. */
async function sampleBids(ctx: CliContext, outDir: string): Promise<string[]> {
  const files = (await exists(BIDS))
    ? (await fs.readdir(BIDS)).filter((f) => f.endsWith(".xlsx")).sort()
    : [];
  if (!(await exists(TENDER)) || files.length === 0) {
    ctx.out(ctx.t("compare.demo.noBids", { folder: FIXTURES_DIR }));
    return [];
  }
  const tender: WorkbookSnapshot = await readWorkbook(new Uint8Array(await fs.readFile(TENDER)), TENDER);
  const bids = await Promise.all(files.map((file) => readBidFile(path.join(BIDS, file))));
  const result = compareTenderBids({ tender, bids, options: { points: 40 } });
  if (!result.ok) return [];
  return writeOutputs(ctx, outDir, "comparaison-offres", result);
}

export const compareStep: DemoStep = {
  titleKey: "compare.demo.title",
  async run(ctx, outDir) {
    return [...(await sampleSchedule(ctx, outDir)), ...(await sampleBids(ctx, outDir))];
  },
};

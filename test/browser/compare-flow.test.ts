import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { cents, formatEuros } from "../../src/core/money";
import { priceVariant } from "../../src/core/pricing";
import { buildSchedulePlan, readScheduleLines, type ScheduleLine } from "../../src/core/schedule";
import type { WorkbookPlan } from "../../src/core/workbook";
import { SAMPLE_SCHEDULE_LINES } from "../../src/cli/demo/compare-samples";
import { t } from "../../src/i18n";
import { compareTenderBids, type BidInput } from "../../src/usecases/compare-bids";
import { bidLabel } from "../../src/usecases/compare/workbook/lines-sheet";
import { summaryOrder, SUMMARY_ROWS } from "../../src/usecases/compare/workbook/summary-sheet";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import type { FakeInit } from "../fakes/excel";
import { screenshot, waitForView } from "../helpers/browser";
import { docScreenshot, expectAccessible, paneHarness, probe, settled } from "./pane-harness";
import { FIXTURES, loadGrid } from "../unit/pricing-helpers";

// The buyer's "Compare the bids" in the built task pane against the strict fake of Excel: the original is the open
// workbook (a standard schedule) or a file, the bids are files chosen several at once (read in the page, nothing
// uploaded); the comparison lands in new sheets, with its chart, in a number of syncs that does not grow with the
// bids or the lines; the report is offered as a download. Screenshots, axe, zero requests.

const pane = paneHarness();
const SHEETS_FR = ["Synthèse", "Détail par ligne", "Constats"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Schedule {
  readonly plan: WorkbookPlan;
  readonly bytes: Uint8Array;
}

async function schedule(lines: readonly ScheduleLine[]): Promise<Schedule> {
  const plan = buildSchedulePlan({ lines, lang: "fr", title: "Réceptions 2026" });
  return { plan, bytes: await writeWorkbook(plan) };
}

function sampleLines(copies = 1): ScheduleLine[] {
  const { lines } = readScheduleLines(SAMPLE_SCHEDULE_LINES);
  return Array.from({ length: copies }, (_v, copy) =>
    lines.map((line) => ({ ...line, ref: `${copy + 1}.${line.ref}` })),
  ).flat();
}

/** The schedule as the open workbook of the fake: its values and formulas, its defined names. */
function fakeWorkbook({ plan }: Schedule, extraSheets: readonly string[] = []): FakeInit {
  const sheets = plan.sheets.map((sheet) => ({
    name: sheet.name,
    cells: Object.fromEntries(
      sheet.cells.flatMap((cell) => {
        const { write } = cell;
        if (write.kind === "formula") return [[cell.cell, write.formula]];
        if (write.kind === "text" || write.kind === "number") return [[cell.cell, write.value]];
        return [];
      }),
    ),
  }));
  return {
    sheets: [...sheets, ...extraSheets.map((name) => ({ name, cells: { A1: "à garder" } }))],
    names: (plan.names ?? []).map((name) => ({ name: name.name, formula: `=${name.ref}` })),
  };
}

/** A bid: the schedule filled with a grid's prices (× factor %), as a bidder types them. */
async function filledBid(base: Schedule, grid: string, factor: number, name: string) {
  const tender = await readWorkbook(base.bytes, "bordereau.xlsx");
  const json = JSON.parse(readFileSync(path.join(FIXTURES, "grids", `${grid}.json`), "utf8")) as unknown;
  const priced = compareTenderBids({
    tender,
    bids: [{ file: grid, source: { kind: "gridJson", json } }],
    options: { points: 40 },
  });
  if (!priced.ok) throw new Error("schedule not compared");
  const wanted = priced.tender.lines.map((line, index) => ({
    sheet: priced.tender.sheet,
    cell: line.priceCell,
    value: Math.round((priced.bids[0].unit[index]! * factor) / 100) / 100,
  }));
  const filled = await fillWorkbookBytes(base.bytes, name, [
    ...wanted,
    { sheet: priced.tender.sheet, cell: "C6", value: `Traiteur ${name.replace(/\.xlsx$/, "")}` },
  ]);
  return { name, mimeType: XLSX, buffer: Buffer.from(filled.data) };
}

async function bids(base: Schedule, count: number) {
  const grids = ["reference", "traiteur-a", "traiteur-b"];
  return Promise.all(
    Array.from({ length: count }, (_v, index) =>
      filledBid(base, grids[index % grids.length], 100 - (index % 7) * 6, `offre-${index + 1}.xlsx`),
    ),
  );
}

async function openCompare(workbook: FakeInit, lang: "fr" | "en" = "fr"): Promise<Page> {
  const page = await pane.open({ page: "taskpane.html?role=acheteur", workbook, lang });
  await page.click("[data-flow=compare]");
  await waitForView(page, "compare");
  return page;
}

/** Chooses the bids, compares, and returns the syncs the comparison took. */
async function compare(page: Page, files: Awaited<ReturnType<typeof bids>>): Promise<number> {
  await page.setInputFiles("#compare-bids", files);
  await probe(page, (fake) => fake.resetStats(), null);
  await page.click("[data-action=compare-bids]");
  const status = await settled(page, "compare-status");
  expect(["done", "warning"]).toContain(status.state);
  return probe(page, (fake) => fake.syncs(), null);
}

test("this workbook's schedule and three bids: new sheets with formulas and the chart, the report offered", async () => {
  const base = await schedule(sampleLines());
  const files = await bids(base, 3);
  const page = await openCompare(fakeWorkbook(base));
  await expectAccessible(page);
  await docScreenshot(page, "acheteur-comparer");
  await compare(page, files);

  // The same comparison, made by the use case from the same files: what the pane wrote must be its.
  const expected = compareTenderBids({
    tender: await readWorkbook(base.bytes, "BPU-DQE"),
    bids: await Promise.all(
      files.map(async (file): Promise<BidInput> => ({
        file: file.name,
        source: { kind: "workbook", book: await readWorkbook(new Uint8Array(file.buffer), file.name) },
      })),
    ),
    options: { points: 40 },
  });
  if (!expected.ok) throw new Error("not compared");
  expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["BPU-DQE", ...SHEETS_FR]);
  const order = summaryOrder(expected);
  for (const [position, index] of order.entries()) {
    const row = SUMMARY_ROWS.first + position;
    expect(await probe(page, (fake, cell) => fake.value("Synthèse", cell), `B${row}`)).toBe(
      bidLabel(expected, index),
    );
  }
  expect(await probe(page, (fake) => fake.formula("Synthèse", "A7"), null)).toMatch(
    /^=IF\(\$E7="","",RANK\(/,
  );
  const charts = await probe(page, (fake) => fake.charts("Synthèse"), null);
  expect(charts).toHaveLength(1);
  expect(charts[0].series[0].values).toContain("$E$7:$E$9");
  // The schedule itself is left as it was.
  expect(await probe(page, (fake) => fake.value("BPU-DQE", "A9"), null)).toBe("1.1a");

  const first = page.locator("ul.ranking li").first();
  const best = expected.comparison.bids[order[0]];
  expect(await first.innerText()).toContain(formatEuros(best.totalHt!, "fr"));
  await expectAccessible(page);
  await screenshot(page, "compare-pane-done");
  await page.locator("#compare-status").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector("#compare-status")?.scrollIntoView({ block: "start" }));
  await docScreenshot(page, "acheteur-comparaison");

  const download = page.waitForEvent("download");
  await page.click("[data-action=download-report]");
  const file = await download;
  expect(file.suggestedFilename()).toBe(t("fr", "pane.compare.reportFile"));
  const html = readFileSync((await file.path())!, "utf8");
  expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(html).toContain(bidLabel(expected, order[0]));
  expect((await settled(page, "compare-download-status")).text).toBe(t("fr", "pane.compare.offered"));
});

test("syncs do not grow with the bids (2 and 20) nor the lines (6 and 60)", async () => {
  const small = await schedule(sampleLines());
  const large = await schedule(sampleLines(10));
  const runs: number[] = [];
  for (const [base, count] of [
    [small, 2],
    [small, 20],
    [large, 20],
  ] as const) {
    const page = await openCompare(fakeWorkbook(base));
    runs.push(await compare(page, await bids(base, count)));
    expect(await page.locator("ul.ranking li").count()).toBe(count);
    await pane.closePage();
  }
  expect(new Set(runs).size).toBe(1);
  expect(runs[0]).toBeLessThanOrEqual(3);
});

test("the original as a file; a sheet already named « Synthèse » is kept and the new one numbered", async () => {
  const base = await schedule(sampleLines());
  const page = await openCompare({ sheets: [{ name: "Synthèse", cells: { A1: "à garder" } }] });
  await page.click("#compare-original-kind-file");
  await page.setInputFiles("#compare-original", {
    name: "bordereau.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(base.bytes),
  });
  await compare(page, await bids(base, 2));
  expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual([
    "Synthèse",
    "Synthèse (2)",
    "Détail par ligne",
    "Constats",
  ]);
  expect(await probe(page, (fake) => fake.value("Synthèse", "A1"), null)).toBe("à garder");
});

test("a grid JSON among the bids, and an unreadable file listed with its reason", async () => {
  const base = await schedule(sampleLines());
  const page = await openCompare(fakeWorkbook(base));
  const reference = readFileSync(path.join(FIXTURES, "grids", "reference.json"));
  await compare(page, [
    ...(await bids(base, 1)),
    { name: "reference.json", mimeType: "application/json", buffer: reference },
    { name: "offre-abimee.xlsx", mimeType: XLSX, buffer: Buffer.from("pas un classeur") },
  ]);
  const items = page.locator("ul.ranking li");
  expect(await items.count()).toBe(3);
  expect(await page.locator("[data-bid='offre-abimee.xlsx']").innerText()).toContain(
    t("fr", "compare.status.unreadable"),
  );
  expect(await page.locator(".findings").innerText()).toContain(
    t("fr", "workbook.read.notZip", { file: "offre-abimee.xlsx" }),
  );
  // The grid prices the schedule's lines as priceVariant does: its total is the sum of quantity × its prices.
  const grid = loadGrid("reference");
  const total = sampleLines().reduce((sum, line) => {
    const priced = priceVariant(grid, line.variant);
    return priced.ok ? sum + line.quantity * priced.ht : sum;
  }, 0);
  expect(await page.locator("[data-bid='reference.json']").innerText()).toContain(
    formatEuros(cents(total), "fr"),
  );
});

test("fields to correct are marked beside them; nothing is written", async () => {
  const page = await openCompare({ sheets: [{ name: "Feuil1" }] });
  await page.fill("#compare-points", "quarante");
  await page.click("[data-action=compare-bids]");
  expect((await settled(page, "compare-status")).state).toBe("warning");
  expect(await page.locator("#compare-points").getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator("#compare-bids").getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator("#compare-points-error").innerText()).toBe(
    t("fr", "compare.option.points", { value: "quarante" }),
  );
  await expectAccessible(page);
  expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Feuil1"]);
});

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { sampleGrids } from "../../src/cli/demo/sample-grids";
import { GRID_STATUSES, LIST_SEPARATOR, statusCounts } from "../../src/core/collection";
import { readGridJson } from "../../src/core/grid";
import { t } from "../../src/i18n";
import {
  collectGrids,
  localIsoDate,
  observatoryReport,
  readReturnedGrid,
  registerPlan,
  type ReturnedFile,
} from "../../src/usecases/collect-grids";
import { makeTemplate } from "../../src/usecases/make-template";
import { WorkbookReadError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { docScreenshot, expectAccessible, paneHarness, probe, settled } from "./pane-harness";
import { waitForView } from "../helpers/browser";

// The facilitator's desk in the built pane against the strict fake of Excel: many files chosen at once and read in
// the page (nothing leaves the machine: the harness fails a test on any request), each file's state as the core
// decides it, the register written into new sheets beside the user's own (a sheet named like one of the register's
// is left alone), in the same few syncs for 5 and for 200 grids, and the report downloaded as the core writes it.

const pane = paneHarness();
const MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Chosen {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** `count` returned grids as the facilitator's files (every fourth as JSON), plus a damaged copy of the first. */
async function returnedFiles(count: number): Promise<Chosen[]> {
  const samples = sampleGrids({
    count,
    seed: 3,
    validUntil: "2099-06-30",
    expiredUntil: "2020-06-30",
    expiredEvery: 6,
  });
  const files: Chosen[] = [];
  for (const [index, { name, json }] of samples.entries()) {
    if (index % 4 === 3) {
      files.push({
        name: `${name}.json`,
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(json)),
      });
      continue;
    }
    const bytes = await writeWorkbook(makeTemplate({ lang: "fr", grid: readGridJson(json).grid! }));
    files.push({ name: `${name}.xlsx`, mimeType: MIME, buffer: Buffer.from(bytes) });
  }
  const first = files[0].buffer;
  files.push({ name: "abimee.xlsx", mimeType: MIME, buffer: first.subarray(0, first.length >> 1) });
  return files;
}

/** The same files through the same use case in Node: what the pane must show. */
async function expectedCollection(files: readonly Chosen[]) {
  const today = localIsoDate(new Date());
  const grids = [];
  for (const file of files) {
    let input: ReturnedFile;
    if (file.name.endsWith(".json"))
      input = { kind: "jsonText", file: file.name, text: file.buffer.toString("utf8") };
    else
      try {
        input = {
          kind: "workbook",
          file: file.name,
          snapshot: await readWorkbook(new Uint8Array(file.buffer), file.name),
        };
      } catch (error) {
        const failure = error as WorkbookReadError;
        input = {
          kind: "unreadable",
          file: file.name,
          reason: { messageKey: failure.messageKey, params: failure.params },
        };
      }
    grids.push(readReturnedGrid(input, { today }));
  }
  return collectGrids(grids, { today });
}

async function collectIn(page: Page, files: readonly Chosen[]): Promise<{ state: string; text: string }> {
  await page.click("[data-flow=collect]");
  await waitForView(page, "collect");
  await page.setInputFiles(
    "#collect-files",
    files.map((file) => ({ ...file })),
  );
  return settled(page, "collect-status");
}

async function writeAndCount(
  page: Page,
): Promise<{ outcome: { state: string; text: string }; syncs: number }> {
  await probe(page, (fake) => fake.resetStats(), null);
  await page.click("[data-action=collect-write]");
  const outcome = await settled(page, "collect-write-status");
  return { outcome, syncs: await probe(page, (fake) => fake.syncs(), null) };
}

describe("facilitator: collect the returned grids", () => {
  test("reads 5 grids and a damaged file, writes the register beside the user's sheets, offers the report", async () => {
    const files = await returnedFiles(5);
    const expected = await expectedCollection(files);
    const page = await pane.open({
      page: "taskpane.html?role=animateur",
      workbook: { sheets: [{ name: "Annuaire", cells: { A1: "mes contacts" } }] },
    });
    expect(await page.locator(".role-offers").innerText()).toContain(t("fr", "role.offer.collect"));
    const status = await collectIn(page, files);
    expect(status.state).toBe("warning");
    const counts = statusCounts(expected);
    const statuses = GRID_STATUSES.filter((one) => counts[one] > 0)
      .map((one) =>
        t("fr", "collect.report.statusCount", {
          status: t("fr", `collect.status.${one}`),
          count: counts[one],
        }),
      )
      .join(LIST_SEPARATOR);
    expect(status.text).toBe(
      t("fr", "pane.collect.done", { files: files.length, statuses, valid: counts.valid }),
    );
    expect(counts).toMatchObject({ valid: 5, replaced: 1, unreadable: 1 });
    const items = page.locator("[data-results=collect] li");
    expect(await items.count()).toBe(files.length);
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-status")))).toEqual(
      expected.grids.map((grid) => grid.status),
    );
    expect(await items.last().innerText()).toContain(
      t("fr", "workbook.read.damaged", { file: "abimee.xlsx" }),
    );
    await expectAccessible(page);
    await docScreenshot(page, "animateur-collecte");

    const { outcome, syncs } = await writeAndCount(page);
    const plan = registerPlan(expected, {
      lang: "fr",
      taken: { sheets: ["Annuaire"], names: [] },
    });
    const sheets = plan.sheets.map((sheet) => sheet.name);
    expect(sheets).toContain("Annuaire (2)");
    expect(outcome).toEqual({
      state: "done",
      text: t("fr", "pane.collect.written", { sheets: sheets.join(", ") }),
    });
    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Annuaire", ...sheets]);
    expect(await probe(page, (fake) => fake.value("Annuaire", "A1"), null)).toBe("mes contacts");
    // The register's cells are the plan's: the first file's line, the directory's first caterer.
    expect(await probe(page, (fake, sheet) => fake.value(sheet, "A2"), sheets[1])).toBe(files[0].name);
    expect(await probe(page, (fake) => fake.value("Annuaire (2)", "A2"), null)).toBe(
      expected.directory[0].name,
    );
    expect(syncs).toBeLessThanOrEqual(3);
    await expectAccessible(page);
    await docScreenshot(page, "animateur-registre");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-action=collect-report]"),
    ]);
    expect(download.suggestedFilename()).toBe(t("fr", "pane.collect.reportFile", { today: expected.today }));
    expect(readFileSync((await download.path())!, "utf8")).toBe(observatoryReport(expected, "fr"));
    expect((await settled(page, "collect-write-status")).state).toBe("info");
  }, 180_000);

  test("200 grids take the same syncs as 5", async () => {
    const counts: number[] = [];
    for (const count of [5, 200]) {
      const files = await returnedFiles(count);
      const page = await pane.open({ page: "taskpane.html?role=animateur" });
      const status = await collectIn(page, files);
      expect(status.state).toBe("warning");
      const { outcome, syncs } = await writeAndCount(page);
      expect(outcome.state).toBe("done");
      counts.push(syncs);
      await pane.closePage();
    }
    expect(counts[1]).toBe(counts[0]);
  }, 600_000);

  test("fits a 320-px pane", async () => {
    const page = await pane.open({
      page: "taskpane.html?role=animateur",
      viewport: { width: 320, height: 640 },
    });
    await collectIn(page, await returnedFiles(3));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }, 120_000);
});

import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { writeGridJson } from "../../src/core/grid";
import { SCHEDULE_SHEET, buildSchedulePlan, readScheduleLines, scheduleRows } from "../../src/core/schedule";
import { t } from "../../src/i18n";
import { checkBid } from "../../src/usecases/check-bid";
import { findingMessage } from "../../src/core/finding-message";
import { mapTender } from "../../src/usecases/map-tender";
import { MY_GRID_KEY } from "../../src/usecases/my-grid";
import { readWorkbook } from "../../src/xlsx/read";
import type { FakeInit } from "../fakes/excel";
import { waitForView } from "../helpers/browser";
import { expectValidWorkbook } from "../helpers/ooxml";
import { FIXTURES, loadGrid } from "../unit/pricing-helpers";
import { SAMPLE_LINES_JSON } from "../unit/schedule-helpers";
import type { FakeExcelProbe } from "./fake-excel-page";
import { docScreenshot, expectAccessible, paneHarness, probe, settled } from "./pane-harness";
import { fakeInitOf } from "./workbook-init";

// The buyer's and the caterer's bid flows of the built pane in headless Chromium with the strict fake of Excel:
// make a schedule from the standard's catalogue (written into a new sheet in constant syncs, or downloaded), check
// the bid open in Excel against an original chosen as a file, and the caterer's check before sending with my
// grid. What the pane shows is the core's own answer; every screen fits 320 px and passes axe; nothing is sent.

const pane = paneHarness();
const NARROW = { width: 320, height: 640 };
const fixture = (relative: string) => readFileSync(path.join(FIXTURES, relative));
const TENDER = {
  name: "t-departement.xlsx",
  mimeType: "application/octet-stream",
  buffer: fixture("tenders/t-departement.xlsx"),
};

async function openBuyer(options: { workbook?: FakeInit; role?: string } = {}): Promise<Page> {
  return pane.open({
    page: `taskpane.html?role=${options.role ?? "acheteur"}`,
    viewport: NARROW,
    ...(options.workbook ? { workbook: options.workbook } : {}),
  });
}

async function fits(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
  await expectAccessible(page);
}

/** A LINES.json of `count` lines, cycling through the sample lines with their own numbers. */
function linesFile(count: number) {
  const lines = Array.from({ length: count }, (_v, index) => {
    const { variant, quantity } = SAMPLE_LINES_JSON[index % SAMPLE_LINES_JSON.length];
    return { ref: `L${index + 1}`, quantity, variant };
  });
  return {
    name: `lignes-${count}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(lines)),
  };
}

describe("buyer: make a schedule", () => {
  test("lines added from the form and removed, then written into a new sheet: the core's schedule, cell for cell", async () => {
    const page = await openBuyer({ workbook: { sheets: [{ name: "Notes", cells: { A1: "à garder" } }] } });
    expect(await page.locator(".role-offers").innerText()).toContain(t("fr", "role.offer.makeSchedule"));
    await page.click("[data-flow=schedule]");
    await waitForView(page, "schedule");
    await fits(page);

    // E5 of the standard: cocktail 8 + wine, delivery included inner suburbs in the evening, 30 guests.
    await page.selectOption("#v-product", "cocktail");
    await page.fill("#v-pieces", "8");
    await page.check("#v-extra-boissons-vin");
    await page.fill("#v-guests", "30");
    await page.selectOption("#v-delivery", "included");
    await page.selectOption("#v-zone", "petite_couronne");
    await page.check("#v-evening");
    await page.fill("#s-quantity", "200");
    await page.fill("#s-ref", "1.1");
    await page.click("[data-action=add-line]");
    expect((await settled(page, "add-status")).state).toBe("done");

    // A quantity of 0 is refused at its field, with the core's words. A head waiter by the hour: what the line
    // cannot take (extras, guests, delivery) is hidden and emptied by the form.
    await page.selectOption("#v-product", "personnel.maitre_hotel");
    await page.fill("#s-quantity", "0");
    await page.click("[data-action=add-line]");
    expect(await settled(page, "add-status")).toEqual({
      state: "error",
      text: t("fr", "pane.schedule.addRefused", { field: t("fr", "pane.schedule.quantity") }),
    });
    expect(await page.locator("#s-quantity").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("s-quantity");
    await fits(page);

    await page.fill("#s-quantity", "20");
    await page.click("[data-action=add-line]");
    expect((await settled(page, "add-status")).state).toBe("done");
    await page.selectOption("#v-product", "livraison.paris");
    await page.fill("#s-quantity", "10");
    await page.click("[data-action=add-line]");
    expect(await page.locator(".draft-line").count()).toBe(3);
    await page.click(`.draft-line[data-ref="2"] [data-action=remove-line]`);
    expect(
      await page
        .locator(".draft-line")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-ref"))),
    ).toEqual(["1.1", "2"]);
    await page.fill("#s-title", "Réceptions 2027 – lot 2");
    await page.locator("[data-panel=draft]").scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document.querySelector("[data-panel=draft]")?.scrollIntoView({ block: "start" }),
    );
    await docScreenshot(page, "acheteur-bordereau");

    await page.click("[data-action=write-schedule]");
    // What the form described, as the standard's variants: the schedule the core makes of them.
    const expectedLines = readScheduleLines([
      {
        ref: "1.1",
        quantity: 200,
        variant: {
          product: "cocktail",
          pieces: 8,
          extras: ["boissons.vin"],
          guests: 30,
          unit: "personne",
          delivery: { included: true, zone: "petite_couronne", evening: true, weekend: false, pickup: false },
        },
      },
      { quantity: 10, variant: { product: "livraison.paris", unit: "livraison" } },
    ]).lines;
    const rows = scheduleRows({ lines: expectedLines, lang: "fr" });
    expect(await settled(page, "schedule-status")).toEqual({
      state: "done",
      text: t("fr", "pane.schedule.done", { sheets: SCHEDULE_SHEET, rows: rows.length }),
    });
    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Notes", SCHEDULE_SHEET]);
    expect(await probe(page, (fake) => fake.value("Notes", "A1"), null)).toBe("à garder");
    const plan = buildSchedulePlan({ lines: expectedLines, lang: "fr", title: "Réceptions 2027 – lot 2" });
    const typed = plan.sheets[0].cells.filter(
      (cell) => cell.write.kind === "text" || cell.write.kind === "number",
    );
    for (const cell of typed) {
      const want = cell.write.kind === "text" || cell.write.kind === "number" ? cell.write.value : null;
      expect([cell.cell, await probe(page, (fake, at) => fake.value("BPU-DQE", at), cell.cell)]).toEqual([
        cell.cell,
        want,
      ]);
    }
  });

  test("a sheet of the schedule's name is never written over", async () => {
    const page = await openBuyer({
      workbook: { sheets: [{ name: SCHEDULE_SHEET, cells: { A1: "ancien" } }] },
    });
    await page.click("[data-flow=schedule]");
    await page.setInputFiles("#schedule-import", linesFile(3));
    expect((await settled(page, "import-status")).state).toBe("done");
    await page.click("[data-action=write-schedule]");
    expect(await settled(page, "schedule-status")).toEqual({
      state: "warning",
      text: t("fr", "pane.schedule.nameTaken", { sheets: SCHEDULE_SHEET }),
    });
    expect(await probe(page, (fake, sheet) => fake.value(sheet, "A1"), SCHEDULE_SHEET)).toBe("ancien");
  });

  test("10 or 500 imported lines are written in the same number of syncs", async () => {
    const syncs: number[] = [];
    for (const count of [10, 500]) {
      const page = await openBuyer();
      await page.click("[data-flow=schedule]");
      await page.setInputFiles("#schedule-import", linesFile(count));
      expect(await settled(page, "import-status")).toEqual({
        state: "done",
        text: t("fr", "pane.schedule.imported", { count, file: `lignes-${count}.json` }),
      });
      await probe(page, (fake) => fake.resetStats(), null);
      await page.click("[data-action=write-schedule]");
      expect((await settled(page, "schedule-status")).state).toBe("done");
      syncs.push(await probe(page, (fake) => fake.syncs(), null));
      await pane.closePage();
    }
    expect(syncs[1]).toBe(syncs[0]);
    expect(syncs[0]).toBeLessThanOrEqual(3);
  });

  test("a lines file with mistakes is refused line by line; the schedule downloads and maps at 100 %", async () => {
    const page = await openBuyer();
    await page.click("[data-flow=schedule]");
    const bad = [{ quantity: 1, variant: { product: "cocktail", pices: 8 } }];
    await page.setInputFiles("#schedule-import", {
      name: "mauvais.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    expect((await settled(page, "import-status")).state).toBe("error");
    expect(await page.locator("[data-results=import] .finding-text").innerText()).toMatch(
      /^Ligne 1 : .*« pices »/,
    );
    await fits(page);

    await page.setInputFiles("#schedule-import", linesFile(8));
    await settled(page, "import-status");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-action=download-schedule]"),
    ]);
    expect(download.suggestedFilename()).toBe(t("fr", "pane.schedule.fileName"));
    expect(await settled(page, "schedule-status")).toEqual({
      state: "done",
      text: t("fr", "pane.schedule.offered", { file: t("fr", "pane.schedule.fileName") }),
    });
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    await expectValidWorkbook(bytes, "bordereau.xlsx");
    const mapping = mapTender({ book: await readWorkbook(bytes, "bordereau.xlsx") }).mapping;
    expect(mapping?.lines).toHaveLength(10);
    expect(mapping?.lines.every((line) => line.status === "mapped")).toBe(true);
  });
});

describe("buyer: check the open bid", () => {
  test("bid-c open in Excel, t-departement chosen as the original: the missing price, clickable to D43", async () => {
    const bidC = await readWorkbook(new Uint8Array(fixture("bids/bid-c.xlsx")), "bid-c.xlsx");
    const page = await openBuyer({ workbook: fakeInitOf(bidC) });
    await page.click("[data-flow=checkBid]");
    await waitForView(page, "checkBid");
    await fits(page);
    await probe(page, (fake) => fake.resetStats(), null);
    await page.setInputFiles("#original-file", TENDER);
    const status = await settled(page, "checkbid-status");
    const original = await readWorkbook(new Uint8Array(TENDER.buffer), TENDER.name);
    const expected = checkBid({ original, bid: bidC });
    if (expected.kind !== "checked") throw new Error("unusable");
    expect(status).toEqual({
      state: "error",
      text: t("fr", "pane.checkBid.summary", {
        lines: 25,
        file: TENDER.name,
        counts: t("fr", "pane.count.error", { count: 1 }),
      }),
    });
    expect(await page.locator(".findings .finding-text").allInnerTexts()).toEqual(
      expected.findings.map((finding) => findingMessage(finding, "fr")),
    );
    expect(await probe(page, (fake) => fake.syncs(), null)).toBeLessThanOrEqual(3);
    await fits(page);
    await docScreenshot(page, "acheteur-verifier-offre");

    await page.click('.finding-button[data-cell="BPU-DQE!D43"]');
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.selection() !== null,
    );
    expect(await probe(page, (fake) => fake.selection(), null)).toEqual({ sheet: "BPU-DQE", address: "D43" });
  });

  test("a bid that answers another schedule: said in one line, nothing listed", async () => {
    const bidA = await readWorkbook(new Uint8Array(fixture("bids/bid-a.xlsx")), "bid-a.xlsx");
    const page = await openBuyer({ workbook: fakeInitOf(bidA), role: "acheteur" });
    await page.click("[data-flow=checkBid]");
    await page.setInputFiles("#original-file", {
      name: "t-mairie.xlsx",
      mimeType: "application/octet-stream",
      buffer: fixture("tenders/t-mairie.xlsx"),
    });
    const status = await settled(page, "checkbid-status");
    expect(status.state).toBe("error");
    expect(status.text).toContain("« BPU »");
    expect(await page.locator(".findings").count()).toBe(0);
  });
});

describe("caterer: check before sending", () => {
  async function withMyGrid(page: Page, name: string | null): Promise<void> {
    const record =
      name === null
        ? null
        : JSON.stringify({ savedAt: "2026-11-28T10:00:00.000Z", grid: writeGridJson(loadGrid(name)) });
    await page.evaluate(
      ({ key, value }) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
      { key: MY_GRID_KEY, value: record },
    );
  }

  test("bid-b filled from traiteur A's grid: clean with that grid; with another grid, its stale prices", async () => {
    const bidB = await readWorkbook(new Uint8Array(fixture("bids/bid-b.xlsx")), "bid-b.xlsx");
    const page = await openBuyer({ workbook: fakeInitOf(bidB), role: "traiteur" });
    expect(await page.locator(".role-offers").innerText()).toContain(
      t("fr", "role.offer.checkBeforeSending"),
    );
    await withMyGrid(page, "traiteur-a");
    await page.click("[data-flow=checkBid]");
    await waitForView(page, "checkBid");
    expect(await page.locator("main h2").innerText()).toBe(t("fr", "pane.checkBid.title.traiteur"));
    await page.setInputFiles("#original-file", TENDER);
    expect(await settled(page, "checkbid-status")).toEqual({
      state: "done",
      text: t("fr", "pane.checkBid.clean", { lines: 25, file: TENDER.name }),
    });
    const date = new Date("2026-11-28T10:00:00.000Z").toLocaleDateString("fr-FR");
    expect(await page.locator("[data-notice=grid]").innerText()).toBe(
      t("fr", "pane.checkBid.grid.mine", { date, count: 24 }),
    );
    await fits(page);

    await withMyGrid(page, "reference");
    await page.click("[data-action=check-bid]");
    const status = await settled(page, "checkbid-status");
    expect(status.state).toBe("warning");
    const original = await readWorkbook(new Uint8Array(TENDER.buffer), TENDER.name);
    const expected = checkBid({ original, bid: bidB, grid: loadGrid("reference") });
    if (expected.kind !== "checked") throw new Error("unusable");
    expect(await page.locator(".findings .finding-text").allInnerTexts()).toEqual(
      expected.findings.map((finding) => findingMessage(finding, "fr")),
    );
    await docScreenshot(page, "traiteur-avant-envoi");
    await page.click('.finding-button[data-cell="BPU-DQE!D15"]');
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.selection() !== null,
    );
    expect(await probe(page, (fake) => fake.selection(), null)).toEqual({ sheet: "BPU-DQE", address: "D15" });
  });

  test("without a saved grid: checked all the same, and the pane says prices were not compared", async () => {
    const bidB = await readWorkbook(new Uint8Array(fixture("bids/bid-b.xlsx")), "bid-b.xlsx");
    const page = await openBuyer({ workbook: fakeInitOf(bidB), role: "traiteur" });
    await withMyGrid(page, null);
    await page.click("[data-flow=checkBid]");
    await page.setInputFiles("#original-file", TENDER);
    expect((await settled(page, "checkbid-status")).state).toBe("done");
    expect(await page.locator("[data-notice=grid]").innerText()).toBe(t("fr", "pane.checkBid.grid.none"));
  });
});

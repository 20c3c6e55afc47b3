import type { Page } from "playwright-core";
import { writeGridJson } from "../../src/core/grid";
import { formatEuros } from "../../src/core/money";
import { priceVariant, renderBreakdown } from "../../src/core/pricing";
import { t } from "../../src/i18n";
import { fillTender } from "../../src/usecases/fill-tender";
import { MY_GRID_KEY } from "../../src/usecases/my-grid";
import { tableRange } from "../../src/usecases/review-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import type { FakeInit } from "../fakes/excel";
import { screenshot, waitForView } from "../helpers/browser";
import { fakeInitOf } from "../helpers/fake-init";
import { readTender, sampleGrid, tenderBytes } from "../helpers/fill-fixtures";
import { withPivotTable } from "../helpers/pivot-workbook";
import { bpuLayout, workbookOf } from "../helpers/tender-layouts";
import { docScreenshot, expectAccessible, paneHarness, probe, settled } from "./pane-harness";

// "Répondre à cet appel d'offres" in the built pane (headless Chromium) on the strict fake of Excel holding a
// buyer's real tender: the review shows the core's readings and prices, a line is confirmed in the variant form,
// the prices are filled in constant syncs, and the "ready to submit" check lists what is left of the grid. Every
// screen passes axe-core and fits 320 px; nothing leaves the machine (the harness checks it after each test).

const pane = paneHarness();
const grid = sampleGrid("reference");

/** The pane with my grid saved on this computer, on the tender screen, its first reading done. */
async function openTender(
  workbook: FakeInit,
  options: { width?: number; lang?: "fr" | "en" } = {},
): Promise<Page> {
  const page = await pane.open({
    workbook,
    ...(options.lang ? { lang: options.lang } : {}),
    viewport: { width: options.width ?? 360, height: 640 },
  });
  const record = JSON.stringify({ savedAt: "2026-11-20T09:00:00.000Z", grid: writeGridJson(grid) });
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [MY_GRID_KEY, record]);
  await page.click("[data-flow=tender]");
  await waitForView(page, "tender");
  await settled(page, "tender-status");
  return page;
}

async function tenderInit(name: string): Promise<FakeInit> {
  return fakeInitOf(await readWorkbook(tenderBytes(name), `${name}.xlsx`));
}

const line = (page: Page, row: number) => page.locator(`li.tender-line[data-row="${row}"]`);

describe("answer t-mairie from my grid", () => {
  test("review: the table, the conditions and each line with the core's reading and price", async () => {
    const page = await openTender(await tenderInit("t-mairie"));
    const { mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
    expect(await settled(page, "tender-status")).toEqual({
      state: "done",
      text: t("fr", "pane.tender.readDone", { sheet: "BPU", lines: 16 }),
    });
    expect(await page.locator("li.tender-line").count()).toBe(16);
    expect(await page.locator("[data-lines=summary]").innerText()).toBe(
      t("fr", "pane.tender.lines.summary", { total: 16, mapped: 14, uncertain: 1, unmapped: 1 }),
    );
    for (const one of mapping.lines.filter((candidate) => candidate.status === "mapped")) {
      const price = priceVariant(grid, one.variant!);
      if (!price.ok) throw new Error("reference grid prices every mapped line");
      expect([one.row, await line(page, one.row).locator("[data-price=ht]").innerText()]).toEqual([
        one.row,
        formatEuros(price.ht, "fr"),
      ]);
    }
    expect(await line(page, 17).getAttribute("data-status")).toBe("uncertain");
    expect(await line(page, 34).locator(".line-status").innerText()).toBe(
      t("fr", "pane.tender.status.unmapped"),
    );

    // The breakdown on demand, as the core renders it.
    await line(page, 16).locator("summary").click();
    const price = priceVariant(grid, mapping.lines.find((one) => one.row === 16)!.variant!);
    if (!price.ok) throw new Error("row 16");
    expect(await line(page, 16).locator(".breakdown li").allInnerTexts()).toEqual(
      renderBreakdown(price.breakdown, "fr"),
    );

    // The table selected in Excel, never formatted; a condition takes Excel to its cell.
    await page.click("[data-action=show-table]");
    expect((await settled(page, "table-status")).state).toBe("done");
    expect(await probe(page, (fake) => fake.selection(), null)).toEqual({
      sheet: "BPU",
      address: tableRange(mapping),
    });
    await page.click('[data-panel=conditions] [data-cell="BPU!A8"]');
    await page.waitForFunction(
      () => document.querySelector("#tender-select-status")?.getAttribute("data-state") === "idle",
    );
    expect(await probe(page, (fake) => fake.selection(), null)).toEqual({ sheet: "BPU", address: "A8" });
    await expectAccessible(page);
  });

  test("confirm the uncertain line with the keyboard, fill, and check before submitting", async () => {
    const page = await openTender(await tenderInit("t-mairie"));
    // Keyboard: the line's button opens the form on the suggested reading, focus on its first field.
    await line(page, 17).locator("[data-action=edit-line]").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("v-product");
    expect(await page.locator("#v-product").inputValue()).toBe("cocktail");
    expect(await page.locator("#v-guests").inputValue()).toBe("60");
    await expectAccessible(page);
    // A missing number of pieces is marked at its field; then 10 pieces are confirmed.
    await page.fill("#v-pieces", "");
    await page.click("[data-action=confirm-line]");
    expect(await page.locator("#v-pieces").getAttribute("aria-invalid")).toBe("true");
    await page.fill("#v-pieces", "10");
    await page.click("[data-action=confirm-line]");
    expect((await settled(page, "tender-status")).text).toMatch(/^Ligne 17 confirmée : Cocktail 10 pièces/);
    expect(await line(page, 17).getAttribute("data-status")).toBe("mapped");
    // 10 pieces 15.00 + delivery 60.00 over 60 guests = 16.00 HT.
    expect(await line(page, 17).locator("[data-price=ht]").innerText()).toBe(
      formatEuros(1600 as never, "fr"),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-row"))).toBe("17");

    await probe(page, (fake) => fake.resetStats(), null);
    await page.click("[data-action=fill-tender]");
    expect(await settled(page, "fill-status")).toEqual({
      state: "warning",
      text: t("fr", "pane.tender.fill.partial", { filled: 15, lines: 16, left: 1 }),
    });
    expect(await probe(page, (fake) => fake.syncs(), null)).toBeLessThanOrEqual(3);
    const { book, mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
    const expected = fillTender({ book, mapping, grid }).report;
    for (const cell of expected.filled.flatMap((one) => one.cells))
      expect([cell.cell, await probe(page, (fake, a1) => fake.value("BPU", a1), cell.cell)]).toEqual([
        cell.cell,
        cell.amount / 100,
      ]);
    expect(await probe(page, (fake) => fake.value("BPU", "D17"), null)).toBe(16);
    expect(await probe(page, (fake) => fake.value("BPU", "D34"), null)).toBe("");
    expect(await page.locator("[data-results=fill] li").allInnerTexts()).toEqual([
      expect.stringMatching(/^Ligne 34 · 4\.4 · Vestiaire avec hôtesse/),
    ]);

    await page.click("[data-action=check-ready]");
    expect(await settled(page, "ready-status")).toEqual({
      state: "done",
      text: t("fr", "pane.tender.ready.clean"),
    });
    await expectAccessible(page);
  });
});

test("prêt à déposer: the grid's hidden sheet, its names and a price computed on it are each shown with what to do", async () => {
  const init = await tenderInit("t-mairie");
  const [bpu] = init.sheets ?? [];
  const workbook: FakeInit = {
    sheets: [
      { ...bpu, cells: { ...bpu.cells, D13: "=Prix!D5" } },
      { name: "Prix", visibility: "Hidden", cells: { A5: "Cocktail 6 pièces", D5: 9.6 } },
    ],
    names: [{ name: "GCT_cocktail_formule_6", formula: "=Prix!$D$5" }],
  };
  const page = await openTender(workbook);
  await page.click("[data-action=check-ready]");
  expect(await settled(page, "ready-status")).toEqual({
    state: "warning",
    text: t("fr", "pane.tender.ready.found", { count: 3 }),
  });
  const items = await page.locator("[data-results=ready] li").allInnerTexts();
  expect(items.join("\n")).toContain("La feuille masquée « Prix » contient votre grille de prix");
  expect(items.join("\n")).toContain("1 nom défini de votre grille");
  expect(items.join("\n")).toContain("Feuille « BPU » : 1 cellule calculée sur votre grille (D13)");
  await page.click('[data-results=ready] [data-cell="BPU!D13"]');
  await page.waitForFunction(
    () => document.querySelector("#tender-select-status")?.getAttribute("data-state") === "idle",
  );
  expect(await probe(page, (fake) => fake.selection(), null)).toEqual({ sheet: "BPU", address: "D13" });
  await expectAccessible(page);
});

test("a pivot table over two price cells: the pane's fill leaves them, each said with the pivot table's name", async () => {
  const page = await openTender(
    fakeInitOf(await readWorkbook(await withPivotTable("C13:D14"), "t-mairie.xlsx")),
  );
  await probe(page, (fake) => fake.resetStats(), null);
  await page.click("[data-action=fill-tender]");
  expect((await settled(page, "fill-status")).state).toBe("warning");
  expect(await probe(page, (fake) => fake.syncs(), null)).toBeLessThanOrEqual(3);
  const left = await page.locator("[data-results=fill] li").allInnerTexts();
  // Each reason names the workbook as Excel does (the file's name), then the sheet and the cell.
  for (const row of [13, 14])
    expect(left.find((item) => item.startsWith(`Ligne ${row} `))).toContain(
      `non remplie : t-mairie.xlsx, feuille « BPU », cellule D${row} : la cellule fait partie du tableau croisé dynamique « TCD1 »`,
    );
  expect(await probe(page, (fake) => fake.value("BPU", "D13"), null)).toBe("");
  expect(typeof (await probe(page, (fake) => fake.value("BPU", "D15"), null))).toBe("number");
  await expectAccessible(page);
});

test("reading and filling 10 or 1 000 lines take the same syncs", async () => {
  const syncs: number[] = [];
  for (const lines of [10, 1_000]) {
    const bytes = await writeWorkbook(
      workbookOf(bpuLayout({ lines, notes: ["Prix HT, livraison en sus."] }).sheet),
    );
    const page = await openTender(fakeInitOf(await readWorkbook(bytes, "bpu.xlsx")));
    await probe(page, (fake) => fake.resetStats(), null);
    await page.click("[data-action=read-tender]");
    await page.waitForFunction(
      () => document.querySelector("#tender-status")?.getAttribute("data-state") === "done",
    );
    await page.click("[data-action=fill-tender]");
    expect((await settled(page, "fill-status")).state).toBe("warning");
    expect(await page.locator("li.tender-line").count()).toBe(lines);
    syncs.push(await probe(page, (fake) => fake.syncs(), null));
    await pane.closePage();
  }
  expect(syncs[0]).toBe(syncs[1]);
  // Two actions: reading (2 syncs) and filling (3).
  expect(syncs[0]).toBeLessThanOrEqual(5);
}, 120_000);

test("at 320 px: no horizontal overflow, axe clean, in French and English; the guide's screenshot", async () => {
  const page = await openTender(await tenderInit("t-departement"), { width: 320 });
  await line(page, 15).locator("summary").click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await screenshot(page, "taskpane-320-tender");
  await pane.closePage();
  const mairie = await openTender(await tenderInit("t-mairie"), { width: 360 });
  await line(mairie, 16).locator("summary").click();
  await line(mairie, 16).scrollIntoViewIfNeeded();
  await mairie.evaluate(() =>
    document.querySelector('li.tender-line[data-row="16"]')?.scrollIntoView({ block: "start" }),
  );
  await docScreenshot(mairie, "traiteur-bordereau");
  await mairie.click("[data-action=fill-tender]");
  await settled(mairie, "fill-status");
  await mairie.evaluate(() =>
    document.querySelector("[data-panel=fill]")?.scrollIntoView({ block: "start" }),
  );
  await docScreenshot(mairie, "traiteur-bordereau-rempli");
  await pane.closePage();
  const english = await openTender(await tenderInit("t-etablissement"), { width: 320, lang: "en" });
  expect(await english.locator("main h2").innerText()).toBe(t("en", "pane.tender.title"));
  await english.locator(`li.tender-line[data-row="18"] [data-action=edit-line]`).click();
  expect(await english.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(english);
});

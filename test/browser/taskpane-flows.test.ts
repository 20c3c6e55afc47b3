import { readFileSync } from "node:fs";
import { findingMessage } from "../../src/core/finding-message";
import { writeGridJson } from "../../src/core/grid";
import { formatEuros } from "../../src/core/money";
import { priceVariant, renderBreakdown } from "../../src/core/pricing";
import { TEMPLATE_SHEETS, buildTemplatePlan, templatePresent } from "../../src/core/template";
import { createExcelHost } from "../../src/excel";
import { t } from "../../src/i18n";
import { checkOpenWorkbook } from "../../src/taskpane/actions/checkGrid";
import { createGrid } from "../../src/taskpane/actions/createGrid";
import { readWorkbook } from "../../src/xlsx/read";
import { createFakeExcel } from "../fakes/excel";
import { screenshot, waitForView } from "../helpers/browser";
import type { FakeExcelProbe } from "./fake-excel-page";
import {
  REFERENCE_GRID,
  docScreenshot,
  expectAccessible,
  nameTarget,
  paneHarness,
  probe,
  referenceGrid,
  settled,
} from "./pane-harness";
import { workedExample } from "../unit/pricing-helpers";

// The caterer's and the facilitator's flows of the built task pane (dist/) in headless Chromium, against the strict
// fake of Excel bundled into the page: create the grid, check it and select a finding's cell, price a variant,
// keep, export and import my grid, open the blank template. Every figure shown is compared with the core's own
// answer; each screen passes axe-core; nothing leaves the machine. The docs-*.png screenshots (360 × 640) are
// copied to docs/img/ for the guides by `npm run doc-images`.

const pane = paneHarness();
const openPane = pane.open;

const FR_SHEETS = buildTemplatePlan({ lang: "fr" }).sheets.map((sheet) => sheet.name);

describe("caterer: create the grid", () => {
  test("creates the template's sheets beside the user's, with the keyboard; then pricing is the main action", async () => {
    const page = await openPane({ workbook: { sheets: [{ name: "Mes notes", cells: { A1: "à garder" } }] } });
    await expectAccessible(page);
    await docScreenshot(page, "traiteur-accueil");

    // Keyboard only: the first Tab stop is "Change role", the next one "Create the grid".
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe(
      "create-grid",
    );
    await probe(page, (fake) => fake.resetStats(), null);
    await page.keyboard.press("Enter");
    const created = await settled(page, "create-status");
    expect(created).toEqual({
      state: "done",
      text: t("fr", "pane.create.done", { sheets: FR_SHEETS.join(", ") }),
    });
    const syncs = await probe(page, (fake) => fake.syncs(), null);

    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Mes notes", ...FR_SHEETS]);
    expect(await probe(page, (fake) => fake.value("Mes notes", "A1"), null)).toBe("à garder");
    await expectAccessible(page);

    // The main action follows the state: with the grid there, "Create" gives way and pricing leads.
    expect(await page.locator("[data-action=create-grid]").count()).toBe(0);
    expect(await page.locator("[data-panel=create] p").first().innerText()).toBe(
      t("fr", "pane.create.presentState"),
    );
    expect(await page.locator("[data-main]").getAttribute("data-flow")).toBe("price");

    // The same action on a workbook with a large sheet of its own takes the same number of syncs: one Excel.run
    // whose light read does not grow with the workbook, and writes batched by size, not by line.
    const rows = Object.fromEntries(
      Array.from({ length: 3000 }, (_, row) => [`A${row + 1}`, `ligne ${row + 1}`] as const),
    );
    await pane.closePage();
    const large = await openPane({ workbook: { sheets: [{ name: "Données", cells: rows }] } });
    await probe(large, (fake) => fake.resetStats(), null);
    await large.click("[data-action=create-grid]");
    expect((await settled(large, "create-status")).state).toBe("done");
    expect(await probe(large, (fake) => fake.syncs(), null)).toBe(syncs);
    expect(syncs).toBeLessThanOrEqual(3);
  });

  test("a workbook with a sheet of the template's name is left untouched", async () => {
    const page = await openPane({ workbook: { sheets: [{ name: FR_SHEETS[2], cells: { A1: 1 } }] } });
    await page.click("[data-action=create-grid]");
    expect(await settled(page, "create-status")).toEqual({
      state: "warning",
      text: t("fr", "pane.create.nameTaken", { sheets: FR_SHEETS[2] }),
    });
    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual([FR_SHEETS[2]]);
  });

  test("in English, the grid's sheets are the English template's", async () => {
    const page = await openPane({ lang: "en" });
    expect(await page.locator("main h2").innerText()).toBe(t("en", "role.traiteur"));
    await expectAccessible(page);
    await page.click("[data-action=create-grid]");
    expect((await settled(page, "create-status")).state).toBe("done");
    const names = await probe(page, (fake) => fake.sheetNames(), null);
    expect(names).toEqual(["Sheet1", ...buildTemplatePlan({ lang: "en" }).sheets.map((sheet) => sheet.name)]);
  });
});

describe("caterer: check the grid", () => {
  test("lists the core's findings; clicking one selects its cell in Excel", async () => {
    const page = await openPane();
    await page.click("[data-action=create-grid]");
    await settled(page, "create-status");
    const siret = nameTarget(
      (await probe(page, (fake, name) => fake.nameFormula(name), "GCT_entreprise_siret"))!,
    );
    const name = nameTarget(
      (await probe(page, (fake, id) => fake.nameFormula(id), "GCT_entreprise_raison_sociale"))!,
    );
    const typed = [
      { ...siret, value: "123" },
      { ...name, value: "Traiteur Solidaire" },
    ];
    for (const cell of typed) await probe(page, (fake, c) => fake.type(c.sheet, c.cell, [[c.value]]), cell);

    // The same workbook built in Node with the same fake: what the core finds is what the pane must list.
    const node = createFakeExcel();
    const host = createExcelHost(node.Excel, node.Office);
    await createGrid(host, "fr");
    await node.Excel.run(async (context) => {
      for (const cell of typed)
        context.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell).values = [[cell.value]];
      await context.sync();
    });
    const expected = await checkOpenWorkbook(host);
    if (expected.kind !== "checked") throw new Error("the Node workbook has no grid");

    await page.click("[data-flow=check]");
    await waitForView(page, "check");
    const status = await settled(page, "check-status");
    expect(status.state).toBe("error");
    const items = await page.locator(".findings li").allInnerTexts();
    expect(items).toHaveLength(expected.findings.length);
    for (const finding of expected.findings) {
      expect(items.some((item) => item.includes(findingMessage(finding, "fr")))).toBe(true);
    }
    await expectAccessible(page);
    await docScreenshot(page, "traiteur-verifier");

    const target = `${siret.sheet}!${siret.cell}`;
    await page.click(`.finding-button[data-cell="${target}"]`);
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: FakeExcelProbe }).__fakeExcel.selection() !== null,
    );
    expect(await probe(page, (fake) => fake.selection(), null)).toEqual({
      sheet: siret.sheet,
      address: siret.cell,
    });
  });

  test("a workbook without a grid says so", async () => {
    const page = await openPane({ page: "taskpane.html?role=traiteur" });
    await page.click("[data-flow=check]");
    await waitForView(page, "check");
    expect(await settled(page, "check-status")).toEqual({
      state: "warning",
      text: t("fr", "pane.check.noGrid"),
    });
  });
});

describe("caterer: my grid and prices", () => {
  test("imports a grid, keeps it across workbooks, exports the same JSON, and prices a variant with it", async () => {
    const grid = referenceGrid();
    const page = await openPane();
    // A fixed day, so the save date shown (and the screenshot for the guide) is the same on every run.
    await page.clock.setFixedTime(new Date("2026-11-28T10:00:00"));
    await page.click("[data-flow=mygrid]");
    await waitForView(page, "mygrid");
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(t("fr", "pane.mygrid.none"));
    await expectAccessible(page);

    await page.setInputFiles("#import-file", {
      name: "reference.json",
      mimeType: "application/json",
      buffer: readFileSync(REFERENCE_GRID),
    });
    const imported = await settled(page, "mygrid-status");
    expect(imported.text.startsWith(t("fr", "pane.mygrid.importDone"))).toBe(true);

    // Another workbook on the same computer: the add-in's storage still holds my grid.
    await page.goto(page.url());
    await waitForView(page, "role");
    await page.click("[data-flow=mygrid]");
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain("Traiteur Exemple");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-action=export-grid]"),
    ]);
    expect(download.suggestedFilename()).toBe("grille-commune-2026-11-28.json");
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as unknown;
    expect(exported).toEqual(writeGridJson(grid));

    // E5 of the standard: cocktail 8 + wine, delivery included inner suburbs in the evening, 30 guests.
    await page.click("[data-action=back]");
    await page.click("[data-flow=price]");
    await waitForView(page, "price");
    await expectAccessible(page);
    await screenshot(page, "taskpane-price-form-fr");
    await page.selectOption("#v-product", "cocktail");
    await page.fill("#v-pieces", "8");
    await page.check("#v-extra-boissons-vin");
    await page.fill("#v-guests", "30");
    await page.selectOption("#v-unit", "personne");
    await page.selectOption("#v-delivery", "included");
    await page.selectOption("#v-zone", "petite_couronne");
    await page.check("#v-evening");
    await page.click("[data-action=price]");
    const priced = await settled(page, "price-status");
    expect(priced.state).toBe("done");

    const result = priceVariant(grid, workedExample("E5").variant);
    if (!result.ok) throw new Error("E5 must be priceable");
    expect([result.ht, result.ttc]).toEqual([1823, 2035]);
    expect(await page.locator("[data-result=ht]").innerText()).toBe(formatEuros(result.ht, "fr"));
    expect(await page.locator("[data-result=ttc]").innerText()).toBe(formatEuros(result.ttc, "fr"));
    expect(await page.locator(".breakdown li").allInnerTexts()).toEqual(
      renderBreakdown(result.breakdown, "fr"),
    );
    await expectAccessible(page);
    await page.locator("[data-results=price]").scrollIntoViewIfNeeded();
    await docScreenshot(page, "traiteur-prix");

    // A variant the grid cannot price says why, in words.
    await page.fill("#v-pieces", "4");
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("error");
    expect(await page.locator("[data-results=price] .findings li").count()).toBe(1);
  });

  test("saves the grid of this workbook as my grid", async () => {
    const page = await openPane();
    await page.click("[data-action=create-grid]");
    await settled(page, "create-status");
    const name = nameTarget(
      (await probe(page, (fake, id) => fake.nameFormula(id), "GCT_entreprise_raison_sociale"))!,
    );
    await probe(page, (fake, c) => fake.type(c.sheet, c.cell, [["Traiteur Solidaire"]]), name);
    await page.click("[data-flow=mygrid]");
    await waitForView(page, "mygrid");
    await page.click("[data-action=save-grid]");
    const saved = await settled(page, "mygrid-status");
    expect(saved.text.startsWith(t("fr", "pane.mygrid.saveDone"))).toBe(true);
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain("Traiteur Solidaire");
    expect(await page.locator("[data-action=export-grid]").isDisabled()).toBe(false);
  });

  test("a file that is not JSON is refused in plain words and nothing is saved", async () => {
    const page = await openPane();
    await page.click("[data-flow=mygrid]");
    await page.setInputFiles("#import-file", {
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from("{oops"),
    });
    expect((await settled(page, "mygrid-status")).state).toBe("error");
    expect(await page.locator("[data-results=mygrid]").innerText()).toContain(
      t("fr", "pane.import.notJson", { file: "notes.json" }),
    );
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(t("fr", "pane.mygrid.none"));
  });
});

describe("facilitator", () => {
  test("where Excel cannot open a new workbook, offers the template in English as a download without claiming it landed, and checks it as a returned file", async () => {
    const page = await openPane({ page: "taskpane.html?role=animateur", createWorkbook: "refused" });
    expect(await page.locator("main h2").innerText()).toBe(t("fr", "role.animateur"));
    await expectAccessible(page);
    await docScreenshot(page, "animateur-modele");

    await page.check("#template-lang-en");
    await page.fill("#template-password", "secret");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-action=download-template]"),
    ]);
    expect(download.suggestedFilename()).toBe(t("fr", "pane.template.fileName.en"));
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const snapshot = await readWorkbook(bytes, download.suggestedFilename());
    expect(templatePresent(snapshot)).toBe(true);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(Object.values(TEMPLATE_SHEETS.en));
    expect(await settled(page, "template-status")).toEqual({
      state: "info",
      text: t("fr", "pane.template.offered", { file: download.suggestedFilename() }),
    });

    // The blank template returned as is: its findings (required identity missing…) are listed, not clickable.
    await page.setInputFiles("#returned-file", {
      name: "retour.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    expect((await settled(page, "returned-status")).state).toBe("error");
    expect(await page.locator("[data-results=returned] .findings li").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-results=returned] .finding-button").count()).toBe(0);
    await expectAccessible(page);
  });

  test("checks the grid of the open workbook from the facilitator's screen", async () => {
    const page = await openPane({ page: "taskpane.html?role=animateur" });
    await page.click("[data-action=check-open]");
    await waitForView(page, "check");
    expect((await settled(page, "check-status")).state).toBe("warning");
    await page.click("[data-action=back]");
    await waitForView(page, "role");
    expect(await page.locator("main h2").innerText()).toBe(t("fr", "role.animateur"));
  });
});
